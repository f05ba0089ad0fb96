using System.Text;
using ChatBot.Core.Intents;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Intents;

public class IntentFileParserTests
{
    [Fact]
    public void AValidFileLoadsAndItsCitationGetsItsParagraphFromTheArticle()
    {
        var result = IntentFiles.Check(("intents/money.yml", IntentFiles.ValidIntent));

        Assert.False(result.HasErrors);
        var citation = Assert.Single(Assert.Single(result.Knowledge.Intents).Citations);
        Assert.Equal(2, citation.Paragraph);
    }

    [Fact]
    public void ASyntaxErrorNamesFileAndLine()
    {
        var result = IntentFiles.Check(("intents/bad.yml", "intents:\n  - id: x\n    examples: [unclosed\n    answer: y\n"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal("intents/bad.yml", issue.Where.File);
        Assert.InRange(issue.Where.Line, 3, 5);
        Assert.Contains("not valid YAML", issue.Message);
    }

    [Fact]
    public void ATabIndentationIsReportedOnItsLine()
    {
        var result = IntentFiles.Check(("intents/tabs.yml", "intents:\n  - id: x\n\texamples:\n"));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(3, issue.Where.Line);
        Assert.Contains("tab", issue.Message);
    }

    [Fact]
    public void AnUnknownKeyIsReportedWithASuggestion()
    {
        var yaml = IntentFiles.ValidIntent.Replace("    answer:", "    exmples:\n      - What?\n    answer:");

        var result = IntentFiles.Check(("intents/typo.yml", yaml));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(5, issue.Where.Line);
        Assert.Contains("unknown setting 'exmples'", issue.Message);
        Assert.Contains("Did you mean 'examples'?", issue.Message);
        Assert.Empty(result.Knowledge.Intents);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    public void CompleteSaysWhetherTheAnswerNamesEveryone(string value, bool complete)
    {
        var yaml = IntentFiles.ValidIntent.Replace("    answer:", $"    complete: {value}\n    answer:");

        var result = IntentFiles.Check(("intents/money.yml", yaml));

        Assert.False(result.HasErrors);
        Assert.Equal(complete, Assert.Single(result.Knowledge.Intents).Complete);
    }

    [Fact]
    public void NearMissesAreReadAsQuestionsTheAnswerDoesNotAnswer()
    {
        var yaml = IntentFiles.ValidIntent + "\n    near-misses:\n      - How much did Russia pledge to Abkhazia in 2018?\n      - what will abkhazia spend it on\n";

        var result = IntentFiles.Check(("intents/money.yml", yaml));

        Assert.False(result.HasErrors);
        Assert.Equal(["How much did Russia pledge to Abkhazia in 2018?", "what will abkhazia spend it on"], Assert.Single(result.Knowledge.Intents).NearMisses);
    }

    [Fact]
    public void ANearMissThatIsAlsoAnExampleIsReportedOnItsLine()
    {
        var yaml = IntentFiles.ValidIntent + "\n    near-misses:\n      - how much did russia pledge to abkhazia\n";

        var result = IntentFiles.Check(("intents/money.yml", yaml));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(9, issue.Where.Line);
        Assert.Contains("is also one of this intent's examples", issue.Message);
        Assert.Empty(result.Knowledge.Intents);
    }

    [Fact]
    public void ACompleteThatIsNeitherYesNorNoIsReportedOnItsLine()
    {
        var yaml = IntentFiles.ValidIntent.Replace("    answer:", "    complete: maybe\n    answer:");

        var result = IntentFiles.Check(("intents/money.yml", yaml));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(5, issue.Where.Line);
        Assert.Contains("'complete' must be 'yes' or 'no'", issue.Message);
    }

    [Fact]
    public void MissingFieldsAreNamed()
    {
        var result = IntentFiles.Check(("intents/missing.yml", "intents:\n  - id: lonely\n    examples: [Hi?]\n"));

        Assert.Contains(result.Issues, i => i.Message.Contains("has no 'answer:'") && i.Where.Line == 2);
        Assert.Contains(result.Issues, i => i.Message.Contains("has no 'citations:'"));
    }

    [Fact]
    public void DuplicateIdsAcrossFilesPointAtTheFirstOne()
    {
        var result = IntentFiles.Check(("intents/a.yml", IntentFiles.ValidIntent), ("intents/b.yml", IntentFiles.ValidIntent.Replace("How much did", "How much did you say")));

        var issue = Assert.Single(result.Issues);
        Assert.Equal("intents/b.yml", issue.Where.File);
        Assert.Contains("already used at intents/a.yml:2", issue.Message);
        Assert.Single(result.Knowledge.Intents);
    }

    [Fact]
    public void OneQuestionUnderTwoIntentsIsRejected()
    {
        var other = IntentFiles.ValidIntent.Replace("pledge-abkhazia", "other-intent");

        var result = IntentFiles.Check(("intents/a.yml", IntentFiles.ValidIntent), ("intents/b.yml", other));

        Assert.Contains(result.Issues, i => i.Where.File == "intents/b.yml" && i.Where.Line == 4 && i.Message.Contains("also an example of 'pledge-abkhazia'"));
    }

    [Fact]
    public void ACitationNotInTheArticleShowsTheClosestSentence()
    {
        var yaml = IntentFiles.ValidIntent.Replace("9.2 billion", "9.5 billion");

        var result = IntentFiles.Check(("intents/wrong.yml", yaml));

        var issue = Assert.Single(result.Issues);
        Assert.Equal(7, issue.Where.Line);
        Assert.Contains("not in the article", issue.Message);
        Assert.Contains("Moscow has pledged 9.2 billion rubles to Sokhumi", issue.Message);
    }

    [Fact]
    public void QuotingThePageFooterIsRejected()
    {
        var yaml = IntentFiles.ValidIntent.Replace("Moscow has pledged 9.2 billion rubles to Sokhumi.", "Social media & sharing icons powered by UltimatelySocial");

        var result = IntentFiles.Check(("intents/footer.yml", yaml));

        Assert.Contains(result.Issues, i => i.Message.Contains("footer"));
    }

    [Fact]
    public void WrongTypesAreExplained()
    {
        var result = IntentFiles.Check(("intents/types.yml", "intents:\n  - id: x\n    examples:\n      a: b\n    answer: [1, 2]\n    citations: []\n"));

        Assert.Contains(result.Issues, i => i.Message.Contains("'examples' must be a list"));
        Assert.Contains(result.Issues, i => i.Message.Contains("'answer' must be a piece of text"));
    }

    [Fact]
    public void DuplicateKeysAreReported()
    {
        var yaml = IntentFiles.ValidIntent.Replace("    answer:", "    answer: first\n    answer:");

        var result = IntentFiles.Check(("intents/dupkey.yml", yaml));

        Assert.True(result.HasErrors);
        Assert.All(result.Issues, i => Assert.Equal("intents/dupkey.yml", i.Where.File));
    }

    [Fact]
    public void NonUtf8BytesAreReportedOnTheirLine()
    {
        var bytes = Encoding.UTF8.GetBytes("intents:\n  - id: x\n    answer: caf").Concat(new byte[] { 0xE9, 0x0A }).ToArray();

        var result = IntentFiles.CheckBytes("intents/latin1.yml", bytes);

        var issue = Assert.Single(result.Issues);
        Assert.Equal(3, issue.Where.Line);
        Assert.Contains("UTF-8", issue.Message);
    }

    [Fact]
    public void EmptyAndHugeFilesAreRejected()
    {
        Assert.Contains("empty", Assert.Single(IntentFiles.Check(("intents/empty.yml", "# nothing yet\n")).Issues).Message);
        Assert.Contains("limit", Assert.Single(IntentFiles.CheckBytes("intents/huge.yml", new byte[600 * 1024]).Issues).Message);
    }

    [Fact]
    public void ABrokenFileDoesNotTakeTheOtherFilesDown()
    {
        var result = IntentFiles.Check(("intents/good.yml", IntentFiles.ValidIntent), ("intents/broken.yml", "intents: [\n"));

        Assert.True(result.HasErrors);
        Assert.Equal("pledge-abkhazia", Assert.Single(result.Knowledge.Intents).Id);
    }
}
