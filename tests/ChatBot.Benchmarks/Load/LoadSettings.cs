using System.Globalization;

namespace ChatBot.Benchmarks.Load;

/// <summary>The options of <c>--telegram-load</c>.</summary>
internal sealed record LoadSettings
{
    public const string Usage = """
        --telegram-load [options]: private-chat questions through the Telegram adapter against a loopback fake Bot API.
          --messages N          measured messages per run (default 20000)
          --chats N             chats (= users) they are spread over, round robin (default 200)
          --warmup N            messages answered before each measured run, not counted (default 1000)
          --runs N              runs, each with a fresh host, fake server and data directory (default 3)
          --concurrency N       Telegram:MaxConcurrentReplies (default 8, the adapter's default)
          --rate N              queue N messages/s (open loop) instead of all at once (default 0: all at once)
          --data-dir PATH       parent folder of each run's Telegram:DataDirectory (default: the system temp folder)
          --set Key=Value       any other configuration value, e.g. --set Telegram:MaxPendingUpdates=5000 (repeatable)
        """;

    public int Messages { get; init; } = 20_000;

    public int Chats { get; init; } = 200;

    public int Warmup { get; init; } = 1_000;

    public int Runs { get; init; } = 3;

    public int Concurrency { get; init; } = 8;

    public int Rate { get; init; }

    public string DataParent { get; init; } = Path.GetTempPath();

    public IReadOnlyDictionary<string, string> Overrides { get; init; } = new Dictionary<string, string>();

    /// <summary>Parses <paramref name="args"/> (what follows <c>--telegram-load</c>); null with a message on stderr when they are wrong.</summary>
    public static LoadSettings? Parse(IReadOnlyList<string> args, TextWriter errors)
    {
        var settings = new LoadSettings();
        var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                errors.WriteLine($"{name} needs a value.\n{Usage}");
                return null;
            }

            var value = args[++i];
            switch (name)
            {
                case "--set" when value.IndexOf('=') is > 0 and var at:
                    overrides[value[..at]] = value[(at + 1)..];
                    break;
                case "--data-dir":
                    settings = settings with { DataParent = value };
                    break;
                case "--messages" or "--chats" or "--warmup" or "--runs" or "--concurrency" or "--rate"
                    when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= 0:
                    settings = name switch
                    {
                        "--messages" => settings with { Messages = number },
                        "--chats" => settings with { Chats = number },
                        "--warmup" => settings with { Warmup = number },
                        "--runs" => settings with { Runs = number },
                        "--concurrency" => settings with { Concurrency = number },
                        _ => settings with { Rate = number },
                    };
                    break;
                default:
                    errors.WriteLine($"Unknown option or bad value: {name} {value}\n{Usage}");
                    return null;
            }
        }

        settings = settings with { Overrides = overrides };
        if (settings.Messages < 1 || settings.Chats < 1 || settings.Runs < 1 || settings.Concurrency is < 1 or > 256)
        {
            errors.WriteLine($"--messages, --chats and --runs must be at least 1, --concurrency 1 to 256.\n{Usage}");
            return null;
        }

        // The flood limits are raised to their maximum (10,000 per user and 100,000 per chat a minute); more per chat
        // than that would be refused by design, which is not what this run measures.
        if ((settings.Warmup + settings.Messages + settings.Chats - 1) / settings.Chats > LoadRun.MaxPerUserPerMinute)
        {
            errors.WriteLine($"At most {LoadRun.MaxPerUserPerMinute:N0} messages per chat (the highest Telegram:MaxMessagesPerMinute): raise --chats.");
            return null;
        }

        return settings;
    }
}
