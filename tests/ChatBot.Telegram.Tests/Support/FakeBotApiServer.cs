using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Tests.Support;

/// <summary>
/// A loopback Bot API server (real HTTP, Kestrel on 127.0.0.1:0): POST /bot{token}/{method} with JSON bodies, answered
/// {"ok":true,"result":...}. It queues updates for getUpdates (honouring offset, forgetting confirmed updates, and
/// long-polling until an update is queued or the timeout passes), records every call, lets a test await the next call of
/// a method, and can be scripted to fail a call (429 with retry_after, 500, or any raw body such as truncated JSON) or to
/// reject the token on getMe.
/// </summary>
public sealed class FakeBotApiServer : IAsyncDisposable
{
    public const long BotId = 7000001;
    public const string Token = "7000001:AAFakeToken_for-tests-0123456789";
    public const string BotUsername = "article_qa_bot";

    private readonly WebApplication _app;
    private readonly object _gate = new();
    private readonly SortedDictionary<int, JsonObject> _updates = [];
    private readonly List<RecordedCall> _calls = [];
    private readonly ConcurrentDictionary<string, Channel<RecordedCall>> _byMethod = new();
    private readonly ConcurrentDictionary<string, Channel<RecordedCall>> _arrivals = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedFailure>> _failures = new();
    private readonly Dictionary<int, TaskCompletionSource> _confirmations = [];
    private TaskCompletionSource _updateQueued = NewSignal();
    private int _nextUpdateId = 500;
    private int _nextMessageId = 9000;

    private FakeBotApiServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>When set, getMe (and every other call) answers 401 Unauthorized.</summary>
    public bool RejectToken { get; set; }

