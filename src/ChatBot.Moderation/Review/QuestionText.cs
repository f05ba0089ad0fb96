using System.Text;
using ChatBot.Core.Knowledge;

namespace ChatBot.Moderation.Review;

/// <summary>Normalizes questions before they are compared: folded, lower-case, punctuation dropped, one space between words.</summary>
public static class QuestionText
{
    /// <summary>"How much did Russia pledge??" becomes "how much did russia pledge".</summary>
    public static string Normalize(string question)
    {
        var folded = TextFolding.FoldForSearch(question);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (!char.IsLetterOrDigit(c) && c != '\'')
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
}
