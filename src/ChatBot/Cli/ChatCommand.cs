using System.CommandLine;
using ChatBot.ConsoleChat;
using ChatBot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Cli;

/// <summary><c>chat</c> (also the default): runs the bot on the configured platforms, or the console chat when none is configured.</summary>
internal static class ChatCommand
{
    public static Command Create(CliContext context, KnowledgeOptions knowledge)
    {
        var command = new Command("chat", "Run the bot: Telegram and/or Discord when their tokens are configured, otherwise an interactive console chat.");
        command.SetAction((result, cancellationToken) => RunAsync(context, knowledge, result, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, KnowledgeOptions knowledge, ParseResult result, CancellationToken cancellationToken)
    {
        var (intents, seeds) = knowledge.Get(result);
        var hostArgs = context.Args.Where(a => a.Contains('=') && !a.StartsWith('-')).Select(a => "--" + a).ToList();
        hostArgs.AddRange([$"--{KnowledgeSettings.Section}:IntentsPath={intents}", $"--{KnowledgeSettings.Section}:SeedsPath={seeds}"]);
        try
        {
            using var host = BotHost.CreateBuilder([.. hostArgs], new ConsoleChatIO(context.In, context.Out)).Build();
            await host.RunAsync(cancellationToken);
            return ExitCodes.Success;
        }
        catch (OptionsValidationException ex)
        {
            await context.Error.WriteLineAsync($"Invalid configuration: {string.Join("; ", ex.Failures)}");
            return ExitCodes.InvalidConfiguration;
        }
    }
}
