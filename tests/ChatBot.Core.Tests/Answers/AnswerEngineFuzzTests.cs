using System.Text;
using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using ChatBot.Core.Matching;
using ChatBot.Core.Tests.Support;
using ChatBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Core.Tests.Answers;

/// <summary>
/// Issue 7: bad input never hurts the engine. Ten thousand random and adversarial questions (see <see cref="HostileText"/>)
/// are answered without an exception, every reply keeps the engine's promises, and the work per question is bounded by
/// construction: only the first <see cref="AnswerEngine.MaxQuestionCharacters"/> characters and
/// <see cref="TextAnalyzer.MaxQuestionWords"/> words are ever read. No wall-clock assertion: the overall timeout only
/// stops a hang from stalling the run.
/// </summary>
public class AnswerEngineFuzzTests
{
    private const int RandomQuestions = 10_000;
    // Only stops a hang from stalling the run, never a measure of speed (the benchmarks measure that): 10,000 questions
    // take about 45 s alone in a Debug build on 2 cores, and more while the other test assemblies run beside them.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    private static AnswerEngine Engine => RealKnowledge.Engine;

    [Fact]
    public async Task TenThousandHostileQuestionsAreAnsweredWithoutAnExceptionAndKeepTheEnginesPromises()
    {
        var failures = await Task.Run(() =>
        {
            var found = new List<string>();
            ConversationTurn? previous = null;
            var index = 0;
            foreach (var question in HostileText.Questions(RandomQuestions))
            {
                try
                {
                    var answer = Engine.Ask(question, previous);
                    found.AddRange(Broken(answer, question).Select(problem => $"#{index} {Show(question)}: {problem}"));
                    if (answer is { Answered: true, IntentId: { } id })
                    {
                        // The next question is read as a follow-up of this one, hostile text and all.
                        previous = new ConversationTurn(question, id);
                    }
                }
                catch (Exception ex)
                {
                    found.Add($"#{index} {Show(question)}: {ex.GetType().Name}: {ex.Message}");
                }

                index++;
            }

            return found;
        }).WaitAsync(HangGuard);

        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    [Fact]
    public async Task AQuestionLongerThanTheLimitGetsTheAnswerToItsFirstCharacters()
    {
        var longOnes = HostileText.Questions(RandomQuestions).Where(q => q.Length > AnswerEngine.MaxQuestionCharacters).ToList();

        var mismatches = await Task.Run(() => longOnes
            .Where(q => !SameReply(Engine.Ask(q), Engine.Ask(q[..Cut(q)])))
            .Select(Show)
            .ToList()).WaitAsync(HangGuard);

        Assert.True(longOnes.Count >= 20, $"only {longOnes.Count} long questions generated");
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    [Fact]
    public void AHundredKilobyteQuestionIsReadOnlyAsFarAsTheLimit()
    {
        var question = "Who signed the treaty? " + new string('x', 100_000);
        var answerToThePrefix = Engine.Ask(question[..AnswerEngine.MaxQuestionCharacters]);

        var answer = Engine.Ask(question);

        Assert.True(SameReply(answerToThePrefix, answer));
        Assert.Equal(question, answer.Question);
        Assert.Equal(AnswerKind.Answered, Engine.Ask("Who signed the treaty?" + new string(' ', 100_000)).Kind);
    }

    [Fact]
    public void TheAnalyzerReadsAtMostMaxQuestionWordsOfAQuestion()
    {
        var analyzer = new TextAnalyzer(RealKnowledge.Result.Knowledge.Vocabulary, corrector: null);
        var flood = string.Join(' ', Enumerable.Range(0, 5 * TextAnalyzer.MaxQuestionWords).Select(i => "w" + (i % 10)));

        Assert.Equal(TextAnalyzer.MaxQuestionWords, analyzer.Analyze(flood).Words.Count);
        Assert.Equal(5 * TextAnalyzer.MaxQuestionWords, analyzer.AnalyzeCurated(flood).Words.Count);
    }

    [Fact]
    public void WordsPastTheLimitChangeNothing()
    {
        var question = string.Join(' ', Enumerable.Repeat("who signed the treaty", TextAnalyzer.MaxQuestionWords / 4));
        var withTail = question + " " + string.Join(' ', Enumerable.Repeat("crimea population 2099", 40));

        Assert.True(withTail.Length < AnswerEngine.MaxQuestionCharacters);
        Assert.True(SameReply(Engine.Ask(question), Engine.Ask(withTail)));
        Assert.Equal("treaty-signatories", Engine.Ask(withTail).IntentId);
    }

    [Fact]
    public void AQuestionHasAtMostFourParts()
    {
        var tooMany = string.Join(' ', Enumerable.Repeat("who signed it? when?", 500));

        Assert.All(HostileText.Questions(2_000).Append(tooMany), q => Assert.InRange(QuestionSplitter.Split(Tokenizer.Bound(q)).Count, 1, 4));
        Assert.Single(QuestionSplitter.Split(tooMany));
    }

    [Fact]
    public void TheCutNeverLeavesHalfAnEmoji()
    {
        var question = "a" + string.Concat(Enumerable.Repeat("\U0001F600", AnswerEngine.MaxQuestionCharacters));

        var cut = Tokenizer.Bound(question);

        Assert.Equal(AnswerEngine.MaxQuestionCharacters - 1, cut.Length);
        Assert.False(char.IsHighSurrogate(cut[^1]));
        Assert.Equal(AnswerKind.Declined, Engine.Ask(question).Kind);
    }

    [Fact]
    public async Task TheConversationServiceTakesHostileQuestionsFromManyReaders()
    {
        var service = new ConversationService(new FixedEngineSource(Engine), new FakeTimeProvider(), new ConversationOptions { MaxConversations = 10 });
        var index = 0;
        foreach (var question in HostileText.Questions(500, seed: 11))
        {
            var reader = new ConversationKey("fuzz", "chat-" + (index % 3), "user-" + (index % 17));
            var answer = await service.AskAsync(reader, question);
            Assert.Empty(Broken(answer, question));
            index++;
        }
    }

    /// <summary>What is wrong with <paramref name="answer"/>: the engine's contract, whatever the question.</summary>
    private static IEnumerable<string> Broken(Answer answer, string question)
    {
        if (!ReferenceEquals(answer.Question, question) && answer.Question != question)
        {
            yield return "the answer names another question";
        }

        if (!Enum.IsDefined(answer.Kind))
        {
            yield return $"unknown kind {answer.Kind}";
        }

        if (string.IsNullOrWhiteSpace(answer.Text))
        {
            yield return "empty reply text";
        }

        if (double.IsNaN(answer.Confidence) || answer.Confidence < 0 || answer.Confidence > 1)
        {
            yield return $"confidence {answer.Confidence}";
        }

        if (answer.Suggestions.Count > 3)
        {
            yield return $"{answer.Suggestions.Count} suggestions";
        }

        switch (answer.Kind)
        {
            case AnswerKind.Answered when answer.Citations.Count == 0:
                yield return "a fact without a citation";
                break;
            case AnswerKind.Answered when answer.Citations.Any(c => RealKnowledge.Result.Knowledge.Documents.FindQuote(c.Quote) is null):
                yield return "a citation that is not in the article";
                break;
            case AnswerKind.DidYouMean when answer.Suggestions.Count == 0:
                yield return "did-you-mean without suggestions";
                break;
            case AnswerKind.DidYouMean or AnswerKind.Declined when answer.Citations.Count > 0 || answer.IntentId is not null:
                yield return "a decline that states a fact";
                break;
        }
    }

    private static bool SameReply(Answer a, Answer b) =>
        a.Kind == b.Kind
        && a.Text == b.Text
        && a.IntentId == b.IntentId
        && a.Confidence.Equals(b.Confidence)
        && a.Citations.SequenceEqual(b.Citations)
        && a.Suggestions.SequenceEqual(b.Suggestions);

    private static int Cut(string question) => Tokenizer.Bound(question).Length;

    /// <summary>A question as a failure message can show it: escaped, and cut to a readable length.</summary>
    private static string Show(string question)
    {
        var shown = new StringBuilder("\"");
        foreach (var c in question.Take(120))
        {
            shown.Append(c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return shown.Append(question.Length > 120 ? $"...\" ({question.Length} chars)" : "\"").ToString();
    }
}
