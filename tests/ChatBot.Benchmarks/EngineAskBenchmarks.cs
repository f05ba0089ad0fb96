using BenchmarkDotNet.Attributes;
using ChatBot.Benchmarks.Configs;
using ChatBot.Benchmarks.Workloads;
using ChatBot.Core.Answers;

namespace ChatBot.Benchmarks;

/// <summary>One question end to end through <see cref="AnswerEngine.Ask"/>: analysis, typo correction, index lookup, judging, composing the reply.</summary>
[Config(typeof(EngineConfig))]
public class EngineAskBenchmarks
{
    private AnswerEngine _engine = null!;
    private string[] _questions = [];
    private int _next;

    [ParamsAllValues]
    public KnowledgeSize Knowledge { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var workload = Workload.For(Knowledge);
        _engine = new AnswerEngine(workload.Knowledge);
        _questions = [.. workload.Questions];
    }

    /// <summary>Asks the next question of the workload's mix.</summary>
    [Benchmark]
    public Answer Ask()
    {
        var question = _questions[_next];
        _next = (_next + 1) % _questions.Length;
        return _engine.Ask(question);
    }
}
