using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching;

/// <summary>
/// How a letter writer wraps a question: a time-of-day greeting, "may I ask", "would you be so kind as to", "for an old
/// man", a sign-off with the writer's name. None of it is part of what is asked (see <see cref="Plain"/>).
/// </summary>
internal static partial class ReaderPhrasing
{
    /// <summary>
    /// <paramref name="text"/> without how a letter opens and closes ("Dear team, ... Is this a bot? Best, Nikita"), read
    /// before the message is split into its questions (<paramref name="onlyAroundAQuestion"/>): a greeting before the
    /// first question or a sign-off after the last is no sentence of the message to split off.
    /// </summary>
    public static string WithoutLetterFrame(string text, bool onlyAroundAQuestion = false)
    {
        // "I am most grateful for your assistance. Thank you." is thanks, not a letter around a question.
        if (onlyAroundAQuestion && !text.Contains('?'))
        {
            return text;
        }

        text = HasAny(text, "good ", "greetings", "salutations") ? OpeningGreeting().Replace(text, string.Empty) : text;
        text = HasAny(text, "dear", "whom it may", "respected", "esteemed", "hello ", "hi ") ? Salutation().Replace(text, string.Empty) : text;
        text = HasAny(text, "regards", "rgds", "wishes", "thank", "cheers", "best", "yours", "sincerely", "respectfully", "faithfully", "gratefully", "cordially", "warmly", "with ") ? SignOff().Replace(text, string.Empty) : text;
        return HasAny(text, "obliged", "grateful", "thankful", "indebted", "appreciate", "welcome", "value", "advance") ? ClosingCourtesy().Replace(text, string.Empty) : text;
    }

