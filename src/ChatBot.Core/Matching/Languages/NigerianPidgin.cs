using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Nigerian and Ghanaian Pidgin, which many West African readers mix into their English: its question and function words
/// ("wetin dem talk about NATO?" is "what did they say about NATO?", "na who sign am?" is "who signed it?", "the treaty
/// na for 25 years abi?" is "the treaty is for 25 years, right?", "the reporter name nko?" is "what about the reporter's
/// name?"). Rewritten to English before the question is read, and only in a message with a word no English sentence has,
/// so that "the talks" keeps its word and "be" stays English elsewhere.
/// </summary>
internal static partial class NigerianPidgin
{
    /// <summary><paramref name="text"/> with Pidgin function words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!HasMarker(text))
        {
            return text;
        }

        // "how far bot, you dey?": hello, are you there?
        text = HowFar().Replace(text, "hello");
        // "I hear say dem revise the draft", "hope say you dey alright": "say" introduces what is heard, not a statement.
        text = HearSay().Replace(text, m => $"{m.Groups["verb"].Value} that");
        // "the reporter name nko?": and what about it?
        text = WhatAbout().Replace(text, "what about ${thing}");
        // "the treaty na for 25 years abi?", "e get end date, shey?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "who and who dey for the discussion": who, all of them.
        text = WhoAndWho().Replace(text, "who");
        // "1 billion rubles for 2016, na true?": is that right?
        text = IsItTrue().Replace(text, ", right");
        // "Tibilov na who?", "Sukhumi na where?", "next meeting na when?": the question word ends the question.
        text = AskedLast().Replace(text, "${asked} is ${thing}");
        // "South Ossetia na country?", "Jen Psaki na EU official?": is it?
        text = IsIt().Replace(text, "is ${thing} ");
        // "na Putin sign am?", "na only Georgia complain?": did they?
        text = DidThey().Replace(text, "did ");
        return Word().Replace(text, m => Words.TryGetValue(m.Value.ToLowerInvariant(), out var english) ? english : m.Value);
    }

    // One word each, in the order a speaker of Pidgin uses them.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["wetin"] = "what", ["wey"] = "that", ["dem"] = "they", ["una"] = "you", ["dey"] = "is", ["na"] = "is", ["be"] = "is",
        ["shey"] = "is", ["don"] = "has", ["e"] = "it", ["im"] = "it", ["am"] = "it", ["dis"] = "this", ["dat"] = "that",
        ["talk"] = "say", ["yarn"] = "say", ["sabi"] = "know", ["fit"] = "can", ["wan"] = "want", ["suppose"] = "should",
        ["tori"] = "story", ["wahala"] = "trouble", ["comot"] = "leave", ["tanx"] = "thanks", ["sef"] = string.Empty,
        ["abeg"] = "please", ["jare"] = string.Empty, ["o"] = string.Empty, ["oo"] = string.Empty, ["chai"] = string.Empty,
        ["ehn"] = string.Empty, ["kuku"] = string.Empty, ["oga"] = "sir", ["abi"] = "right", ["vex"] = "angry",
        ["collect"] = "get", ["kin"] = "kind", ["pain"] = "upset",
    };

    // Words no English sentence has; "na" only between words or opening the question before a word ("Tibilov na who?",
    // "na Putin sign am?", "..., na true?"), since "na, the other one" is a chat "nah". Scanned word by word: this runs on
    // every question and every example.
    private static readonly HashSet<string> Markers = new(StringComparer.OrdinalIgnoreCase)
    {
        "wetin", "abeg", "sef", "nko", "shey", "wahala", "sabi", "tori", "una", "jare", "comot", "abi", "wey", "dey", "dem",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MarkerLookup = Markers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool HasWordChar(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsWordChar(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMarker(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var word = text.AsSpan(start, i - start);
            if (MarkerLookup.Contains(word))
            {
                return true;
            }

            if (word.Equals("na", StringComparison.OrdinalIgnoreCase))
            {
                // As the regex "(?<=\w\s+)na(?=\s+\w)|^\W*na\s+\p{L}|\bna\s+true\b" would read it.
                var before = text.AsSpan(0, start);
                var spaceBefore = before.Length - before.TrimEnd().Length > 0;
                var wordBefore = spaceBefore && before.TrimEnd() is { Length: > 0 } kept && IsWordChar(kept[^1]);
                var after = text.AsSpan(i);
                var rest = after.TrimStart();
                var spaceAfter = after.Length > rest.Length;
                var wordAfter = spaceAfter && rest.Length > 0 && IsWordChar(rest[0]);
                var opens = !HasWordChar(before) && spaceAfter && rest.Length > 0 && char.IsLetter(rest[0]);
                if ((wordBefore && wordAfter) || opens || (spaceAfter && rest.StartsWith("true", StringComparison.OrdinalIgnoreCase)
                    && (rest.Length == 4 || !IsWordChar(rest[4]))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\W*how\s+far\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowFar();

    [GeneratedRegex(@"\b(?<verb>hear|heard|hope|think|believe|know|sabi)\s+say\b", RegexOptions.IgnoreCase)]
    private static partial Regex HearSay();

    [GeneratedRegex(@"^(?<thing>[^?.!]+?)\s+nko\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatAbout();

    [GeneratedRegex(@"[,\s]+(?:abi|shey)(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[,\s]+na\s+(?:true|so)(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex IsItTrue();

    [GeneratedRegex(@"^(?<thing>[^?.!,]+?)\s+na\s+(?<asked>who|what|wetin|where|when|which(?:\s+[\p{L}]+){0,2})(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex AskedLast();

    [GeneratedRegex(@"^(?<thing>[\p{L}'-]+(?:\s+[\p{L}'-]+)?)\s+na\s+(?!who|what|wetin|where|when|which|true|so\b)", RegexOptions.IgnoreCase)]
    private static partial Regex IsIt();

    [GeneratedRegex(@"^\W*na\s+(?!who|what|wetin|where|when|which|true|so\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DidThey();

    [GeneratedRegex(@"\bwho\s+and\s+who\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoAndWho();

    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex Word();
}
