namespace ChatBot.Core.Knowledge;

/// <summary>Turns a plain-text article (headline, blank-line separated paragraphs, optional "by ..." byline) into a <see cref="SourceDocument"/>.</summary>
public static partial class DocumentParser
{
    // Lines that belong to the web page around the article, not to the article.
    private static readonly string[] BoilerplateMarkers =
    [
        "sharing icons powered by",
        "share this:",
        "click to share",
        "all rights reserved",
    ];

    /// <summary>Returns true when a line is page furniture that must never be cited or answered from.</summary>
    public static bool IsBoilerplate(string line)
    {
        var folded = TextFolding.FoldForSearch(line);
        return BoilerplateMarkers.Any(folded.Contains);
    }

    /// <summary>Parses the text of one seed file.</summary>
    public static SourceDocument Parse(string id, string text)
    {
        var blocks = text.Replace("\r\n", "\n")
            .Split("\n\n")
            .Select(b => b.Trim())
            .Where(b => b.Length > 0 && !IsBoilerplate(b))
            .ToList();
        if (blocks.Count == 0)
        {
            return new SourceDocument(id, id, null, []);
        }

        var paragraphs = new List<Paragraph>();
        string? byline = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            // Runs of whitespace (line breaks, no-break spaces) read as one space; the seed file itself stays unchanged.
            var block = Whitespace().Replace(blocks[i], " ");
            if (i > 0 && byline is null && block.StartsWith("by ", StringComparison.OrdinalIgnoreCase) && block.Length < 80)
            {
                byline = block[3..].Trim();
            }

            var number = paragraphs.Count;
            var sentences = SentenceSplitter.Split(block)
                .Select((s, index) => new Sentence(number, index + 1, s))
                .ToList();
            paragraphs.Add(new Paragraph(number, block, sentences));
        }

        return new SourceDocument(id, paragraphs[0].Text, byline, paragraphs);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Whitespace();
}
