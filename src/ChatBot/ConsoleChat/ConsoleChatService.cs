using ChatBot.Core.Conversation;
using ChatBot.Core.Rendering;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.ConsoleChat;

/// <summary>The embedded chat used when no platform is configured: reads questions from the terminal and prints cited answers.</summary>
public sealed class ConsoleChatService(IAnswerService answers, ConsoleChatIO io, IHostApplicationLifetime lifetime, ILogger<ConsoleChatService> logger) : BackgroundService
{
    private static readonly ConversationKey Conversation = new("console", "local", "local");

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var title = answers.Sources.FirstOrDefault()?.Title ?? "the article";
        await io.Out.WriteLineAsync($"""
            Ask me about "{title}". Type 'quit' to leave.
            (Console chat: no chat platform is configured. Set Telegram__Token and/or Discord__Token to serve Telegram or Discord instead.)
            """);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await io.Out.WriteAsync("> ");
                await io.Out.FlushAsync(stoppingToken);
                var line = await io.In.ReadLineAsync(stoppingToken);
                if (line is null || line.Trim() is "quit" or "exit")
                {
                    break;
                }

                if (line.Trim().Length == 0)
                {
                    continue;
                }

                var answer = await answers.AskAsync(Conversation, line, stoppingToken);
                await io.Out.WriteLineAsync(PlainTextRenderer.Render(answer));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Console chat failed");
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
