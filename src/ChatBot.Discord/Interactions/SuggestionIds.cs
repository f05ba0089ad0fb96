using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Maps a suggested question to a button's custom_id (at most 100 characters) and back. Short questions travel inside
/// the id itself, so buttons keep working across restarts; longer ones get a hash key kept in a bounded in-memory table.
/// </summary>
internal sealed class SuggestionIds
{
    public const int MaxCustomIdLength = 100;
    private const string InlinePrefix = "ask:";
    private const string KeyedPrefix = "ask#";
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<string, string> _questions = new();
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>The custom_id for a button that asks <paramref name="question"/>.</summary>
    public string Encode(string question)
    {
        if (InlinePrefix.Length + question.Length <= MaxCustomIdLength)
        {
            return InlinePrefix + question;
        }

        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(question)))[..32];
        if (_questions.TryAdd(key, question))
        {
            _order.Enqueue(key);
            while (_questions.Count > MaxRemembered && _order.TryDequeue(out var oldest))
            {
                _questions.TryRemove(oldest, out _);
            }
        }

        return KeyedPrefix + key;
    }

    /// <summary>True when <paramref name="customId"/> is one of ours (even if its question was forgotten).</summary>
    public static bool IsOurs(string customId) =>
        customId.StartsWith(InlinePrefix, StringComparison.Ordinal) || customId.StartsWith(KeyedPrefix, StringComparison.Ordinal);

    /// <summary>The question behind <paramref name="customId"/>, if known.</summary>
    public bool TryDecode(string customId, out string question)
    {
        if (customId.StartsWith(InlinePrefix, StringComparison.Ordinal))
        {
            question = customId[InlinePrefix.Length..];
            return true;
        }

        if (customId.StartsWith(KeyedPrefix, StringComparison.Ordinal) && _questions.TryGetValue(customId[KeyedPrefix.Length..], out var known))
        {
            question = known;
            return true;
        }

        question = "";
        return false;
    }
}
