namespace ChatBot.Benchmarks.Configs;

/// <summary>
/// The engine is fast: 300 warm-up questions bring it to steady state (tiered JIT done, the heap left by building a
/// 10,000-intent engine settled), then 500 single questions give a stable p99.
/// </summary>
public sealed class EngineConfig() : LatencyConfig(warmupQuestions: 300, measuredQuestions: 500);
