using System.Text.RegularExpressions;
using ChatBot.Core.Conversation;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Answers;

// How a question told inside the reader's story is read: "my aunt lives in sukhumi and wants to know how much moscow
// promised abkhazia. what's the number?" asks what the aunt wants to know.
public sealed partial class AnswerEngine
{
    /// <summary>
    /// The answer to the question a sentence of the reader's story passes on ("my teacher asked who signed this treaty and
    /// i blanked"), when the message's own question asks nothing more than that ("which people signed it?", "any
    /// numbers?", or none at all); null when no sentence passes a question on or it is not answered.
    /// </summary>
    /// <param name="last">The message's last question, as <see cref="QuestionSplitter.SplitOffLast"/> split it off, or null.</param>
    private Answer? AskRelayedInStory(string question, string read, string? last, ConversationTurn? previous)
    {
        if (!read.Contains(' ') || RelayedInside().Matches(read) is not { Count: > 0 } relays)
        {
            return null;
        }

        // The message's last question, when it has one of its own, must be a short one that leans on the story.
        // ("were there protests in tbilisi against the treaty?" asks more than "wondered if it's related" passed on).
        if (last is not null && last.Contains('?') && AsksMoreThanItsStory(AnalyzeAsQuestion(last))
            && !relays.Any(r => r.Value.Contains(last.TrimEnd('?', ' '), StringComparison.Ordinal)))
        {
            return null;
        }

        foreach (Match relay in relays)
        {
            var asked = StoryGoesOn().Split(relay.Groups["asked"].Value)[0];
            asked = relay.Groups["check"].Success ? $"is it true that {asked}?" : $"{asked}?";
            var analyzed = _index.Analyzer.Analyze(asked);
            // "my wifi keeps dropping, any idea how to fix it?" asks nothing of the article: a question of one word ("fix")
            // is taken only from a message that speaks of the article ("asked who wrote this article"), and never as a
            // claim to check ("wondered if it's related").
            if (analyzed.Slots.Count(s => !s.IsFiller) < 2 && (relay.Groups["check"].Success || !SpeaksOfTheArticle(_index.Analyzer.Analyze(read))))
            {
                continue;
            }

            // "my abkhaz friend wants to know how much moscow pledged to them", "the geneva talks ... who chaired them": the
            // one name the story gave before the question, in place of the pronoun; with more than one, whom it means is a guess.
            if (analyzed.Words.FirstOrDefault(StandsForSomeoneNamed) is { } pronoun
                && _index.Analyzer.Analyze(read[..relay.Index]).Slots.Where(s => !s.IsFiller && _index.IsArticleName(s) && !analyzed.Slots.Any(a => a.Key == s.Key))
                    .DistinctBy(s => s.Key).ToList() is { Count: > 0 } named)
            {
                if (named.Count > 1)
                {
                    continue;
                }

                analyzed = _index.Analyzer.Analyze(string.Join(' ', analyzed.Words.Select(w => w == pronoun ? named[0].Surface : w)));
            }

            if (Decide(question, Rank(analyzed, previous), analyzed) is { Kind: AnswerKind.Answered } answer)
            {
                return answer;
            }
        }

        return null;
    }

    private static bool AsksMoreThanItsStory(AnalyzedText last) =>
        last.Slots.Count(s => !s.IsFiller) is var content && (content > 2 || (content == 2 && !IsElliptical(last)));

    private bool SpeaksOfTheArticle(AnalyzedText message) =>
        message.Slots.Any(s => !s.IsFiller && _index.IsArticleName(s))
        || message.Words.Any(w => w is "article" or "treaty" or "pact" or "deal" or "agreement" or "story" or "news" or "piece" or "text");

    // A verb that passes a question on, or says the reader lacks its answer, with the question after it in indirect
    // order: "asked who signed it", "wants to know how much", "i have no idea what abkhazia is", "wonders whether".
    [GeneratedRegex(@"\b(?:asked|asks|asking|wants?\s+to\s+know|wanted\s+to\s+know|would\s+like\s+to\s+know|needs?\s+to\s+know|wonders?|wondered|wondering|curious|(?:no|any)\s+idea|(?:don'?t|didn'?t|do\s+not|did\s+not|never)\s+(?:really\s+|even\s+)?know|not\s+sure|forgot|forget|blanked\s+on|couldn'?t\s+(?:say|tell|remember))(?:\s+(?:me|us|him|her|them|you))?(?:\s+(?:about|as\s+to))?\s+(?:(?<check>if|whether)\s+|(?=(?:who|whom|whose|what|when|where|which|why|how)\b))(?<asked>[^.?!;:\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex RelayedInside();

    // Where the story goes on after the question it passes on: "who signed it and i blanked", "how much, but ...".
    [GeneratedRegex(@"\s+(?:and|but|so|because|cause|cuz)\s+(?:i|i'm|im|we|he|she|they|my|our|nobody|no\s+one)\b|,\s*(?:and|but|so|because|lol|haha)\b|\s+lol\b|\s+haha\b", RegexOptions.IgnoreCase)]
    private static partial Regex StoryGoesOn();
}
