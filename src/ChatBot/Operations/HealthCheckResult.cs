namespace ChatBot.Operations;

/// <summary>What the <c>health</c> verb concluded from health.json, with the reason in words.</summary>
internal sealed record HealthCheckResult(bool Healthy, string Reason);
