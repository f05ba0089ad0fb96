using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Core.Intents;

/// <summary>Reads one intent file into drafts and synonyms, turning every problem into a moderator-readable issue with its line.</summary>
internal static partial class IntentFileParser
{
    /// <summary>Files above this size are rejected unread: no moderator writes one, and parsing it would stall a reload.</summary>
    public const int MaxFileBytes = 512 * 1024;

    /// <summary>
    /// Deepest nesting of lists and maps accepted (an intent file needs four: file, intents list, intent, examples list).
    /// Loading recurses once per level, so a file of thousands of '[' would overflow the stack and take the host down.
    /// </summary>
    public const int MaxNestingDepth = 32;

    private static readonly string[] IntentKeys = ["id", "kind", "examples", "answer", "citations", "related", "suggest", "complete", "near-misses"];

    public static IntentFileContent Parse(string displayName, byte[] bytes)
    {
        var issues = new List<ValidationIssue>();
        var drafts = new List<IntentDraft>();
        var synonyms = new Dictionary<string, (IReadOnlyList<string>, SourceLine)>(StringComparer.OrdinalIgnoreCase);
        var content = new IntentFileContent(drafts, synonyms, issues);

        if (bytes.Length > MaxFileBytes)
        {
            issues.Add(TooLarge(displayName, bytes.Length));
            return content;
        }

        if (!TryDecode(displayName, bytes, issues, out var text))
        {
            return content;
        }

        if (string.IsNullOrWhiteSpace(StripComments(text)))
        {
            issues.Add(Error(displayName, 1, "the file is empty. Add an 'intents:' list, or delete the file."));
            return content;
        }

        var tabLine = FindIndentingTab(text);
        if (tabLine > 0)
        {
            issues.Add(Error(displayName, tabLine, "this line is indented with a tab. YAML needs spaces: replace the tab with spaces."));
            return content;
        }

        var deepLine = FindTooDeepNesting(text);
        if (deepLine > 0)
        {
            issues.Add(Error(displayName, deepLine, $"lists or sections here are nested more than {MaxNestingDepth} levels deep. An intent file needs four at most: check the brackets [ ] and {{ }}."));
            return content;
        }

        YamlStream stream = new();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (AnchorNotFoundException ex)
        {
            // Thrown while building the document, with no position of its own: point at the alias.
            var (line, name) = FirstUndefinedAlias(text) ?? (1, Clean(ex.Message));
            issues.Add(Error(displayName, line, $"'*{name}' repeats an anchor '&{name}' that is not defined above it. Write the text out, or put '&{name}' before the value it names."));
            return content;
        }
        catch (YamlException ex)
        {
            issues.Add(Error(displayName, (int)ex.Start.Line, DescribeSyntaxError(ex)));
            return content;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (without a position) on some unterminated flow lists.
            issues.Add(Error(displayName, LastParsedLine(text), "this is not valid YAML (a list or text that starts here is never closed). Check brackets [ ] and quotes."));
            return content;
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            issues.Add(Error(displayName, 1, "the file must start with 'intents:' (a list of intents) or 'synonyms:' (a vocabulary)."));
            return content;
        }

        foreach (var (keyNode, value) in root.Children)
        {
            var key = Scalar(keyNode);
            switch (key)
            {
                case "intents":
                    ReadIntents(displayName, value, drafts, issues);
                    break;
                case "synonyms":
                    ReadSynonyms(displayName, value, synonyms, issues);
                    break;
                default:
                    issues.Add(Error(displayName, Line(keyNode), $"unknown section '{key}'. A file holds 'intents:' and/or 'synonyms:'.{Hint(key, ["intents", "synonyms"])}"));
                    break;
            }
        }

        return content;
    }

    /// <summary>The issue for a file over <see cref="MaxFileBytes"/> (also used by the loader, which checks the size before reading).</summary>
    public static ValidationIssue TooLarge(string displayName, long length) =>
        Error(displayName, 1, $"the file is {length / 1024} KB; the limit is {MaxFileBytes / 1024} KB. Split it into several topic files.");

    private static void ReadIntents(string file, YamlNode node, List<IntentDraft> drafts, List<ValidationIssue> issues)
    {
        if (node is not YamlSequenceNode list)
        {
            issues.Add(Error(file, Line(node), "'intents:' must be a list: start each intent on a new line with '- id: ...'."));
            return;
        }

        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode map)
            {
                issues.Add(Error(file, Line(item), "each intent must have keys such as 'id:', 'examples:', 'answer:' and 'citations:'."));
                continue;
            }

