using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// What a learner of English whose first language is Spanish, Italian, Portuguese, French, German, Russian or Hindi
/// (written in Latin letters) borrows from it: the question words of their own language ("Quien es Tibilov?", "Quanto dura the
/// treaty?", "kto avtor?") and false friends whose English look-alike means something else ("who firmed the accord?"
/// signed it, "can you resume me the news?" summarise it, "who assisted to the meetings?" attended them). Rewritten to
/// English before the question is read; the names of places in those languages ("Ginebra", "Osetia del Sur") are reader
/// words of the vocabulary instead, where moderators see them.
/// </summary>
internal static partial class MixedLanguage
{
    /// <summary><paramref name="text"/> with borrowed question words and false friends in English.</summary>
    public static string InEnglish(string text)
    {
        // German and Dutch calques: "who has undersigned it?" signed it, "can you say me" tell me, "gives it a treaty
        // with Abkhazia?" is there one, "what stands in the treaty?" what it says. ("Since when" stays: it asks how long
        // something has lasted, which the article never says.)
        text = HasCalqueWord(text) ? GermanCalque().Replace(text, m =>
            m.Groups["signed"].Success ? "sign" : m.Groups["say"].Success ? "tell me" : m.Groups["gives"].Success ? "is there"
            : $"what does {m.Groups["text"].Value} say") : text;
        if (!Borrowed().IsMatch(text))
        {
            return text;
        }

        text = RussianQuestion().Replace(text, m => RussianQuestionWords[Regex.Replace(m.Value.ToLowerInvariant(), @"\s+", " ")]);
        text = HindiQuestion().Replace(text, m => HindiQuestionWords[m.Value.ToLowerInvariant()]);
        text = WhatIsItAbout().Replace(text, "what is it about");
        text = WhoWroteIt().Replace(text, "who wrote");
        text = WhoIs().Replace(text, "who is");
        text = WhatIs().Replace(text, "what is it");
        text = WhatIsItCalled().Replace(text, "what is the name of");
        text = HowLong().Replace(text, "how long is");
        text = HowMuchMoney().Replace(text, "how much money");
        text = When().Replace(text, "when");
        text = Where().Replace(text, "where");
        text = Why().Replace(text, "why");
        text = Firmed().Replace(text, m => m.Value.EndsWith("ar", StringComparison.OrdinalIgnoreCase) ? "sign" : "signed");
        text = ResumeMe().Replace(text, "summarise");
        return AssistedTo().Replace(text, "attended");
    }

    // The words every calque below needs, looked for before the regex runs on every question and example.
    private static bool HasCalqueWord(string text) =>
        text.Contains("undersign", StringComparison.OrdinalIgnoreCase) || text.Contains("say me", StringComparison.OrdinalIgnoreCase)
        || text.Contains("gives it", StringComparison.OrdinalIgnoreCase) || text.Contains("stand", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?<signed>undersign)(?=\w*)|\b(?<say>say\s+me)\b|(?:^\W*|\b(?<=,\s*))(?<gives>gives\s+it)\b(?=\s+(?:a|an|any|some|also|more)\b)|\bwhat\s+(?<stands>stands?)\s+in\s+(?<text>(?:the|this)\s+(?:treaty|article|text|agreement|deal|pact))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GermanCalque();

    // Every word any reading below needs, so that an English question costs one scan.
    [GeneratedRegex(@"\b(?:qui[eé]n(?:es)?|chi|quem|wer|c[oó]mo|come|comment|wie|cu[aá]nto|quanto|combien|cu[aá]ndo|quando|quand|wann|d[oó]nde|dove|onde|por\s*qu[eé]|perch[eé]|pourquoi|warum|worum|wem|was\s+ist|firm(?:ed|ado|ato|[oó]|ar|s)?|resume|assist(?:ed|s)?|kto|chto|kogda|gde|pochemu|zachem|skolko|kak|kab|kaun|kahan|kahaan|kitna|kitne|kitni|kyun|kyon)\b|où", RegexOptions.IgnoreCase)]
    private static partial Regex Borrowed();

