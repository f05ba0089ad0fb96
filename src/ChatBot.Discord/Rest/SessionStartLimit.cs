namespace ChatBot.Discord.Rest;

/// <summary>The identify budget from <c>/gateway/bot</c>: identifies left and when the budget resets (ms).</summary>
internal sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency = 1);
