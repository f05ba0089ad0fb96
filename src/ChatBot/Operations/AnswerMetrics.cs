using System.Diagnostics;
using System.Diagnostics.Metrics;
using ChatBot.Core.Answers;
using ChatBot.Moderation.Log;

namespace ChatBot.Operations;

/// <summary>
/// The bot's metrics on the meter "ChatBot", created through <see cref="IMeterFactory"/> so OpenTelemetry or dotnet-counters
/// can read them: counters chatbot.questions (every question), chatbot.answered, chatbot.declined, and the histogram
/// chatbot.answer.duration in ms; all tagged with platform and kind ("answered", "smalltalk", "didyoumean", "declined").
/// </summary>
internal sealed class AnswerMetrics
{
    public const string MeterName = "ChatBot";

    private readonly Counter<long> _questions;
    private readonly Counter<long> _answered;
    private readonly Counter<long> _declined;
    private readonly Histogram<double> _duration;

    public AnswerMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _questions = meter.CreateCounter<long>("chatbot.questions", "{question}", "Questions the bot replied to, any kind of reply.");
        _answered = meter.CreateCounter<long>("chatbot.answered", "{question}", "Questions answered with a fact from the article.");
        _declined = meter.CreateCounter<long>("chatbot.declined", "{question}", "Questions declined because the article does not say.");
        _duration = meter.CreateHistogram<double>("chatbot.answer.duration", "ms", "Time to produce a reply.");
    }

    public void Record(string platform, AnswerKind kind, TimeSpan elapsed)
    {
        var tags = new TagList { { "platform", platform }, { "kind", KindNames.ToName(kind) } };
        _questions.Add(1, tags);
        if (kind == AnswerKind.Answered)
        {
            _answered.Add(1, tags);
        }
        else if (kind == AnswerKind.Declined)
        {
            _declined.Add(1, tags);
        }

        _duration.Record(elapsed.TotalMilliseconds, tags);
    }
}
