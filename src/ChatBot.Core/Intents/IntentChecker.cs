using ChatBot.Core.Answers;
using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Intents;

/// <summary>Cross-file checks: unique ids and examples, citations found verbatim, related ids that exist.</summary>
internal sealed class IntentChecker(KnowledgeBase documents, List<ValidationIssue> issues)
{
    private int? _longestSentence;

    public IReadOnlyList<Intent> Check(IReadOnlyList<IntentDraft> drafts)
    {
        var rejected = new HashSet<IntentDraft>();
        var byId = new Dictionary<string, IntentDraft>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            if (!byId.TryAdd(draft.Id, draft))
            {
                Error(draft.Where, $"the id '{draft.Id}' is already used at {byId[draft.Id].Where}. Give each intent its own id.");
                rejected.Add(draft);
            }
        }

        var examples = new Dictionary<string, (IntentDraft Owner, SourceLine Where)>(StringComparer.Ordinal);
        foreach (var draft in drafts.Where(d => !rejected.Contains(d)))
        {
            foreach (var (text, where) in draft.Examples)
            {
                var key = NormalizeExample(text);
                if (examples.TryGetValue(key, out var first) && first.Owner != draft)
                {
                    Error(where, $"the question \"{text}\" is also an example of '{first.Owner.Id}' ({first.Where}). A question may belong to one intent only.");
                    rejected.Add(draft);
                }
                else
                {
                    examples.TryAdd(key, (draft, where));
                }
            }
        }

        foreach (var draft in drafts.Where(d => !rejected.Contains(d)))
        {
            var own = draft.Examples.Select(e => NormalizeExample(e.Text)).ToHashSet(StringComparer.Ordinal);
            foreach (var (text, where) in draft.NearMisses.Where(n => own.Contains(NormalizeExample(n.Text))))
            {
                Error(where, $"the near miss \"{text}\" is also one of this intent's examples. A near miss is a question its answer does NOT answer: remove it from one of the two lists.");
                rejected.Add(draft);
            }
        }

        var citations = new Dictionary<IntentDraft, List<Citation>>();
        foreach (var draft in drafts.Where(d => !rejected.Contains(d)))
        {
            var found = ResolveCitations(draft);
            if (found is null)
            {
                rejected.Add(draft);
            }
            else
            {
                citations[draft] = found;
            }
        }

        foreach (var draft in drafts.Where(d => !rejected.Contains(d)))
        {
            foreach (var (id, where) in draft.Related.Where(r => !byId.ContainsKey(r.Id)))
            {
                issues.Add(new(where, IssueSeverity.Warning, $"'related' names '{id}', but no intent has that id; it is ignored."));
            }
        }

        return drafts.Where(d => !rejected.Contains(d))
            .Select(d => new Intent(
                d.Id,
                d.Kind,
                d.Examples.Select(e => e.Text).ToList(),
                d.Answer,
                citations[d],
                d.Related.Select(r => r.Id).Where(byId.ContainsKey).Distinct().ToList(),
                d.Suggest ?? d.Examples[0].Text,
                d.Where) { Complete = d.Complete, NearMisses = d.NearMisses.Select(n => n.Text).ToList() })
            .ToList();
    }

    private List<Citation>? ResolveCitations(IntentDraft draft)
    {
        var resolved = new List<Citation>();
        var ok = true;
        foreach (var (quote, where) in draft.Citations)
        {
            if (DocumentParser.IsBoilerplate(quote))
            {
                Error(where, "this citation quotes the web page's footer, not the article. Quote the article's own sentences.");
                ok = false;
                continue;
            }

            var location = documents.FindQuote(quote);
            if (location is null && LongestSentence > 0 && quote.Length > 2 * LongestSentence)
            {
                // No sentence can hold it, and looking for the closest one would take seconds per quote this long.
                Error(where, $"this citation is {quote.Length} characters long, longer than any sentence of the article. Quote one sentence, or part of one, word for word.");
                ok = false;
                continue;
            }

            if (location is null)
            {
                var closest = documents.ClosestSentence(quote);
                var hint = closest is null ? string.Empty : $" The closest sentence (paragraph {closest.Paragraph}) is: \"{closest.Text}\"";
                Error(where, $"this citation is not in the article: \"{quote}\". Copy the words exactly as the article has them.{hint}");
                ok = false;
                continue;
            }

            resolved.Add(new Citation(TextFolding.Fold(quote), location.Paragraph.Number, location.Document.Id));
        }

        return ok ? resolved : null;
    }

    private int LongestSentence => _longestSentence ??= documents.Sentences.Select(s => s.Sentence.Text.Length).DefaultIfEmpty(0).Max();

    private static string NormalizeExample(string text) =>
        new string(TextFolding.FoldForSearch(text).Where(c => char.IsLetterOrDigit(c) || c == ' ').ToArray()).Trim();

    private void Error(SourceLine where, string message) => issues.Add(new(where, IssueSeverity.Error, message));
}
