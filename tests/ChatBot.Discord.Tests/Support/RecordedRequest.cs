using System.Text.Json.Nodes;

namespace ChatBot.Discord.Tests.Support;

/// <summary>One REST call the fake server received: method, path below /api/v10/, headers and JSON body, and what it answered.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, JsonNode? Body, int Status, string ResponseBody = "")
{
    /// <summary>The id of the message a POST channels/{id}/messages created.</summary>
    public string CreatedId => JsonNode.Parse(ResponseBody)?["id"]?.GetValue<string>() ?? throw new InvalidOperationException($"{this} created nothing");

    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";

    public override string ToString() => $"{Method} {Path} -> {Status}";
}
