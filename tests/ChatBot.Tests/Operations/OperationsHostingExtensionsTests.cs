using ChatBot.Core.Conversation;
using ChatBot.Moderation.Log;
using ChatBot.Moderation.Notifications;
using ChatBot.Operations;
using ChatBot.Testing;
using ChatBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Tests.Operations;

public sealed class OperationsHostingExtensionsTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task TheAnswerServiceIsTheDecoratorAroundTheConversationService()
    {
        await using var host = OperationsHost.Create(_data.Path);

        var answers = Assert.IsType<ModeratedAnswerService>(host.Answers);

        Assert.IsType<ConversationService>(answers.Inner);
        Assert.Same(answers, host.Answers);
        Assert.Single(host.Services.GetServices<IAnswerService>());
        Assert.IsType<SqliteQuestionLog>(Assert.IsType<RedactingQuestionLog>(host.Get<IQuestionLog>()).Inner);
    }

    [Fact]
    public async Task AQuestionLogRegisteredBeforeIsKeptBehindTheRedactingWrapper()
    {
        await using var host = OperationsHost.Create(_data.Path, services: s => s.AddSingleton<IQuestionLog, ThrowingQuestionLog>());

        var log = Assert.IsType<RedactingQuestionLog>(host.Get<IQuestionLog>());

        Assert.IsType<ThrowingQuestionLog>(log.Inner);
        Assert.Single(host.Services.GetServices<IQuestionLog>());
    }

    [Fact]
    public async Task TheLoggingNotifierIsAlwaysToldNextToTheRegisteredOnes()
    {
        var recording = new RecordingNotifier();
        await using var host = OperationsHost.Create(_data.Path, services: s => s.AddSingleton<IModeratorNotifier>(recording));

        var notifiers = host.Get<SafeAggregateNotifier>().Notifiers;

        Assert.Equal(2, notifiers.Count);
        Assert.Contains(recording, notifiers);
        Assert.Contains(notifiers, n => n is LoggingModeratorNotifier);
    }

    [Fact]
    public void CallingItTwiceDecoratesOnce()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton<IAnswerService>(new StubAnswers());

        builder.AddOperations().AddOperations();

        Assert.Equal(1, builder.Services.Count(d => d.ServiceType == typeof(IAnswerService) && !d.IsKeyedService));
        Assert.Equal(1, builder.Services.Count(d => d.ServiceType == typeof(IAnswerService) && d.IsKeyedService));
    }

    [Fact]
    public void WithoutAnAnswerServiceItSaysWhatToRegisterFirst()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddOperations());

        Assert.Contains("register it (the ConversationService) before calling AddOperations", error.Message);
    }

    [Theory]
    [InlineData("Moderation:RetentionDays", "0", "Moderation:RetentionDays must be between 1 and 3650 days")]
    [InlineData("Moderation:DataDirectory", "", "Moderation:DataDirectory must name a folder")]
    [InlineData("Moderation:Moderators:0", "telegram12345", "Moderation:Moderators: 'telegram12345' is not \"platform:userId\"")]
    [InlineData("Moderation:HealthInterval", "00:00:00", "Moderation:HealthInterval must be between")]
    public async Task ABadSettingStopsTheStartWithAMessageNamingIt(string key, string value, string message)
    {
        await using var host = OperationsHost.Create(_data.Path, settings: new Dictionary<string, string?> { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(message, string.Join("; ", error.Failures));
    }

    public void Dispose() => _data.Dispose();

    private sealed class StubAnswers : IAnswerService
    {
        public IReadOnlyList<ChatBot.Core.Knowledge.SourceDocument> Sources => [];

        public ValueTask<ChatBot.Core.Answers.Answer> AskAsync(ConversationKey conversation, string question, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
