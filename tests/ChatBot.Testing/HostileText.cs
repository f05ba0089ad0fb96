using System.Text;

namespace ChatBot.Testing;

/// <summary>
/// Random and adversarial questions for fuzz tests, from a fixed seed so a failure names a question that reproduces:
/// empty and whitespace, 100 KB runs, control characters, right-to-left and bidi overrides, emoji and broken surrogate
/// pairs, combining marks, Cyrillic and Georgian, HTML, Markdown, Discord mentions, SQL- and path-like strings, and
/// real questions with all of those mixed in. Shared with the adapters' tests.
/// </summary>
public static class HostileText
{
    /// <summary>Fixed cases every run includes, before the random ones.</summary>
    public static IReadOnlyList<string> Fixed { get; } =
    [
        "",
        " ",
        "\t\r\n \u00A0\u2003\u3000",
        "?",
        "???!!!...",
        new string(' ', 100_000),
        new string('?', 100_000),
        new string('a', 100_000),
        Repeat("Who signed the treaty? ", 100_000),
        Repeat("and who ", 100_000),
        Repeat("; ", 100_000),
        Repeat("abcdefghij ", 100_000),
        Repeat("\U0001F600", 100_000),
        "a" + Repeat("\U0001F600", 100_000),
        "who" + new string('\u0301', 100_000),
        Repeat("\u202E\u0645\u0646 \u0648\u0642\u0639 ", 100_000),
        "\0\u0001\u0007\u001B[31m\u007F\u0085\u2028\u2029 who signed?",
        "\uD800 who signed the treaty?",
        "who signed the treaty? \uDC00",
        "\uFEFF\u200B\u200C\u200D\u2060who\u200Bsigned",
        "\u202Ewho signed the treaty?\u202C",
        "\u05DE\u05D9 \u05D7\u05EA\u05DD \u05E2\u05DC \u05D4\u05D0\u05DE\u05E0\u05D4?",
        "\u041A\u0442\u043E \u043F\u043E\u0434\u043F\u0438\u0441\u0430\u043B \u0434\u043E\u0433\u043E\u0432\u043E\u0440?",
        "\u10D5\u10D8\u10DC \u10DB\u10DD\u10D0\u10EC\u10D4\u10E0\u10D0 \u10EE\u10D4\u10DA\u10D8?",
        "Z\u0351\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319\u0324\u031E\u0349\u035A\u032F\u031E\u0320\u034DA\u036B\u0357\u0334\u0362\u0335\u031C\u0330\u0354L\u0368\u0367\u0369\u0358\u0320G\u0311\u0357\u030E\u0305\u035B\u0341\u0334\u033B\u0348\u034D\u0354\u0339O\u0342\u030C\u030C\u0358\u0328\u0335\u0339\u033B\u031D\u0333",
        "@everyone who signed the treaty?",
        "@here @everyone @Everyone @\u200Beveryone",
        "<@123456789012345678> <@!123456789012345678> <@&987654321098765432> <#111> <t:1700000000:R> </ask:42> <:emoji:99>",
        "<b>who</b> signed <i>the</i> <a href=\"tg://user?id=1\">treaty</a>?",
        "</blockquote></b></i><script>alert(1)</script>&amp;&lt;&#x27;&",
        "**who** __signed__ ~~the~~ `treaty` ```cs\ncode```||spoiler|| > quote\n# heading\n- item [link](https://evil.example)",
        "'; DROP TABLE questions; --",
        "1 OR 1=1; SELECT * FROM users WHERE name = '' OR ''=''",
        "../../../../etc/passwd",
        "C:\\Windows\\System32\\config\\SAM",
        "%00%2e%2e%2f${jndi:ldap://x}{{7*7}}$(rm -rf /)`id`",
        "tl;dr",
        "and to abkhazia?",
        "how much did russia pledge to crimea in 2016 and 2099?",
        "who signed it and when and where and why and how?",
        "who? when? where? why? how? what? which?",
    ];

    private static readonly string[] Pieces =
    [
        "who", "signed", "the", "treaty", "when", "where", "why", "how much", "did", "Russia", "pledge", "Abkhazia",
        "South Ossetia", "Georgia", "Putin", "Tibilov", "Tskhinvali", "Sokhumi", "billion rubles", "NATO", "EU", "react",
        "Crimea", "population", "2016", "9.2", "and", "also", "?", "!", ".", ",", ";", ":", "'s", "\"", "-", "\u2014",
        "@everyone", "@here", "<@1>", "<@!2>", "<@&3>", "<#4>", "<t:5>", "<b>", "</b>", "<i>", "</blockquote>", "<a href='x'>",
        "&amp;", "&", "<", ">", "**", "__", "~~", "`", "```", "||", "> ", "# ", "- ", "[x](http://y)", "\\",
        "' OR 1=1 --", "; DROP TABLE x;", "../..", "/etc/passwd", "C:\\", "%2e%2e", "${x}", "{{x}}",
        "\u041A\u0442\u043E", "\u0434\u043E\u0433\u043E\u0432\u043E\u0440", "\u10E1\u10D0\u10E5\u10D0\u10E0\u10D7\u10D5\u10D4\u10DA\u10DD",
        "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "\u202E", "\u202D", "\u200F", "\u200B", "\uFEFF",
        "\U0001F600", "\U0001F1EC\U0001F1EA", "\U0001F468\u200D\U0001F469\u200D\U0001F467", "e\u0301", "\u0301\u0302\u0303",
        "\0", "\u0007", "\u001B[2J", "\r\n", "\t", "\u2028", "\uD800", "\uDFFF",
    ];

    /// <summary>The fixed cases, then <paramref name="randomCount"/> random ones from <paramref name="seed"/>.</summary>
    public static IEnumerable<string> Questions(int randomCount, int seed = 7)
    {
        foreach (var text in Fixed)
        {
            yield return text;
        }

        var random = new Random(seed);
        for (var i = 0; i < randomCount; i++)
        {
            yield return Next(random);
        }
    }

    /// <summary>One random question: mostly short mixes of pieces and random characters, now and then a very long one.</summary>
    public static string Next(Random random)
    {
        var text = new StringBuilder();
        var pieces = random.Next(100) switch
        {
            < 1 => 20_000, // about 100 KB
            < 3 => random.Next(300, 1500),
            _ => random.Next(0, 16),
        };
        for (var i = 0; i < pieces; i++)
        {
            if (i > 0 && random.Next(3) > 0)
            {
                text.Append(' ');
            }

            text.Append(random.Next(4) == 0 ? RandomCharacters(random) : Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    private static string RandomCharacters(Random random)
    {
        var text = new StringBuilder();
        var length = random.Next(1, 8);
        for (var i = 0; i < length; i++)
        {
            // Any UTF-16 code unit, including lone surrogates, or a character from a script-heavy range.
            var c = random.Next(3) switch
            {
                0 => (char)random.Next(0, 0x10000),
                1 => (char)random.Next(0x20, 0x7F),
                _ => (char)random.Next(0x0300, 0x2000),
            };
            text.Append(c);
        }

        return text.ToString();
    }

    private static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
        {
            text.Append(unit);
        }

        return text.ToString();
    }
}
