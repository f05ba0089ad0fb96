using ChatBot.Discord.Messaging;
using ChatBot.Discord.Options;
using ChatBot.Discord.Rest;
using ChatBot.Discord.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Gateway;

/// <summary>
/// The gateway state machine across connections: identify at the <c>/gateway/bot</c> URL, resume at
/// <c>resume_gateway_url</c> (capped attempts), start a new session after op 9 false or 4007/4009, stop on fatal
/// close codes with one error line, and back off with jitter on every reconnect path.
/// Hand-written because no Discord library is available from this project's package registry.
/// </summary>
internal sealed class GatewayClient
{
    private readonly IGatewayTransport _transport;
    private readonly DiscordRestClient _rest;
    private readonly GatewaySession _session;
    private readonly BotIdentity _identity;
    private readonly IDispatchSink _sink;
    private readonly DiscordOptions _options;
    private readonly GatewayTimings _timings;
    private readonly TimeProvider _time;
    private readonly ILogger<GatewayClient> _logger;
    private readonly Backoff _backoff;

    public GatewayClient(
        IGatewayTransport transport,
        DiscordRestClient rest,
        GatewaySession session,
        BotIdentity identity,
        IDispatchSink sink,
        IOptions<DiscordOptions> options,
        GatewayTimings timings,
        TimeProvider time,
        ILogger<GatewayClient> logger,
        Random? random = null)
    {
        _transport = transport;
        _rest = rest;
        _session = session;
        _identity = identity;
        _sink = sink;
        _options = options.Value;
        _timings = timings;
        _time = time;
        _logger = logger;
        _backoff = new Backoff(timings, random ?? Random.Shared);
    }

    /// <summary>Runs until <paramref name="stopping"/> is cancelled or a fatal close code; never throws for Discord's behaviour.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        var wantResume = false;
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var resume = wantResume && _session.CanResume;
                if (resume && _session.ResumeAttempts >= _options.MaxResumeAttempts)
                {
                    _logger.LogWarning("Resuming failed {Attempts} times in a row; identifying a new session", _session.ResumeAttempts);
                    resume = false;
                }

                Uri url;
                if (resume)
                {
                    url = GatewayUri(_session.ResumeUrl!);
                    _session.ResumeAttempts++;
                }
                else
                {
                    var (result, info) = await _rest.GetGatewayBotAsync(stopping).ConfigureAwait(false);
                    if (info is null)
                    {
                        if (result.IsAuthFailure)
                        {
                            _logger.LogError(
                                "Discord refused GET /gateway/bot with HTTP {Status}: the token was rejected; check Discord:Token. The Discord adapter has stopped.",
                                result.Status);
                            return;
                        }

                        _logger.LogWarning("Could not get the gateway URL: {Result}; retrying", result.Describe());
                        await DelayAsync(_backoff.Next(), stopping).ConfigureAwait(false);
                        continue;
                    }

                    if (info.SessionStartLimit is { Remaining: <= 0 } limit)
                    {
                        _logger.LogWarning("The identify budget is used up; waiting {Seconds:0} s for it to reset", limit.ResetAfter / 1000.0);
                        await DelayAsync(TimeSpan.FromMilliseconds(limit.ResetAfter), stopping).ConfigureAwait(false);
                    }

                    url = GatewayUri(info.Url);
                    _session.Reset();
                }

                var outcome = await RunConnectionAsync(url, resume, stopping).ConfigureAwait(false);
                if (outcome.Established)
                {
                    _backoff.Reset();
                }

                switch (outcome.End)
                {
                    case ConnectionEnd.Stopped:
                        return;
                    case ConnectionEnd.Fatal:
                        _logger.LogError(
                            "Discord closed the gateway with code {Code}: {Reason}. The Discord adapter has stopped and will not reconnect.",
                            outcome.CloseCode,
                            outcome.Reason);
                        return;
                    case ConnectionEnd.Reidentify:
                        _logger.LogInformation("Gateway session ended ({Reason}); identifying a new session", outcome.Reason);
                        _session.Reset();
                        wantResume = false;
                        await DelayAsync(_backoff.NewSessionDelay() + _backoff.Next(), stopping).ConfigureAwait(false);
                        continue;
                    case ConnectionEnd.Resume:
                        _logger.LogInformation("Gateway connection ended ({Reason}); resuming", outcome.Reason);
                        wantResume = true;
                        break;
                    default:
                        _logger.LogWarning("Gateway connection failed ({Reason}); retrying", outcome.Reason);
                        break;
                }

                await DelayAsync(_backoff.Next(), stopping).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutdown.
        }
    }

    private async Task<ConnectionOutcome> RunConnectionAsync(Uri url, bool resume, CancellationToken stopping)
    {
        try
        {
            var connection = new GatewayConnection(_transport, _session, _identity, _sink, _options, _timings, _backoff, _time, _logger);
            return await connection.RunAsync(url, resume, stopping).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            // A bug or an unexpected socket state must not end the adapter: log it and reconnect with backoff.
            _logger.LogError(ex, "The gateway connection failed unexpectedly; reconnecting");
            return new ConnectionOutcome(ConnectionEnd.Resume, "unexpected failure");
        }
    }

    private static Uri GatewayUri(string url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;

    private Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, _time, cancellationToken);
}
