using BenchmarkDotNet.Running;
using ChatBot.Benchmarks.Reports;

// `--memory` and `--outcomes` print a table and exit; anything else goes to BenchmarkDotNet (e.g. --filter '*').
switch (args)
{
    case ["--memory"]:
        MemoryTable.Print(Console.Out);
        break;
    case ["--outcomes"]:
        OutcomeTable.Print(Console.Out);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        break;
}
