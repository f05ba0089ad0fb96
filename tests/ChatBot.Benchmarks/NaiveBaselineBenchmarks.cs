using BenchmarkDotNet.Attributes;
using ChatBot.Benchmarks.Configs;
using ChatBot.Benchmarks.Workloads;
using FuzzySharp;
using FuzzySharp.Extractor;

namespace ChatBot.Benchmarks;

/// <summary>The naive baseline: FuzzySharp's <c>Process.ExtractOne</c> (default WeightedRatio) over every example phrasing, same questions as the engine.</summary>
[Config(typeof(BaselineConfig))]
public class NaiveBaselineBenchmarks
{
    private string[] _phrasings = [];
    private string[] _questions = [];
    private int _next;

    [ParamsAllValues]
    public KnowledgeSize Knowledge { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var workload = Workload.For(Knowledge);
        _phrasings = [.. workload.Phrasings];
        _questions = [.. workload.Questions];
    }

    /// <summary>Finds the closest example phrasing to the next question of the workload's mix.</summary>
    [Benchmark]
    public ExtractedResult<string> ExtractOne()
    {
        var question = _questions[_next];
        _next = (_next + 1) % _questions.Length;
        return Process.ExtractOne(question, _phrasings);
    }
}
