using System.Text.Json;

namespace ChatBot.Discord.Rest;

/// <summary>The outcome of one REST call: an HTTP status and body, or (status 0) the transport error that prevented an answer.</summary>
internal sealed record RestResult(int Status, string Body, string? Error = null)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>401 or 403: the token or the bot's permissions are wrong; never retried.</summary>
    public bool IsAuthFailure => Status is 401 or 403;

    /// <summary>A short description for logs (status and Discord's error message, never headers).</summary>
    public string Describe() => Status == 0 ? $"no response ({Error})" : $"HTTP {Status} {Truncate(Body)}";

    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.Clone();
    }

    private static string Truncate(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