    public static async Task<FakeBotApiServer> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeBotApiServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Urls.First());
        return server;
    }

    /// <summary>Queues an update (its update_id is assigned here and returned).</summary>
    public int Enqueue(JsonObject update)
    {
        lock (_gate)
        {
            var id = _nextUpdateId++;
            update["update_id"] = id;
            _updates[id] = update;
            _confirmations[id] = NewSignal();
            _updateQueued.TrySetResult();
            _updateQueued = NewSignal();
            return id;
        }
    }

    /// <summary>Makes the next call of <paramref name="method"/> fail as scripted (failures queue up in order).</summary>
    public void FailNext(string method, ScriptedFailure failure) =>
        _failures.GetOrAdd(method, _ => new ConcurrentQueue<ScriptedFailure>()).Enqueue(failure);

    /// <summary>The next call of <paramref name="method"/> not yet taken by an earlier NextAsync, in arrival order.</summary>
    public Task<RecordedCall> NextAsync(string method, CancellationToken cancellationToken = default) =>
        Channel(method).Reader.ReadAsync(cancellationToken).AsTask();

    /// <summary>
    /// The next call of <paramref name="method"/> to arrive, before it is answered (Status 0): for long polls, which are
    /// recorded by <see cref="NextAsync"/> only when they return.
    /// </summary>
    public Task<RecordedCall> NextArrivalAsync(string method, CancellationToken cancellationToken = default) =>
        _arrivals.GetOrAdd(method, _ => System.Threading.Channels.Channel.CreateUnbounded<RecordedCall>()).Reader.ReadAsync(cancellationToken).AsTask();

    /// <summary>Every call of <paramref name="method"/> so far.</summary>
    public IReadOnlyList<RecordedCall> Calls(string method)
    {
        lock (_calls)
        {
            return [.. _calls.Where(c => c.Method == method)];
        }
    }

    /// <summary>Completes once a getUpdates offset above <paramref name="updateId"/> has confirmed (and so forgotten) it.</summary>
    public Task ConfirmedAsync(int updateId)
    {
        lock (_gate)
        {
            return _confirmations[updateId].Task;
        }
    }

    /// <summary>Updates still held (not confirmed by a later getUpdates offset).</summary>
    public IReadOnlyList<int> UnconfirmedUpdateIds
    {
        get
        {
            lock (_gate)
            {
                return [.. _updates.Keys];
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Channel<RecordedCall> Channel(string method) =>
        _byMethod.GetOrAdd(method, _ => System.Threading.Channels.Channel.CreateUnbounded<RecordedCall>());

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var prefix = $"/bot{Token}/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            await WriteAsync(context, 404, new JsonObject { ["ok"] = false, ["error_code"] = 404, ["description"] = "Not Found" });
            return;
        }

        var method = path[prefix.Length..];
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        var json = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text).RootElement.Clone();
        _arrivals.GetOrAdd(method, _ => System.Threading.Channels.Channel.CreateUnbounded<RecordedCall>()).Writer.TryWrite(new RecordedCall(method, json, 0));

        var failure = !RejectToken && _failures.TryGetValue(method, out var queue) && queue.TryDequeue(out var next) ? next : null;
        JsonObject? response;
        int status;
        if (RejectToken)
        {
            (status, response) = (401, Error(401, "Unauthorized"));
        }
        else if (failure is { RawBody: not null })
        {
            (status, response) = (failure.Status, null);
        }
        else if (failure is not null)
        {
            response = Error(failure.Status, failure.Description);
            if (failure.RetryAfter is { } retryAfter)
            {
                response["parameters"] = new JsonObject { ["retry_after"] = retryAfter };
            }

            status = failure.Status;
        }
        else
        {
            var result = method == "getUpdates" ? await GetUpdatesAsync(json, context.RequestAborted) : Result(method, json);
            response = result is null
                ? Error(404, "Not Found: method not found")
                : new JsonObject { ["ok"] = true, ["result"] = result };
            status = result is null ? 404 : 200;
        }

        var call = new RecordedCall(method, json, status, response?["result"] is { } answered ? JsonDocument.Parse(answered.ToJsonString()).RootElement.Clone() : null);
        lock (_calls)
        {
            _calls.Add(call);
        }

        Channel(method).Writer.TryWrite(call);
        if (response is null)
        {
            // A scripted raw body: truncated JSON, an HTML error page, whatever the test needs the client to read.
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(failure!.RawBody!, context.RequestAborted);
            return;
        }

        await WriteAsync(context, status, response);
    }

    private async Task<JsonNode> GetUpdatesAsync(JsonElement request, CancellationToken aborted)
    {
        var offset = request.TryGetProperty("offset", out var o) ? o.GetInt32() : 0;
        var timeout = TimeSpan.FromSeconds(request.TryGetProperty("timeout", out var t) ? t.GetInt32() : 0);
        var deadline = Task.Delay(timeout, aborted);
        while (true)
        {
            Task queued;
            lock (_gate)
            {
                // Like Telegram: a poll with a higher offset confirms, and so forgets, every update below it.
                foreach (var confirmed in _updates.Keys.Where(id => id < offset).ToList())
                {
                    _updates.Remove(confirmed);
                    _confirmations[confirmed].TrySetResult();
                }

                if (_updates.Count > 0)
                {
                    return new JsonArray([.. _updates.Values.Take(100).Select(u => u.DeepClone())]);
                }

                queued = _updateQueued.Task;
            }

            if (await Task.WhenAny(queued, deadline) == deadline)
            {
                return new JsonArray();
            }
        }
    }

    private JsonNode? Result(string method, JsonElement request) => method switch
    {
        "getMe" => new JsonObject
        {
            ["id"] = BotId,
            ["is_bot"] = true,
            ["first_name"] = "Article QA",
            ["username"] = BotUsername,
            ["can_join_groups"] = true,
        },
        "sendMessage" => new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _nextMessageId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = request.GetProperty("chat_id").GetInt64(), ["type"] = "private" },
            ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Article QA", ["username"] = BotUsername },
            ["text"] = request.GetProperty("text").GetString(),
        },
        "setMyCommands" or "deleteWebhook" or "setWebhook" or "answerCallbackQuery" or "answerInlineQuery" => true,
        _ => null,
    };

    private static JsonObject Error(int code, string description) =>
        new() { ["ok"] = false, ["error_code"] = code, ["description"] = description };

    private static async Task WriteAsync(HttpContext context, int status, JsonObject response)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.ToJsonString(), context.RequestAborted);
    }
}
