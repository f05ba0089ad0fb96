namespace ChatBot.Benchmarks.Configs;

/// <summary>The engine is fast: 500 single questions per knowledge base give a stable p99.</summary>
public sealed class EngineConfig() : LatencyConfig(warmupQuestions: 30, measuredQuestions: 500);
