using ChatBot.ConsoleChat;
using ChatBot.Core.Conversation;
using ChatBot.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Hosting;

/// <summary>Builds the Generic Host: knowledge, conversation service, and the chat platforms that are configured (console chat when none is).</summary>
public static class BotHost
{
    /// <summary>Creates the host builder; <paramref name="console"/> is the terminal for the console chat.</summary>
    public static HostApplicationBuilder CreateBuilder(string[] args, ConsoleChatIO console)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddUserSecrets(typeof(BotHost).Assembly, optional: true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<KnowledgeSettings>().BindConfiguration(KnowledgeSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<EngineHolder>();
        builder.Services.AddSingleton<IEngineSource>(sp => sp.GetRequiredService<EngineHolder>());
        builder.Services.AddSingleton<IAnswerService>(sp => new ConversationService(
            sp.GetRequiredService<IEngineSource>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ConversationOptions>>().Value));
        builder.AddOperations();

        var platforms = ChatPlatforms.Add(builder);
        if (platforms.Count == 0)
        {
            builder.Services.AddSingleton(console);
            builder.Services.AddHostedService<ConsoleChatService>();
        }

        return builder;
    }
}
