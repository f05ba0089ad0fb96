namespace ChatBot.Discord.Rest;

/// <summary>
/// Groups REST paths the way Discord's rate limits do: ids become placeholders except the major parameters
/// (channel, guild, webhook id), which get limits of their own.
/// </summary>
internal static class RouteKey
{
    /// <summary>E.g. <c>POST channels/123/messages</c> stays as is; <c>POST interactions/9/tok/callback</c> becomes <c>POST interactions/{id}/{token}/callback</c>.</summary>
    public static string For(HttpMethod method, string path)
    {
        var segments = path.Split('?')[0].Trim('/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var previous = i > 0 ? segments[i - 1] : "";
            if (previous is "channels" or "guilds" or "webhooks")
            {
                continue;
            }

            if (IsToken(segments, i))
            {
                segments[i] = "{token}";
            }
            else if (segments[i].Length > 0 && segments[i].All(char.IsAsciiDigit))
            {
                segments[i] = "{id}";
            }
        }

        return method.Method + " " + string.Join('/', segments);
    }

    /// <summary>The interaction or webhook tokens in <paramref name="path"/> (as they appear there): secrets that must not reach a log.</summary>
    public static IEnumerable<string> Tokens(string path)
    {
        var segments = path.Split('?')[0].Trim('/').Split('/');
        return Enumerable.Range(0, segments.Length).Where(i => IsToken(segments, i)).Select(i => segments[i]).Where(t => t.Length > 0);
    }

    private static bool IsToken(string[] segments, int i) =>
        i > 1 && segments[i - 1] is not ("channels" or "guilds" or "webhooks") && segments[i - 2] is "interactions" or "webhooks";

    /// <summary>The major parameters of <paramref name="path"/> (the ids after channels/, guilds/, webhooks/), which scope a bucket.</summary>
    public static string MajorParameters(string path)
    {
        var segments = path.Split('?')[0].Trim('/').Split('/');
        var major = new List<string>();
        for (var i = 1; i < segments.Length; i++)
        {
            if (segments[i - 1] is "channels" or "guilds" or "webhooks")
            {
                major.Add(segments[i]);
            }
        }

        return string.Join('/', major);
    }
}
