using BenchmarkDotNet.Running;
using ChatBot.Benchmarks.Load;
using ChatBot.Benchmarks.Reports;

// `--memory`, `--outcomes` and `--telegram-load` print a table and exit; anything else goes to BenchmarkDotNet (e.g. --filter '*').
switch (args)
{
    case ["--memory"]:
        MemoryTable.Print(Console.Out);
        break;
    case ["--outcomes"]:
        OutcomeTable.Print(Console.Out);
        break;
    case ["--telegram-load", .. var options]:
        return await TelegramLoadTable.RunAsync(options, Console.Out);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        break;
}

return 0;
