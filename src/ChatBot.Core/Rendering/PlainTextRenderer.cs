using System.Text;
using ChatBot.Core.Answers;

namespace ChatBot.Core.Rendering;

/// <summary>Renders an answer as plain text for a terminal: answer, quoted citations with paragraph numbers, numbered suggestions.</summary>
public static class PlainTextRenderer
{
    /// <summary>Renders <paramref name="answer"/>; control characters from any source are removed so text cannot drive the terminal.</summary>
    public static string Render(Answer answer)
    {
        var text = new StringBuilder(Clean(answer.Text));
        foreach (var citation in answer.Citations)
        {
            text.Append('\n').Append($"  \u201C{Clean(citation.Quote)}\u201D ({DescribeParagraph(citation.Paragraph)}, {Clean(citation.Source)})");
        }

        for (var i = 0; i < answer.Suggestions.Count; i++)
        {
            text.Append('\n').Append($"  {i + 1}. {Clean(answer.Suggestions[i].Question)}");
        }

        return text.ToString();
    }

    /// <summary>"headline" for paragraph 0, "paragraph N" otherwise.</summary>
    public static string DescribeParagraph(int paragraph) => paragraph == 0 ? "headline" : $"paragraph {paragraph}";

    private static string Clean(string value) =>
        new(value.Where(c => !char.IsControl(c) || c == '\n').ToArray());
}
