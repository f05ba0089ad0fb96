namespace ChatBot.Benchmarks.Workloads;

/// <summary>What one generated intent is about: "Subject pledged an amount of Topic to Target in Year".</summary>
internal sealed record GeneratedFact(string Subject, string Target, string Topic, (string Base, string Past) Verb, int Year, string Amount);
