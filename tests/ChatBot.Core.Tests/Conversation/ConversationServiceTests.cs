using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using ChatBot.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Core.Tests.Conversation;

public class ConversationServiceTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly ConversationService _service;

    public ConversationServiceTests()
    {
        _service = new ConversationService(new FixedEngineSource(RealKnowledge.Engine), _time, new ConversationOptions { ContextLifetime = TimeSpan.FromMinutes(10) });
    }

    private static ConversationKey Alice => new("test", "chat-1", "alice");

    private static ConversationKey Bob => new("test", "chat-1", "bob");

    [Theory]
    [InlineData("How much did Russia pledge to South Ossetia?", "and to Abkhazia?", "pledge-abkhazia")]
    [InlineData("Who is Federica Mogherini?", "what did she say?", "eu-reaction")]
    [InlineData("When was the treaty signed?", "where?", "signing-place")]
    public async Task AFollowUpIsReadInTheContextOfThePreviousQuestion(string first, string followUp, string expected)
    {
        await _service.AskAsync(Alice, first);

        var answer = await _service.AskAsync(Alice, followUp);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Equal(expected, answer.IntentId);
    }

    [Fact]
    public async Task AChainOfFollowUpsKeepsWhatTheFirstQuestionWasAbout()
    {
        await _service.AskAsync(Alice, "who signed it?");
        Assert.Equal("signing-place", (await _service.AskAsync(Alice, "where?")).IntentId);

        var answer = await _service.AskAsync(Alice, "and when");

        Assert.True(answer.Answered);
        Assert.Equal("signing-date", answer.IntentId);
    }

    [Fact]
    public async Task AWholeQuestionStartsANewChainOfFollowUps()
    {
        await _service.AskAsync(Alice, "how much did russia pledge?");
        await _service.AskAsync(Alice, "and to abkhazia?");
        Assert.Equal("south-ossetia-what", (await _service.AskAsync(Alice, "What is South Ossetia?")).IntentId);
        Assert.Equal("abkhazia-what", (await _service.AskAsync(Alice, "ok and abkhazia?")).IntentId);
        Assert.Equal("treaty-signatories", (await _service.AskAsync(Alice, "who signed it?")).IntentId);

        var answer = await _service.AskAsync(Alice, "where?");

        Assert.Equal(("signing-place", AnswerKind.Answered), (answer.IntentId, answer.Kind));
    }

    [Fact]
    public async Task ContextBelongsToOneUser()
    {
        await _service.AskAsync(Alice, "How much did Russia pledge to South Ossetia?");

        var answer = await _service.AskAsync(Bob, "and to Abkhazia?");

        Assert.NotEqual("pledge-abkhazia", answer.IntentId);
    }

    [Fact]
    public async Task ContextExpires()
    {
        await _service.AskAsync(Alice, "When was the treaty signed?");
        _time.Advance(TimeSpan.FromMinutes(11));

        var answer = await _service.AskAsync(Alice, "where?");

        Assert.False(answer.Answered);
    }

    [Fact]
    public async Task AStandaloneQuestionIsNotBentByTheContext()
    {
        await _service.AskAsync(Alice, "How much did Russia pledge to South Ossetia?");

        var answer = await _service.AskAsync(Alice, "Who wrote the article?");

        Assert.Equal("article-author", answer.IntentId);
    }

    [Fact]
    public async Task AFollowUpToAHugeQuestionBuildsOnWhatTheEngineReadOfIt()
    {
        var huge = "How much did Russia pledge to South Ossetia?" + new string(' ', 100_000);
        await _service.AskAsync(Alice, huge);

        var answer = await _service.AskAsync(Alice, "and to Abkhazia?");

        Assert.Equal("pledge-abkhazia", answer.IntentId);
    }
}
