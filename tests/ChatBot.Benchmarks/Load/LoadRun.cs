using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using ChatBot.Telegram.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Benchmarks.Load;

/// <summary>
/// One load run: a fresh fake Bot API server, a fresh Generic Host with the real engine and the Telegram adapter (polling,
/// its data directory in a new folder), a warm-up, then the measured messages, from the first queued to the last reply.
/// </summary>
internal static class LoadRun
{
    /// <summary>The highest Telegram:MaxMessagesPerMinute the adapter accepts.</summary>
    public const int MaxPerUserPerMinute = 10_000;

    /// <summary>The highest Telegram:MaxChatMessagesPerMinute the adapter accepts.</summary>
    public const int MaxPerChatPerMinute = 100_000;

    private const long FirstChatId = 1_000_000;
    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DuplicateGrace = TimeSpan.FromMilliseconds(500);

    public static async Task<LoadResult> RunAsync(LoadSettings settings, AnswerEngine engine, IReadOnlyList<string> questions, int run, TextWriter log)
    {
        var total = settings.Warmup + settings.Messages;
        var messages = Messages(total, settings.Chats, questions, new Random(run));
        var dataDirectory = Path.Combine(Path.GetFullPath(settings.DataParent), $"chatbot-telegram-load-{Environment.ProcessId}-{run}");
        Directory.CreateDirectory(dataDirectory);
        try
        {
            await using var server = await LoadBotApiServer.StartAsync(total);
            var logs = new CountingLoggerProvider();
            using var host = BuildHost(settings, server, dataDirectory, engine, logs);
            await host.StartAsync();
            await server.FirstPoll.WaitAsync(TimeSpan.FromSeconds(30));

            if (settings.Warmup > 0)
            {
                server.Enqueue(messages[..settings.Warmup]);
                await WaitForRepliesAsync(server, settings.Warmup, log);
            }

            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var (pollsBefore, handedOutBefore) = (server.Polls, server.UpdatesHandedOut);

            var measured = messages[settings.Warmup..];
            using var watching = new CancellationTokenSource();
            var journalPeak = WatchJournalAsync(JournalPath(dataDirectory), watching.Token);
            var queueing = settings.Rate > 0 ? QueueAtRateAsync(server, measured, settings.Rate) : Task.Run(() => server.Enqueue(measured));
            var completed = await WaitForRepliesAsync(server, total, log);
            var start = await queueing;
            var end = Stopwatch.GetTimestamp();
            await watching.CancelAsync();

            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            var gc = (GC.CollectionCount(0) - gcBefore.Item1, GC.CollectionCount(1) - gcBefore.Item2, GC.CollectionCount(2) - gcBefore.Item3);
            var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
            var (polls, handedOut) = (server.Polls - pollsBefore, server.UpdatesHandedOut - handedOutBefore);

            // A duplicate would come after the first reply: give one a moment to show up.
            await Task.Delay(DuplicateGrace);
            var tally = server.Replies.Tally(settings.Warmup + 1, total);
            var elapsed = Stopwatch.GetElapsedTime(start, completed && tally.LastReplyAt > 0 ? tally.LastReplyAt : end);

            using (var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            {
                await host.StopAsync(stopping.Token);
            }

            var journal = ReadJournal(dataDirectory);
            return new LoadResult(
                run,
                settings.Messages,
                settings.Chats,
                settings.Concurrency,
                elapsed,
                tally,
                server.Replies.Unexpected + server.Replies.Callbacks,
                logs.Count,
                logs.First,
                cpu / elapsed / Environment.ProcessorCount,
                gc,
                allocated / (double)settings.Messages,
                polls == 0 ? 0 : handedOut / (double)polls,
                server.Unconfirmed,
                journal,
                await journalPeak);
        }
        finally
        {
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                log.WriteLine($"Could not remove {dataDirectory}: {ex.Message}");
            }
        }
    }

    /// <summary>Message ids 1 to <paramref name="count"/>, spread over the chats round robin, each a question drawn at random.</summary>
    private static LoadMessage[] Messages(int count, int chats, IReadOnlyList<string> questions, Random random) =>
        [.. Enumerable.Range(1, count).Select(id =>
        {
            var chat = FirstChatId + ((id - 1) % chats);
            return new LoadMessage(id, chat, chat, questions[random.Next(questions.Count)]);
        })];