            var draft = ReadIntent(file, map, issues);
            if (draft is not null)
            {
                drafts.Add(draft);
            }
        }
    }

    private static IntentDraft? ReadIntent(string file, YamlMappingNode map, List<ValidationIssue> issues)
    {
        var where = new SourceLine(file, Line(map));
        var errorsBefore = issues.Count;
        string? id = null, answer = null, suggest = null;
        var kind = IntentKind.Fact;
        var complete = false;
        var examples = new List<(string, SourceLine)>();
        var nearMisses = new List<(string, SourceLine)>();
        var citations = new List<(string, SourceLine)>();
        var related = new List<(string, SourceLine)>();

        foreach (var (keyNode, value) in map.Children)
        {
            var key = Scalar(keyNode);
            var line = Line(keyNode);
            switch (key)
            {
                case "id":
                    id = ReadText(file, key, value, issues);
                    if (id is not null && !IdPattern().IsMatch(id))
                    {
                        issues.Add(Error(file, line, $"the id '{id}' may use only lowercase letters, digits and dashes (for example 'pledge-abkhazia')."));
                    }

                    break;
                case "kind":
                    var kindText = ReadText(file, key, value, issues);
                    if (kindText == "smalltalk")
                    {
                        kind = IntentKind.SmallTalk;
                    }
                    else if (kindText is not null && kindText != "fact")
                    {
                        issues.Add(Error(file, line, $"'kind' must be 'fact' or 'smalltalk', not '{kindText}'."));
                    }

                    break;
                case "answer":
                    answer = ReadText(file, key, value, issues);
                    break;
                case "suggest":
                    suggest = ReadText(file, key, value, issues);
                    break;
                case "complete":
                    var completeText = ReadText(file, key, value, issues);
                    if (completeText is "yes" or "true")
                    {
                        complete = true;
                    }
                    else if (completeText is not null && completeText is not ("no" or "false"))
                    {
                        issues.Add(Error(file, line, $"'complete' must be 'yes' or 'no', not '{completeText}'."));
                    }

                    break;
                case "examples":
                    examples.AddRange(ReadList(file, key, value, issues));
                    break;
                case "near-misses":
                    nearMisses.AddRange(ReadList(file, key, value, issues));
                    break;
                case "citations":
                    citations.AddRange(ReadList(file, key, value, issues));
                    break;
                case "related":
                    related.AddRange(ReadList(file, key, value, issues));
                    break;
                default:
                    issues.Add(Error(file, line, $"unknown setting '{key}'. Allowed: {string.Join(", ", IntentKeys)}.{Hint(key, IntentKeys)}"));
                    break;
            }
        }

        var name = id is null ? "this intent" : $"intent '{id}'";
        if (id is null)
        {
            issues.Add(Error(file, where.Line, "this intent has no 'id:'. Add a unique name such as 'id: pledge-abkhazia'."));
        }

        if (examples.Count == 0)
        {
            issues.Add(Error(file, where.Line, $"{name} has no 'examples:'. Add at least one question readers would ask."));
        }

        if (string.IsNullOrWhiteSpace(answer))
        {
            issues.Add(Error(file, where.Line, $"{name} has no 'answer:'. Add the reply the bot should give."));
        }

        if (kind == IntentKind.Fact && citations.Count == 0)
        {
            issues.Add(Error(file, where.Line, $"{name} has no 'citations:'. Quote the article's words that prove the answer, or set 'kind: smalltalk'."));
        }

        if (kind == IntentKind.SmallTalk && citations.Count > 0)
        {
            issues.Add(Error(file, citations[0].Item2.Line, $"{name} is small talk and must not have citations. Remove them or remove 'kind: smalltalk'."));
        }

        return issues.Count > errorsBefore
            ? null
            : new IntentDraft(id!, kind, examples, answer!.Trim(), citations, related, suggest, where) { Complete = complete, NearMisses = nearMisses };
    }

    private static void ReadSynonyms(string file, YamlNode node, Dictionary<string, (IReadOnlyList<string>, SourceLine)> synonyms, List<ValidationIssue> issues)
    {
        if (node is not YamlMappingNode map)
        {
            issues.Add(Error(file, Line(node), "'synonyms:' must map a word to a list of words, for example 'money: [cash, funds]'."));
            return;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var word = Scalar(keyNode);
            var line = Line(keyNode);
            if (string.IsNullOrWhiteSpace(word))
            {
                issues.Add(Error(file, line, "a synonym entry needs a word before the ':'."));
                continue;
            }

            var variants = ReadList(file, word, value, issues).Select(v => v.Text).ToList();
            if (synonyms.ContainsKey(word))
            {
                issues.Add(Error(file, line, $"'{word}' is listed twice in synonyms. Merge the two lists."));
                continue;
            }

            synonyms[word] = (variants, new SourceLine(file, line));
        }
    }

    private static string? ReadText(string file, string key, YamlNode value, List<ValidationIssue> issues)
    {
        if (value is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return scalar.Value.Trim();
        }

        issues.Add(Error(file, Line(value), $"'{key}' must be a piece of text on the same line (or a '>' block below it)."));
        return null;
    }

    private static IEnumerable<(string Text, SourceLine Where)> ReadList(string file, string key, YamlNode value, List<ValidationIssue> issues)
    {
        if (value is YamlScalarNode single && !string.IsNullOrWhiteSpace(single.Value))
        {
            // One item written without the dash is accepted: moderators often do this for a single citation.
            return [(single.Value.Trim(), new SourceLine(file, Line(value)))];
        }

        if (value is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            issues.Add(Error(file, Line(value), $"'{key}' must be a list: put each entry on its own line starting with '- '."));
            return [];
        }

        var items = new List<(string, SourceLine)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
            {
                items.Add((scalar.Value.Trim(), new SourceLine(file, Line(item))));
            }
            else
            {
                issues.Add(Error(file, Line(item), $"each entry of '{key}' must be plain text. If it contains ': ' or starts with a quote, wrap the whole entry in double quotes."));
            }
        }

        return items;
    }

    private static bool TryDecode(string file, byte[] bytes, List<ValidationIssue> issues, out string text)
    {
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
            var nul = Array.IndexOf(bytes, (byte)0);
            if (nul >= 0)
            {
                // Valid UTF-8 as far as bytes go, but no text file holds NUL: it is UTF-16 ("Unicode" in some editors) or binary.
                issues.Add(Error(file, LineOf(bytes, nul), "this line has NUL characters: the file is saved as UTF-16 or is not text. Save it as UTF-8 in your editor."));
                text = string.Empty;
                return false;
            }

            return true;
        }
        catch (DecoderFallbackException ex)
        {
            issues.Add(Error(file, LineOf(bytes, ex.Index), "this line has characters that are not UTF-8. Save the file as UTF-8 in your editor."));
            text = string.Empty;
            return false;
        }
    }

    private static int LineOf(byte[] bytes, int index) => 1 + bytes.Take(Math.Max(0, index)).Count(b => b == (byte)'\n');

    private static int FindIndentingTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i][..indent].Contains('\t'))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The line where nesting first goes past <see cref="MaxNestingDepth"/>, or 0. Reads events only, which needs no recursion.</summary>
    private static int FindTooDeepNesting(string text)
    {
        var depth = 0;
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                        if (++depth > MaxNestingDepth)
                        {
                            return (int)parser.Current.Start.Line;
                        }

                        break;
                    case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // A syntax error: loading the file reports it with its line.
        }

        return 0;
    }

    /// <summary>The first alias ('*name') whose anchor ('&amp;name') is not defined before it, or null.</summary>
    private static (int Line, string Name)? FirstUndefinedAlias(string text)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case YamlDotNet.Core.Events.AnchorAlias alias when !anchors.Contains(alias.Value.Value):
                        return ((int)alias.Start.Line, alias.Value.Value);
                    case YamlDotNet.Core.Events.NodeEvent { Anchor.IsEmpty: false } node:
                        anchors.Add(node.Anchor.Value);
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Reported as it is, at the top.
        }

        return null;
    }

    private static int LastParsedLine(string text)
    {
        var line = 1;
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                line = (int)parser.Current!.Start.Line;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // The line of the last event that parsed is the best position we have.
        }

        return line;
    }

    private static string StripComments(string text) =>
        string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith('#')));

    private static string DescribeSyntaxError(YamlException ex)
    {
        var detail = ex.InnerException?.Message ?? ex.Message;
        // Only a real duplicate: "did not find expected key" (a stray quote, a bad indent) is a syntax error like any other.
        if (detail.Contains("duplicate key", StringComparison.OrdinalIgnoreCase))
        {
            return $"a key appears twice in the same intent ({Clean(detail)}). Keep one of them.";
        }

        return $"this is not valid YAML ({Clean(detail)}). Check the indentation (spaces, lined up with the lines above) "
            + "and wrap text that contains ': ' or starts with a quote in double quotes.";
    }

    private static string Clean(string message) =>
        MarkPrefix().Replace(message, string.Empty).Trim().TrimEnd('.');

    private static string Hint(string? key, IEnumerable<string> allowed)
    {
        if (key is null)
        {
            return string.Empty;
        }

        var best = allowed.Select(a => (a, FuzzySharp.Fuzz.Ratio(a, key))).MaxBy(x => x.Item2);
        return best.Item2 >= 60 ? $" Did you mean '{best.a}'?" : string.Empty;
    }

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static ValidationIssue Error(string file, int line, string message) =>
        new(new SourceLine(file, line), IssueSeverity.Error, message);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();
}
