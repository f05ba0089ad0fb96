using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBot.Benchmarks.Load;

/// <summary>
/// A loopback Bot API server for load runs (Kestrel on 127.0.0.1:0; a trimmed copy of the Telegram tests' fake): getMe,
/// deleteWebhook, setMyCommands, getUpdates (long poll, batches of up to 100, honouring offset) and sendMessage /
/// answerCallbackQuery, which are recorded by the message they reply to. Updates are serialized when queued and replies
/// are read with a forward-only reader, so the server spends as little of the shared CPU as it can.
/// </summary>
internal sealed class LoadBotApiServer : IAsyncDisposable
{
    public const long BotId = 123;
    public const string Token = "123:load";
    public const string BotUsername = "article_load_bot";
    private const int FirstUpdateId = 1;
    private const int BatchSize = 100;

    private static readonly byte[] EmptyBatch = "{\"ok\":true,\"result\":[]}"u8.ToArray();
    private static readonly byte[] True = "{\"ok\":true,\"result\":true}"u8.ToArray();
    private static readonly byte[] GetMe = Encoding.UTF8.GetBytes(
        $$$"""{"ok":true,"result":{"id":{{{BotId}}},"is_bot":true,"first_name":"Article QA","username":"{{{BotUsername}}}","can_join_groups":true}}""");

    private readonly WebApplication _app;
    private readonly object _gate = new();
    private readonly List<byte[]> _updates = [];
    private readonly ReplyLog _replies;
    private readonly TaskCompletionSource _firstPoll = NewSignal();
    private TaskCompletionSource _updateQueued = NewSignal();
    private int _confirmedBelow = FirstUpdateId;
    private int _nextSentMessageId = 1;
    private long _polls;
    private long _updatesHandedOut;
    private long _otherCalls;