    // Russian in Latin letters: "kto avtor of this text?", "kak nazyvaetsya this treaty?", "skolko deneg for SO?".
    private static readonly Dictionary<string, string> RussianQuestionWords = new(StringComparer.Ordinal)
    {
        ["kto ty"] = "who are you", ["ty kto"] = "who are you", ["kto"] = "who is", ["kto takoy"] = "who is",
        ["kto takaya"] = "who is", ["kto eto"] = "who is", ["chto"] = "what", ["chto takoe"] = "what is", ["chto eto"] = "what is",
        ["kogda"] = "when", ["gde"] = "where", ["pochemu"] = "why", ["zachem"] = "why", ["skolko"] = "how much",
        ["kak nazyvaetsya"] = "what is the name of", ["kak nazyvayetsya"] = "what is the name of",
    };

    // Hindi and Urdu in Latin letters: "treaty signed kab?", "kaun signed it?", "kitne rubles for Abkhazia?".
    private static readonly Dictionary<string, string> HindiQuestionWords = new(StringComparer.Ordinal)
    {
        ["kab"] = "when", ["kaun"] = "who", ["kahan"] = "where", ["kahaan"] = "where", ["kitna"] = "how much", ["kitne"] = "how much",
        ["kitni"] = "how much", ["kyun"] = "why", ["kyon"] = "why",
    };

    [GeneratedRegex(@"\b(?:kab|kaun|kahan|kahaan|kitna|kitne|kitni|kyun|kyon)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HindiQuestion();

    [GeneratedRegex(@"\b(?:ty\s+kto|kto(?:\s+(?:ty|takoy|takaya|eto))?|chto(?:\s+(?:takoe|eto))?|kogda|gde|pochemu|zachem|skolko|kak\s+nazyva(?:e|ye)tsya)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RussianQuestion();

    [GeneratedRegex(@"\b(?:qui[eé]n(?:es)?|chi|quem)\s+(?:es|[eè]|é|est|son|sono|s[aã]o|foi|fue|era)\b|\bwer\s+(?:ist|war)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoIs();

    [GeneratedRegex(@"\bwas\s+ist(?:\s+das)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIs();

    [GeneratedRegex(@"\b(?:c[oó]mo\s+se\s+llama|come\s+si\s+chiama|como\s+se\s+chama|comment\s+s'appelle|wie\s+hei(?:ß|ss)t)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIsItCalled();

    [GeneratedRegex(@"\b(?:cu[aá]nto|quanto|combien\s+de\s+temps)\s+(?:dura|dure)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowLong();

    [GeneratedRegex(@"\b(?:cu[aá]nto|quanto|combien\s+d'?)\s*(?:dinero|dinheiro|denaro|soldi|argent|plata)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowMuchMoney();

    [GeneratedRegex(@"\b(?:cu[aá]ndo|quando|quand|wann)\b", RegexOptions.IgnoreCase)]
    private static partial Regex When();

    // Not "onde" alone in the middle of English, nor "come" or "dove": "come" and "dove" are English words.
    [GeneratedRegex(@"\bd[oó]nde\b|^\W*onde\b|\boù(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex Where();

    [GeneratedRegex(@"\b(?:por\s*qu[eé]|perch[eé]|pourquoi|warum)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Why();

    // "Worum geht es in the article?": what it is about.
    [GeneratedRegex(@"\bworum\s+geht\s+es\b(?:\s+in)?", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIsItAbout();

    // "Von wem ist the article?": whose it is.
    [GeneratedRegex(@"\bvon\s+wem\s+(?:ist|stammt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoWroteIt();

    // "firmar", "firmado", "firmato": to sign. An English "firm" is an adjective or a company, never a verb with an
    // object or a date after it, so only "firmed" and the borrowed forms are read.
    [GeneratedRegex(@"\bfirm(?:ed|ado|ato|[oó]|ar)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Firmed();

    // "résumer": to summarise. The English "resume" (the talks resume) takes no "me" and no article after it.
    [GeneratedRegex(@"\bresume(?=\s+(?:me|us|for\s+me|the\s+(?:news|article|story|text))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ResumeMe();

    // "assister à": to attend. The English "assist" takes no "to" or "at" after it.
    [GeneratedRegex(@"\bassist(?:ed|s)?\s+(?:to|at)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AssistedTo();
}
