using BenchmarkDotNet.Attributes;
using ChatBot.Benchmarks.Configs;
using ChatBot.Benchmarks.Workloads;
using ChatBot.Core.Answers;
using ChatBot.Core.Intents;

namespace ChatBot.Benchmarks;

/// <summary>Cold start to first answer in a fresh process: read and check the intent and seed files, build the engine, answer one question.</summary>
[Config(typeof(ColdStartConfig))]
public class ColdStartBenchmarks
{
    private string _intents = string.Empty;
    private string _seeds = string.Empty;

    [GlobalSetup]
    public void Setup() => (_intents, _seeds) = (RepositoryPaths.Intents, RepositoryPaths.Seeds);

    [Benchmark]
    public Answer LoadBuildAndAnswerFirstQuestion()
    {
        var knowledge = KnowledgeLoader.Load(_intents, _seeds).Knowledge;
        return new AnswerEngine(knowledge).Ask("How much did Russia pledge to South Ossetia?");
    }
}
