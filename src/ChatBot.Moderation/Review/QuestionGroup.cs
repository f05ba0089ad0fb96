namespace ChatBot.Moderation.Review;

/// <summary>Questions worded alike: how often they were asked, the most common wording, the others, and the intent they came closest to.</summary>
/// <param name="Count">How many questions the group holds.</param>
/// <param name="Representative">The most frequent wording.</param>
/// <param name="OtherWordings">The other wordings, most frequent first.</param>
/// <param name="ClosestIntentId">The closest intent most of the group's questions had, or null when none had one.</param>
public sealed record QuestionGroup(int Count, string Representative, IReadOnlyList<string> OtherWordings, string? ClosestIntentId);
