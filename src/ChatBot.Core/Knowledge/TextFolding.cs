using System.Text;

namespace ChatBot.Core.Knowledge;

/// <summary>Folds the typographic differences a moderator cannot see (curly quotes, dashes, spacing) so quotes compare by their words.</summary>
public static class TextFolding
{
    /// <summary>Returns <paramref name="text"/> with typographic quotes and dashes made plain and whitespace collapsed.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text.Normalize(NormalizationForm.FormKC))
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => raw,
            };
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Folds and lower-cases, for comparisons that ignore case too.</summary>
    public static string FoldForSearch(string text) => Fold(text).ToLowerInvariant();
}
