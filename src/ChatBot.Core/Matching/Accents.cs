using System.Globalization;
using System.Text;

namespace ChatBot.Core.Matching;

/// <summary>
/// Words as readers type them without their accents ("genève" as "geneve", "reação" as "reacao"): the French and
/// Portuguese readers look a word up both ways, and the Spanish and Italian tables hold each phrase both ways.
/// </summary>
internal static class Accents
{
    /// <summary><paramref name="word"/> without its accents; a word of ASCII letters only is returned as it is.</summary>
    public static string Strip(string word)
    {
        if (word.All(char.IsAscii))
        {
            return word;
        }

        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