    private LoadBotApiServer(WebApplication app, int capacity)
    {
        _app = app;
        _replies = new ReplyLog(capacity);
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Completes when the first getUpdates arrives: the adapter has connected and is receiving.</summary>
    public Task FirstPoll => _firstPoll.Task;

    /// <summary>What the bot sent back, per message.</summary>
    public ReplyLog Replies => _replies;

    /// <summary>getUpdates calls answered so far.</summary>
    public long Polls => Interlocked.Read(ref _polls);

    /// <summary>Updates handed out by getUpdates (an update handed out twice counts twice).</summary>
    public long UpdatesHandedOut => Interlocked.Read(ref _updatesHandedOut);

    /// <summary>Calls other than getUpdates, sendMessage and answerCallbackQuery (getMe, setMyCommands, ...), and unknown ones.</summary>
    public long OtherCalls => Interlocked.Read(ref _otherCalls);

    /// <param name="capacity">Highest message id that will be queued (message ids run from 1).</param>
    public static async Task<LoadBotApiServer> StartAsync(int capacity)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.AddServerHeader = false;
        });
        var app = builder.Build();
        var server = new LoadBotApiServer(app, capacity);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Urls.First());
        return server;
    }

    /// <summary>
    /// Queues private-chat text messages, one update each, all at once (update ids are assigned in order); the time they
    /// were queued (returned, a <see cref="Stopwatch"/> timestamp) is what reply latency is measured from.
    /// </summary>
    public long Enqueue(IReadOnlyList<LoadMessage> messages)
    {
        var serialized = new byte[messages.Count][];
        lock (_gate)
        {
            var id = FirstUpdateId + _updates.Count;
            for (var i = 0; i < messages.Count; i++)
            {
                serialized[i] = Serialize(id + i, messages[i]);
            }

            var now = Stopwatch.GetTimestamp();
            foreach (var message in messages)
            {
                _replies.Expect(message, now);
            }

            _updates.AddRange(serialized);
            _updateQueued.TrySetResult();
            _updateQueued = NewSignal();
            return now;
        }
    }

    /// <summary>Updates queued but not yet confirmed by a later getUpdates offset.</summary>
    public int Unconfirmed
    {
        get
        {
            lock (_gate)
            {
                return FirstUpdateId + _updates.Count - _confirmedBelow;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _app.Lifetime.StopApplication();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(deadline.Token);
        await _app.DisposeAsync();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static byte[] Serialize(int updateId, LoadMessage message)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + message.Text.Length);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("update_id", updateId);
            json.WriteStartObject("message");
            json.WriteNumber("message_id", message.MessageId);
            json.WriteNumber("date", 1_700_000_000);
            json.WriteStartObject("chat");
            json.WriteNumber("id", message.ChatId);
            json.WriteString("type", "private");
            json.WriteString("first_name", "Reader");
            json.WriteEndObject();
            json.WriteStartObject("from");
            json.WriteNumber("id", message.UserId);
            json.WriteBoolean("is_bot", false);
            json.WriteString("first_name", "Reader");
            json.WriteEndObject();
            json.WriteString("text", message.Text);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        const string prefix = "/bot" + Token + "/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            await WriteAsync(context, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}"u8.ToArray());
            return;
        }

        var method = path[prefix.Length..];
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        switch (method)
        {
            case "getUpdates":
                _firstPoll.TrySetResult();
                await WriteAsync(context, 200, await GetUpdatesAsync(body, context.RequestAborted));
                break;
            case "sendMessage":
                await WriteAsync(context, 200, SendMessage(body));
                break;
            case "answerCallbackQuery":
                _replies.CallbackAnswered();
                await WriteAsync(context, 200, True);
                break;
            case "getMe":
                Interlocked.Increment(ref _otherCalls);
                await WriteAsync(context, 200, GetMe);
                break;
            case "deleteWebhook" or "setMyCommands":
                Interlocked.Increment(ref _otherCalls);
                await WriteAsync(context, 200, True);
                break;
            default:
                Interlocked.Increment(ref _otherCalls);
                await WriteAsync(context, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}"u8.ToArray());
                break;
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var memory = new MemoryStream(request.ContentLength is { } length and < int.MaxValue ? (int)length : 1024);
        await request.Body.CopyToAsync(memory, cancellationToken);
        return memory.ToArray();
    }

    private async Task<byte[]> GetUpdatesAsync(byte[] body, CancellationToken aborted)
    {
        var (offset, timeoutSeconds) = ReadPoll(body);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        deadline.CancelAfter(TimeSpan.FromSeconds(timeoutSeconds));
        while (true)
        {
            Task queued;
            lock (_gate)
            {
                // Like Telegram: a poll with a higher offset confirms, and so forgets, every update below it.
                _confirmedBelow = Math.Max(_confirmedBelow, offset);
                var from = Math.Max(offset, _confirmedBelow) - FirstUpdateId;
                var count = Math.Min(BatchSize, _updates.Count - from);
                if (count > 0)
                {
                    Interlocked.Increment(ref _polls);
                    Interlocked.Add(ref _updatesHandedOut, count);
                    return Batch(_updates, from, count);
                }

                queued = _updateQueued.Task;
            }

            try
            {
                await queued.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
            {
                Interlocked.Increment(ref _polls);
                return EmptyBatch;
            }
        }
    }

    private static byte[] Batch(List<byte[]> updates, int from, int count)
    {
        var length = "{\"ok\":true,\"result\":[]}".Length + count;
        for (var i = from; i < from + count; i++)
        {
            length += updates[i].Length;
        }

        var batch = new byte[length];
        var at = 0;
        Append("{\"ok\":true,\"result\":["u8);
        for (var i = from; i < from + count; i++)
        {
            if (i > from)
            {
                Append(","u8);
            }

            Append(updates[i]);
        }

        Append("]}"u8);
        return batch[..at];

        void Append(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(batch.AsSpan(at));
            at += bytes.Length;
        }
    }

    private static (int Offset, int TimeoutSeconds) ReadPoll(byte[] body)
    {
        var (offset, timeout) = (0, 0);
        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "offset" && reader.TokenType == JsonTokenType.Number)
                {
                    offset = reader.GetInt32();
                }
                else if (name == "timeout" && reader.TokenType == JsonTokenType.Number)
                {
                    timeout = reader.GetInt32();
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        return (offset, timeout);
    }

    private byte[] SendMessage(byte[] body)
    {
        long chatId = 0;
        long replyTo = 0;
        string? text = null;
        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (reader.CurrentDepth == 1 && reader.ValueTextEquals("chat_id"u8))
            {
                reader.Read();
                // A number here; Telegram also takes "@channelname", which the load never uses (recorded as chat 0, unexpected).
                chatId = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var id) ? id : 0;
            }
            else if (reader.CurrentDepth == 1 && reader.ValueTextEquals("text"u8))
            {
                reader.Read();
                text = reader.GetString();
            }
            else if (reader.CurrentDepth == 2 && reader.ValueTextEquals("message_id"u8))
            {
                // reply_parameters.message_id (the only object at depth 2 with that property).
                reader.Read();
                replyTo = reader.GetInt64();
            }
        }

        _replies.Record(chatId, replyTo, text, Stopwatch.GetTimestamp());

        // Telegram answers with the sent message; the client reads it, so it is part of every reply's cost.
        var buffer = new ArrayBufferWriter<byte>(256 + (text?.Length ?? 0));
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteBoolean("ok", true);
            json.WriteStartObject("result");
            json.WriteNumber("message_id", Interlocked.Increment(ref _nextSentMessageId));
            json.WriteNumber("date", 1_700_000_000);
            json.WriteStartObject("chat");
            json.WriteNumber("id", chatId);
            json.WriteString("type", "private");
            json.WriteEndObject();
            json.WriteStartObject("from");
            json.WriteNumber("id", BotId);
            json.WriteBoolean("is_bot", true);
            json.WriteString("first_name", "Article QA");
            json.WriteString("username", BotUsername);
            json.WriteEndObject();
            json.WriteString("text", text);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static async Task WriteAsync(HttpContext context, int status, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
