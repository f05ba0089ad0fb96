namespace ChatBot.Benchmarks.Configs;

/// <summary>The naive baseline takes up to a second a question at 10,000 intents: 30 single questions keep the run short.</summary>
public sealed class BaselineConfig() : LatencyConfig(warmupQuestions: 3, measuredQuestions: 30);
