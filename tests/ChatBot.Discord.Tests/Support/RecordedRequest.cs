using System.Text.Json.Nodes;

namespace ChatBot.Discord.Tests.Support;

/// <summary>One REST call the fake server received: method, path below /api/v10/, headers and JSON body.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, JsonNode? Body, int Status)
{
    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";

    public override string ToString() => $"{Method} {Path} -> {Status}";
}
