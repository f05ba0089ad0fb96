using System.Buffers;
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
        foreach (var raw in WithoutInvalidCodePoints(text).Normalize(NormalizationForm.FormKC))
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

    /// <summary>
    /// <paramref name="text"/> with each half of a broken surrogate pair and each noncharacter (U+FFFE and kin) replaced by
    /// U+FFFD: Normalize throws on them, and a question cut in the middle of an emoji, or a JSON string with a lone
    /// "\ud800", must not make answering throw.
    /// </summary>
    internal static string WithoutInvalidCodePoints(string text)
    {
        StringBuilder? repaired = null;
        for (var i = 0; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            if (status == OperationStatus.Done && !IsNoncharacter(rune.Value))
            {
                repaired?.Append(text, i, consumed);
            }
            else
            {
                repaired ??= new StringBuilder(text, 0, i, text.Length);
                repaired.Append('\uFFFD');
            }

            i += Math.Max(1, consumed);
        }

        return repaired?.ToString() ?? text;
    }

    /// <summary>Folds and lower-cases, for comparisons that ignore case too.</summary>
    public static string FoldForSearch(string text) => Fold(text).ToLowerInvariant();

    // U+FDD0-U+FDEF and the last two code points of every plane: permanently reserved, never text.
    private static bool IsNoncharacter(int value) => value is >= 0xFDD0 and <= 0xFDEF || (value & 0xFFFE) == 0xFFFE;
}
