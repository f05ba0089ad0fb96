using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Tests.Support;

/// <summary>
/// Discord on loopback: one Kestrel app on 127.0.0.1:0 serving the REST API under /api/v10 (every call recorded, 429s and
/// errors scriptable) and real WebSocket gateway endpoints at /gateway and /resume, each connection handed to the test.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<ScriptedResponse> _scripted = [];
    private WebApplication? _app;
    private int _nextId = 900_000;

    public AsyncLog<RecordedRequest> Requests { get; } = new();

    public AsyncLog<FakeGatewayConnection> Connections { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public string ApiBaseUrl => BaseUrl + "/api/v10";

    public string GatewayUrl => BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway";

    public string ResumeUrl => BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume";

    public static async Task<FakeDiscordServer> StartAsync()
    {
        var server = new FakeDiscordServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.UseWebSockets();
        app.Map("/gateway", server.AcceptGatewayAsync);
        app.Map("/resume", server.AcceptGatewayAsync);
        app.Map("/api/v10/{**path}", server.ServeRestAsync);
        await app.StartAsync();
        server._app = app;
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return server;
    }

    /// <summary>The next request whose method and path match gets this answer instead of the default one.</summary>
    public void Script(string method, Func<string, bool> path, int status, string body, IReadOnlyDictionary<string, string>? headers = null)
    {
        lock (_gate)
        {
            _scripted.Add(new ScriptedResponse((m, p) => m == method && path(p), status, body, headers ?? new Dictionary<string, string>()));
        }
    }

    public Task<FakeGatewayConnection> NextConnectionAsync() => Connections.TakeAsync(_ => true, "a gateway connection");

    public Task<RecordedRequest> NextRequestAsync(string method, Func<string, bool> path, string what) =>
        Requests.TakeAsync(r => r.Method == method && path(r.Path), what);

    /// <summary>The next reply posted to <paramref name="channelId"/>.</summary>
    public Task<RecordedRequest> NextMessageAsync(string channelId) =>
        NextRequestAsync("POST", p => p == $"channels/{channelId}/messages", $"a message in channel {channelId}");

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }
    }

    private async Task AcceptGatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(context, socket);
        var running = connection.RunAsync();
        Connections.Add(connection);
        await running;
    }

    private async Task ServeRestAsync(HttpContext context)
    {
        var path = ((string?)context.Request.RouteValues["path"] ?? "").Trim('/');
        var method = context.Request.Method;
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync();
        var body = text.Length == 0 ? null : JsonNode.Parse(text);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);

        ScriptedResponse? scripted;
        lock (_gate)
        {
            scripted = _scripted.FirstOrDefault(s => s.Match(method, path));
            if (scripted is not null)
            {
                _scripted.Remove(scripted);
            }
        }

        var (status, responseBody, responseHeaders) = scripted is not null
            ? (scripted.Status, scripted.Body, scripted.Headers)
            : Default(method, path, body);
        Requests.Add(new RecordedRequest(method, path, headers, body, status, responseBody));
        context.Response.StatusCode = status;
        foreach (var (name, value) in responseHeaders)
        {
            context.Response.Headers[name] = value;
        }

        if (responseBody.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(responseBody);
        }
    }

    private (int Status, string Body, IReadOnlyDictionary<string, string> Headers) Default(string method, string path, JsonNode? body)
    {
        var none = new Dictionary<string, string>();
        var segments = path.Split('/');
        return (method, segments) switch
        {
            ("GET", ["gateway", "bot"]) => (200, new JsonObject
            {
                ["url"] = GatewayUrl,
                ["shards"] = 1,
                ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 0, ["max_concurrency"] = 1 },
            }.ToJsonString(), none),
            ("POST", ["channels", var channel, "messages"]) => (200, new JsonObject
            {
                ["id"] = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["channel_id"] = channel,
            }.ToJsonString(), none),
            ("POST", ["interactions", _, _, "callback"]) => (204, "", none),
            ("PATCH", ["webhooks", _, _, "messages", "@original"]) => (200, new JsonObject { ["id"] = "1" }.ToJsonString(), none),
            ("PUT", ["applications", ..]) => (200, body?.ToJsonString() ?? "[]", none),
            _ => (404, """{"message": "Unknown route", "code": 0}""", none),
        };
    }
}
