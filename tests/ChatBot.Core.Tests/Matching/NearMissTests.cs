using ChatBot.Core.Answers;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching;

public class NearMissTests
{
    private const string Comparison = """
        intents:
          - id: abkhazia-comparison
            examples:
              - How does the South Ossetia treaty compare with the Abkhazia one?
              - Was the draft of the treaty changed?
              - Did the final text change from the initial draft?
              - Which treaty envisages deeper integration?
            answer: >-
              After the initial draft was revised, the final text of the treaty with South Ossetia became more similar to
              the one signed with Abkhazia, but it envisages much deeper integration of South Ossetia with Russia.
            citations:
              - After revision of the initial draft of the treaty with Tskhinvali, the final text became more similar to the one that was signed with Sokhumi.
        """;

    private static IReadOnlyList<Core.Matching.ScoredIntent> Ranking(string yaml, string question)
    {
        var result = IntentFiles.Check(("intents/money.yml", yaml));
        Assert.False(result.HasErrors, string.Join('\n', result.Issues));
        return new AnswerEngine(result.Knowledge).Explain(question);
    }

    private static Answer Ask(string yaml, string question)
    {
        var result = IntentFiles.Check(("intents/money.yml", yaml));
        Assert.False(result.HasErrors, string.Join('\n', result.Issues));
        return new AnswerEngine(result.Knowledge).Ask(question);
    }

    [Theory]
    [InlineData("did russia revise the abkhazia treaty too?")]
    [InlineData("So did Russia revise the Abkhazia treaty as well?")]
    public void AQuestionCloserToANearMissThanToAnyExampleIsNotAnswered(string question)
    {
        var withNearMisses = Comparison + """

                near-misses:
                  - Did Russia also revise the Abkhazia treaty?
            """;

        // Every word is the intent's own (its answer names the treaties and says one was revised); only the near miss
        // tells the question apart, and it holds the intent back.
        var before = Ranking(Comparison, question).Single(s => s.Intent.Id == "abkhazia-comparison");
        var after = Ranking(withNearMisses, question).Single(s => s.Intent.Id == "abkhazia-comparison");

        Assert.Empty(before.Unexplained);
        Assert.False(before.TypeMismatch);
        Assert.True(after.TypeMismatch);
        Assert.NotEqual(AnswerKind.Answered, Ask(withNearMisses, question).Kind);
    }

    [Fact]
    public void ANearMissAsksOnlyWhatItsOwnKindOfQuestionAsks()
    {
        // "Who revised the draft?" is a near miss (the article does not say); "was the draft revised?" is answered.
        var yaml = Comparison + """

                near-misses:
                  - Who revised the initial draft of the treaty?
            """;

        var answer = Ask(yaml, "Was the initial draft changed?");

        Assert.Equal(("abkhazia-comparison", AnswerKind.Answered), (answer.IntentId, answer.Kind));
    }

    [Fact]
    public void ANearMissWithTheWordsOfAnExampleIsIgnoredAndReported()
    {
        var yaml = Comparison + """

                near-misses:
                  - which of the treaties envisages deeper integration
            """;
        var result = IntentFiles.Check(("intents/abkhazia.yml", yaml));

        var engine = new AnswerEngine(result.Knowledge);

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal(("intents/abkhazia.yml", 2), (warning.Where.File, warning.Where.Line));
        Assert.Contains("which of the treaties envisages deeper integration", warning.Message);
        Assert.Equal("abkhazia-comparison", engine.Ask("Which treaty envisages deeper integration?").IntentId);
    }

    [Fact]
    public void ANearMissListedUnderOneIntentKeepsEveryIntentFromAnsweringIt()
    {
        // The moderators' near misses are questions the article does not answer at all, whichever intent lists them.
        const string yaml = """
            intents:
              - id: treaty-term
                examples:
                  - How long is the treaty valid?
                  - How long does the treaty last?
                answer: The treaty has a term of 25 years.
                citations:
                  - According to the treaty with the term of 25 years
              - id: pledge-abkhazia
                examples:
                  - How much did Russia pledge to Abkhazia?
                answer: Moscow pledged 9.2 billion rubles to Sokhumi.
                citations:
                  - Moscow has pledged 9.2 billion rubles to Sokhumi.
            """;
        const string question = "How long did the treaty signing last?";
        var withNearMiss = yaml + """

                near-misses:
                  - How long did the treaty signing ceremony last?
            """;

        var before = Ranking(yaml, question).Single(s => s.Intent.Id == "treaty-term");
        var after = Ranking(withNearMiss, question).Single(s => s.Intent.Id == "treaty-term");

        Assert.False(before.TypeMismatch);
        Assert.True(after.TypeMismatch);
        Assert.True(after.Confidence < before.Confidence / 1.5, $"{after.Confidence:F2} vs {before.Confidence:F2}");
    }

    [Fact]
    public void ANearMissAboutAnotherNameDoesNotHoldBackTheQuestion()
    {
        var yaml = Comparison + """

                near-misses:
                  - How does the Crimea treaty compare with the Abkhazia one?
            """;

        var answer = Ask(yaml, "How does the South Ossetia treaty compare with the one for Abkhazia?");

        Assert.Equal(("abkhazia-comparison", AnswerKind.Answered), (answer.IntentId, answer.Kind));
    }

    [Fact]
    public void ANearMissWithSomeoneSpeakingDoesNotHoldBackWhatWasSaidAboutThem()
    {
        var answer = RealKnowledge.Engine.Ask("what did they say about nato");

        Assert.Equal(("geneva-nato-concerns", AnswerKind.Answered), (answer.IntentId, answer.Kind));
        Assert.False(RealKnowledge.Engine.Ask("what did nato say about the treaty").Answered);
    }
}
