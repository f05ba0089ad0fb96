using System.ComponentModel.DataAnnotations;

namespace ChatBot.Core.Conversation;

/// <summary>How long follow-up context lives and how many conversations are remembered at once.</summary>
public sealed class ConversationOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Conversation";

    /// <summary>After this long without a message, a follow-up no longer refers to the earlier question.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ContextLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Upper bound on remembered conversations; the oldest are forgotten first.</summary>
    [Range(1, 10_000_000)]
    public int MaxConversations { get; set; } = 100_000;
}