    private static IHost BuildHost(LoadSettings settings, LoadBotApiServer server, string dataDirectory, AnswerEngine engine, CountingLoggerProvider logs)
    {
        // DisableDefaults: no environment variables or appsettings, so a real Telegram__Token can never leak in.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var config = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Telegram:Token"] = LoadBotApiServer.Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl.ToString(),
            ["Telegram:DataDirectory"] = dataDirectory,
            ["Telegram:PollTimeoutSeconds"] = "10",
            ["Telegram:MaxMessagesPerMinute"] = MaxPerUserPerMinute.ToString(CultureInfo.InvariantCulture),
            ["Telegram:MaxChatMessagesPerMinute"] = MaxPerChatPerMinute.ToString(CultureInfo.InvariantCulture),
            ["Telegram:MaxConcurrentReplies"] = settings.Concurrency.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings.Overrides)
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IAnswerService>(new ConversationService(new FixedEngineSource(engine), TimeProvider.System, new ConversationOptions()));
        if (!builder.AddTelegramAdapter())
        {
            throw new InvalidOperationException("AddTelegramAdapter declined a configured token");
        }

        return builder.Build();
    }

    /// <summary>Waits until <paramref name="distinct"/> messages have a reply; false when replies stop coming for <see cref="Stall"/>.</summary>
    private static async Task<bool> WaitForRepliesAsync(LoadBotApiServer server, int distinct, TextWriter log)
    {
        var done = server.Replies.WhenDistinct(distinct);
        var (seen, since) = (server.Replies.Distinct, Stopwatch.GetTimestamp());
        while (true)
        {
            try
            {
                await done.WaitAsync(TimeSpan.FromSeconds(1));
                return true;
            }
            catch (TimeoutException)
            {
                var now = server.Replies.Distinct;
                if (now != seen)
                {
                    (seen, since) = (now, Stopwatch.GetTimestamp());
                }
                else if (Stopwatch.GetElapsedTime(since) > Stall)
                {
                    log.WriteLine($"No reply for {Stall.TotalSeconds:0} s with {distinct - now:N0} messages unanswered; giving up.");
                    return false;
                }
            }
        }
    }

    /// <summary>Open loop: queues the messages at <paramref name="perSecond"/>, whatever the replies do; returns when the first was queued.</summary>
    private static async Task<long> QueueAtRateAsync(LoadBotApiServer server, LoadMessage[] messages, int perSecond)
    {
        var start = Stopwatch.GetTimestamp();
        var first = 0L;
        var sent = 0;
        while (sent < messages.Length)
        {
            var due = (int)Math.Min(messages.Length, (Stopwatch.GetElapsedTime(start).TotalSeconds * perSecond) + 1);
            if (due > sent)
            {
                var at = server.Enqueue(messages[sent..due]);
                first = sent == 0 ? at : first;
                sent = due;
            }

            await Task.Delay(1);
        }

        return first;
    }

    private static string JournalPath(string dataDirectory) => Path.Combine(dataDirectory, $"telegram-{LoadBotApiServer.BotId}-updates.json");

    /// <summary>The largest size the adapter's polling journal reached, sampled every 20 ms until cancelled.</summary>
    private static async Task<long> WatchJournalAsync(string path, CancellationToken cancellationToken)
    {
        var peak = 0L;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        try
        {
            do
            {
                var file = new FileInfo(path);
                peak = file.Exists ? Math.Max(peak, file.Length) : peak;
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
        }

        return peak;
    }

    /// <summary>The adapter's polling journal after the host stopped: the offset and how many updates it still holds unanswered.</summary>
    private static (int Offset, int Pending)? ReadJournal(string dataDirectory)
    {
        var path = JournalPath(dataDirectory);
        if (!File.Exists(path))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        return (root.GetProperty("offset").GetInt32(), root.TryGetProperty("pending", out var pending) ? pending.GetArrayLength() : 0);
    }
}
