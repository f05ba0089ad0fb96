using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching;

/// <summary>
/// Numbers spelt out, as dictated or typed by ear, written in digits like the article's: "nine point two billion" is
/// "9.2 billion", "two thousand eight" 2008, "twenty seventeen" 2017. Hand-written: the one library that parses number
/// words (Microsoft.Recognizers.Text.Number) does not restore here, and English needs only this much.
/// </summary>
internal static partial class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30,
    };

    // Every number word contains one of these: most texts have none, and skip both regexes (the engine reads every
    // example, near miss and vocabulary phrase through here when it is built).
    private static readonly System.Buffers.SearchValues<string> Stems = System.Buffers.SearchValues.Create(
        ["one", "two", "thr", "four", "five", "six", "seven", "eight", "nin", "ten", "eleven", "twel", "twent", "thirt", "fort",
         "fift", "hundred", "thousand", "first", "second", "fifth"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary><paramref name="text"/> with its spelt-out numbers in digits.</summary>
    public static string Digits(string text) => text.AsSpan().IndexOfAny(Stems) < 0 ? text : SpeltNumber().Replace(
        SpeltDay().Replace(text, match =>
            DayOfMonth(match.Groups["tens"].Value, match.Groups["day"].Value) is { } day
                ? match.Groups["before"].Value + day + Suffix(day) + match.Groups["after"].Value
                : match.Value),
        match => ToDigits(match.Groups["number"].Value, counted: match.Groups["unit"].Success) is { } digits
            ? digits + match.Groups["unit"].Value
            : match.Value);

    private static string Suffix(int day) => (day % 10, day / 10 % 10) switch
    {
        (1, not 1) => "st",
        (2, not 1) => "nd",
        (3, not 1) => "rd",
        _ => "th",
    };

    // "twenty-first", "seventeenth": the day of a month a date is said with.
    private static int? DayOfMonth(string tens, string day) =>
        Ordinals.TryGetValue(day, out var value)
            ? (tens.Length == 0 ? value : Tens.TryGetValue(tens, out var t) && value < 10 ? t + value : null)
            : null;

    // A lone small number stays a word ("the one with Abkhazia", "the two treaties", "four months"), unless it counts
    // billions or millions, as the article's sums do.
    private static string? ToDigits(string spelt, bool counted)
    {
        var words = PieceSeparator().Split(spelt.Trim()).Where(w => w.Length > 0 && !w.Equals("and", StringComparison.OrdinalIgnoreCase)).ToList();
        if (words.Count == 1 && !counted && Units.TryGetValue(words[0], out var lone) && lone < 10)
        {
            return null;
        }

        var point = words.FindIndex(w => w.Equals("point", StringComparison.OrdinalIgnoreCase));
        if (point >= 0)
        {
            var whole = Value(words[..point]);
            var decimals = words[(point + 1)..].Select(w => Units.TryGetValue(w, out var d) && d < 10 ? d : -1).ToList();
            return whole is null || decimals.Count == 0 || decimals.Contains(-1)
                ? null
                : whole.Value.ToString(CultureInfo.InvariantCulture) + "." + string.Concat(decimals);
        }

        return YearSaid(words) ?? Value(words)?.ToString(CultureInfo.InvariantCulture);
    }

    // "twenty sixteen", "nineteen ninety nine": a year said as two numbers of two digits.
    private static string? YearSaid(List<string> words)
    {
        for (var split = 1; split < words.Count; split++)
        {
            if (Value(words[..split]) is >= 11 and <= 99 and var century && Value(words[split..]) is >= 10 and <= 99 and var year
                && !words.Any(w => w.Equals("hundred", StringComparison.OrdinalIgnoreCase) || w.Equals("thousand", StringComparison.OrdinalIgnoreCase)))
            {
                return (century * 100 + year).ToString(CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    // "two thousand eight" is 2008, "twenty five" 25; a sequence that is no number ("five twenty") is null.
    private static int? Value(List<string> words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        int total = 0, current = 0;
        var last = "";
        foreach (var word in words)
        {
            if (Tens.TryGetValue(word, out var tens) && current % 100 == 0)
            {
                current += tens;
            }
            else if (Units.TryGetValue(word, out var unit) && (current % 100 == 0 || (Tens.ContainsKey(last) && unit < 10)))
            {
                current += unit;
            }
            else if (word.Equals("hundred", StringComparison.OrdinalIgnoreCase) && current is > 0 and < 100)
            {
                current *= 100;
            }
            else if (word.Equals("thousand", StringComparison.OrdinalIgnoreCase) && current is > 0 and < 1000 && total == 0)
            {
                total = current * 1000;
                current = 0;
            }
            else
            {
                return null;
            }

            last = word;
        }

        return total + current;
    }

    [GeneratedRegex(@"[\s-]+")]
    private static partial Regex PieceSeparator();

    private const string Months = "january|february|march|april|may|june|july|august|september|october|november|december";

    // "seventeenth", "twenty-first": a tens word may come first.
    private const string SpeltDayOfMonth = @"(?:(?<tens>twenty|thirty)[\s-]+)?(?<day>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";

    private const string NumberWord = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|point";

    // Only next to a month: "March seventeenth", "the eighteenth of March"; "the first anniversary" keeps its word.
    [GeneratedRegex(@"(?<before>\b(?:" + Months + @")\s+(?:the\s+)?)" + SpeltDayOfMonth + @"(?<after>)\b|(?<before>)" + SpeltDayOfMonth
        + @"(?<after>\s+of\s+(?:" + Months + @")\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SpeltDay();

    [GeneratedRegex(@"(?<![\p{L}\p{N}'-])(?<number>(?:" + NumberWord + @")(?:(?:[\s-]+(?:and[\s-]+)?)(?:" + NumberWord
        + @"))*)(?<unit>[\s-]+(?:billion|million|bn))?(?![\p{L}\p{N}'])", RegexOptions.IgnoreCase)]
    private static partial Regex SpeltNumber();
}
