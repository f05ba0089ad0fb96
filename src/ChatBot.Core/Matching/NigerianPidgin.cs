using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching;

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
        if (!Marker().IsMatch(text))
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

    // Words no English sentence has; "na", "dey" and "dem" also occur as chat spellings, but not with each other's company.
    // "na" between words, or opening the question before a word: "Tibilov na who?", "na Putin sign am?" ("na, the other
    // one" is a chat "nah").
    [GeneratedRegex(@"\b(?:wetin|abeg|sef|nko|shey|wahala|sabi|tori|una|jare|comot|abi|wey|dey|dem)\b|(?<=\w\s+)na(?=\s+\w)|^\W*na\s+\p{L}|\bna\s+true\b", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

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
