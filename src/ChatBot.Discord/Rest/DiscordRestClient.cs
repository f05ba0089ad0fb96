using System.Globalization;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Discord.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Rest;

/// <summary>
/// Discord REST over <see cref="HttpClient"/> (hand-written: no Discord library is available from the package registry).
/// Every request carries <c>Authorization: Bot TOKEN</c> and <c>User-Agent: DiscordBot (url, version)</c>; rate limits are
/// honoured per bucket, a 429 is waited out for its <c>retry_after</c> seconds and retried, 401/403 are never retried.
/// Failures come back as a <see cref="RestResult"/>, not as exceptions, with the bot token and the path's interaction
/// token masked in its body and error (a proxy's error page or an error message may echo the URL or the headers).
/// </summary>
internal sealed class DiscordRestClient
{
    /// <summary>Name of the HttpClient registered for Discord.</summary>
    public const string HttpClientName = "ChatBot.Discord";

    private const int MaxAttempts = 5;
    private const string Mask = "[redacted]";

    private readonly IHttpClientFactory _clients;
    private readonly RateLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly string _baseUrl;
    private readonly string _token;
    private readonly string _userAgent;

    public DiscordRestClient(IHttpClientFactory clients, IOptions<DiscordOptions> options, RateLimiter limiter, TimeProvider time, ILogger<DiscordRestClient> logger)
    {
        _clients = clients;
        _limiter = limiter;
        _time = time;
        _logger = logger;
        _baseUrl = options.Value.ApiBaseUrl.TrimEnd('/');
        _token = options.Value.Token;
        var version = typeof(DiscordRestClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0";
        _userAgent = $"DiscordBot ({options.Value.ProjectUrl}, {version})";
    }

    /// <summary><c>GET /gateway/bot</c>: where to connect, and the identify budget.</summary>
    public async Task<(RestResult Result, GatewayBotInfo? Info)> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        var result = await SendAsync(HttpMethod.Get, "gateway/bot", null, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            return (result, null);
        }

        try
        {
            var info = JsonSerializer.Deserialize<GatewayBotInfo>(result.Body, DiscordJson.Options);
            return info is null || !Uri.TryCreate(info.Url, UriKind.Absolute, out _)
                ? (result with { Status = 0, Error = "gateway/bot returned no usable url" }, null)
                : (result, info);
        }
        catch (JsonException ex)
        {
            return (result with { Status = 0, Error = "gateway/bot returned malformed JSON: " + ex.Message }, null);
        }
    }

    /// <summary>Sends <paramref name="body"/> (or nothing) to <c>{ApiBaseUrl}/{path}</c>, waiting out rate limits.</summary>
    public async Task<RestResult> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        var route = RouteKey.For(method, path);
        var major = RouteKey.MajorParameters(path);
        var json = body?.ToJsonString();
        for (var attempt = 1; ; attempt++)
        {
            await _limiter.WaitAsync(route, cancellationToken).ConfigureAwait(false);
            (int Status, string Body, HttpResponseHeaders Headers) response;
            try
            {
                response = await ExchangeAsync(method, path, json, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Network failure or HttpClient's own timeout (not our cancellation): transient, retry a little.
                if (attempt >= 3)
                {
                    return new RestResult(0, "", Redact(ex.Message, path));
                }

                _logger.LogWarning("Discord {Route} failed ({Error}); retrying", route, Redact(ex.Message, path));
                await Task.Delay(TimeSpan.FromSeconds(attempt), _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            _limiter.Update(route, major, response.Headers);
            if (response.Status == 429 && attempt < MaxAttempts)
            {
                var (retryAfter, global) = RetryAfter(response.Body, response.Headers);
                _limiter.OnRateLimited(route, retryAfter, global);
                _logger.LogWarning("Discord rate limited {Route}{Scope}; retrying in {Seconds:0.###} s", route, global ? " (global)" : "", retryAfter.TotalSeconds);
                continue;
            }

            if (response.Status >= 500 && attempt < 3)
            {
                _logger.LogWarning("Discord {Route} answered HTTP {Status}; retrying", route, response.Status);
                await Task.Delay(TimeSpan.FromSeconds(attempt), _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            // 401/403 (and other 4xx) are returned at once: retrying them only counts toward Discord's invalid-request ban.
            return new RestResult(response.Status, Redact(response.Body, path));
        }
    }

    private string Redact(string text, string path)
    {
        if (_token.Length > 0)
        {
            text = text.Replace(_token, Mask, StringComparison.Ordinal);
        }

        foreach (var token in RouteKey.Tokens(path))
        {
            text = text.Replace(token, Mask, StringComparison.Ordinal).Replace(Uri.UnescapeDataString(token), Mask, StringComparison.Ordinal);
        }

        return text;
    }

    private async Task<(int Status, string Body, HttpResponseHeaders Headers)> ExchangeAsync(HttpMethod method, string path, string? json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, $"{_baseUrl}/{path}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _token);
        request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await _clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return ((int)response.StatusCode, body, response.Headers);
    }

    private static (TimeSpan RetryAfter, bool Global) RetryAfter(string body, HttpResponseHeaders headers)
    {
        double? seconds = null;
        var global = headers.TryGetValues("X-RateLimit-Global", out var g) && g.FirstOrDefault() is "true" or "True";
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("retry_after", out var value) && value.ValueKind == JsonValueKind.Number)
                {
                    seconds = value.GetDouble();
                }

                global |= root.TryGetProperty("global", out var isGlobal) && isGlobal.ValueKind == JsonValueKind.True;
            }
        }
        catch (JsonException)
        {
            // Cloudflare-level 429s come as HTML; fall back to the header.
        }

        if (seconds is null && headers.TryGetValues("Retry-After", out var header)
            && double.TryParse(header.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var fromHeader))
        {
            seconds = fromHeader;
        }

        // retry_after is in SECONDS (fractional); never wait less than a moment, never trust an absurd value.
        return (TimeSpan.FromSeconds(Math.Clamp(seconds ?? 1, 0.05, 3600)), global);
    }
}