    // "Good evening.", "Greetings.": a greeting that opens a longer message. "Greetings" only before a question: without
    // one ("Greetings, my granddaughter set this up for me.") the greeting is what the message says.
    [GeneratedRegex(@"^\W*(?:good\s+(?:morning|afternoon|evening|day)(?:\s+(?:to\s+you|there|all|everyone|sir|madam))?\s*[,.!:;]+\s*(?=.*\p{L})|(?:greetings|salutations)(?:\s+(?:to\s+you|all|everyone))?\s*[,.!:;]+\s*(?=.*(?:\?|\b(?:who|whom|whose|what|when|where|why|how|which|could|can|would|will|may|might|is|are|was|were|do|does|did|tell|explain|describe|summari[sz]e|give)\b)))(?!\s*how\s+(?:do\s+you\s+do|are\s+you)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningGreeting();

    [GeneratedRegex(@"\b(?:total|complete|absolute)\s+(?=(?:noob|n00b|newbie|newb|beginner|novice|amateur|layman|outsider)s?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SelfDescribedNewcomer();

    // "Yours faithfully,\nDr. Eleanor Whitcombe", "I remain, yours faithfully, Harold Jenkins", "Thanks & regards, R. K.
    // Sharma, Section Officer", "Sincerely,\nBrigadier (ret.) Hugh Fenwick": a closing, the writer's name (a title, initials
    // and names) and their position or employer (up to two parts of capitalised words, or on the name's line).
    [GeneratedRegex(@"(?<=[.!?])\s*(?i:(?:i\s+remain\s*,?\s*)?(?:(?:with\s+)?(?:kind(?:est)?|best|warm(?:est)?|many|sincere)\s+(?:regards|wishes|thanks)|(?:thanks|thank\s+you)\s+(?:and|&)\s+(?:best\s+|kind\s+|warm\s+)?regards|regards|rgds|thanking\s+you(?:\s+in\s+(?:advance|anticipation))?|thanks(?:\s+(?:so\s+much|a\s+lot|in\s+advance))?|thank\s+you(?:\s+(?:so\s+much|kindly|in\s+advance|for\s+your\s+(?:time|help|assistance|attention|patience)))?|cheers|best|yours\s+(?:sincerely|faithfully|truly|respectfully|gratefully)|(?:respectfully|sincerely|faithfully|gratefully|cordially)(?:\s+yours)?|all\s+the\s+best|warmly|with\s+(?:many\s+)?(?:thanks|gratitude|respect|appreciation|best\s+wishes|regards)))\s*[,.!-]*\s*(?:(?:(?i:dr|mr|mrs|ms|miss|prof|rev|fr|sr|col|capt|maj|gen|cmdr|cdr|lt|sgt|brig|brigadier|hon|amb|ambassador|adv)\.?\s+(?:\((?i:ret|retd|retired)\.?\)\s+)?)?(?:\p{Lu}\.\s*){0,3}\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,5}\.?(?:\s*\(\s*[\p{L} .'-]{1,30}\))?(?:\s*[,\n]\s*[\p{Lu}(][\p{L}.'&()-]*(?:[ \t]+(?:of|de|du|di|for|and|the|in|at|on|&|[\p{Lu}(][\p{L}.'&()-]*)){0,5}){0,2})?\s*[.!]*\s*$")]
    private static partial Regex SignOff();

    // "... with Abkhazia. I shall be highly obliged.", "I would welcome clarification.", "Thanks in advance!": the courtesy
    // that closes a letter after its question, which would otherwise read as the question.
    [GeneratedRegex(@"(?<=[.!?])\s*(?:i\s+(?:shall|should|would|will)\s+be\s+(?:(?:highly|most|very|much|so|truly|deeply|really|extremely)\s+)?(?:obliged|grateful|thankful|indebted)(?:\s+(?:to\s+you|for\s+(?:your|any|a|the)\s+(?:\p{L}+\s+)?(?:help|assistance|reply|answer|response|clarification|time|kindness)))?|i\s+(?:would\s+|should\s+|will\s+)?(?:appreciate|welcome|value)\s+(?:(?:a|an|your|any|some)\s+)?(?:(?:clear|quick|prompt|brief|short|kind|swift|full)\s+)?(?:answer|reply|response|clarification|help|assistance|guidance)|(?:many\s+)?thanks?(?:\s+you)?\s+in\s+advance)\s*[.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingCourtesy();

    [GeneratedRegex(@"^\W*(?:(?:and|so|now|but|also)\s+)?(?:(?:may|might|could|can)\s+i|i(?:'d|\s+would)\s+like\s+to|i\s+(?:wish|want)\s+to|i(?:'m|\s+am)\s+writing\s+to)\s+(?:ask|enquire|inquire)(?:\s+(?:of\s+)?you)?(?<about>\s+(?:about|regarding|concerning|as\s+to))?\s+(?=(?:who|whom|whose|when|where|why|what|which|how|whether|if|by|the|about|for|is|was|did|does)\b)|[,;]\s*(?:may|might|could|can)\s+i\s+(?:ask|enquire|inquire)\s*,", RegexOptions.IgnoreCase)]
    private static partial Regex MayIAsk();

    [GeneratedRegex(@"[,;]?\s*\b(?:for\s+(?:some|any)\s+(?:particular\s+)?reason(?=\s*[?.!]*\s*$)|(?:i\s+need\s+(?:it|this|them)\s+)?for\s+(?:a|my|the|our)\s+(?:report|slide(?:\s+deck)?|deck|presentation|memo|minutes|briefing|newsletter)|for\s+an\s+old\s+(?:man|woman|lady|gentleman|fellow|codger|timer|soul)|in\s+a\s+sentence\s+or\s+two)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReadersFraming();

    [GeneratedRegex(@"\b(?:(?:would|could|will|can)\s+you\s+(?:please\s+)?(?:be\s+(?:so\s+kind|good\s+enough|kind\s+enough|able)\s+(?:as\s+)?to|kindly)(?:\s+(?:tell|give|explain|remind|inform|let))?|kindly(?:\s+(?:tell|give|explain|remind|inform|let))?|(?:inform|enlighten|apprise|advise)\s+(?:me|us)(?:\s+both)?(?:\s+(?:of|about|on|as\s+to))?|i\s+(?:should|would)\s+be\s+(?:most\s+|very\s+|so\s+|much\s+)?(?:grateful|obliged|thankful)\s+(?:for|if\s+you\s+(?:could|would)\s+(?:tell|give|explain|remind)?))(?:\s+(?:me|us))?(?:\s+(?:an?\s+)?(?:brief\s+|short\s+)?account\s+of)?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Courtesy();

    // "Dear bot,", "Dear Sir or Madam:": whom a letter is addressed to.
    // "To whom it may concern,", "Respected Sir/Madam,", "Hello team,", "Esteemed assistant,": and a "good day." after it.
    [GeneratedRegex(@"^\W*(?:dear\s+[^,:.!?]{1,30}|to\s+whom\s+it\s+may\s+concern|(?:respected|esteemed)\s+[^,:.!?]{1,30}|hello\s+(?:team|all|everyone|folks|sir|madam|and\s+good\s+(?:day|morning|afternoon|evening))|hi\s+(?:team|all|everyone|folks))\s*(?:[,:.!]|\s[-–—])\s*(?:good\s+(?:day|morning|afternoon|evening)\s*[,.!]+\s*)?(?=\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Salutation();

    // "Ref: treaty duration - please advise.", "Ref: Karasin - what's his title?": a memo's subject line is what is asked about.
    [GeneratedRegex(@"^\W*(?:ref|re|subject|subj)\s*[:.]\s*(?<topic>[^-–—:.?!]+?)\s*[-–—:.]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLine();

    // "could you please advise who signed?", "please advise what was said", "... - please advise.": a request to be told.
    [GeneratedRegex(@"\b(?:(?:could|can|would)\s+you\s+)?(?:please\s+)?advise(?:\s+(?:me|us))?(?:\s+(?:on|as\s+to|regarding))?\s+(?=(?:who|whom|whose|when|where|why|what|which|how|whether|if|the)\b)|[,;\s]*(?:could\s+you\s+)?please\s+advise\s*[.!?]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PleaseAdvise();
}
