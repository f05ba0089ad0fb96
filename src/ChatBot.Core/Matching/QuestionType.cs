namespace ChatBot.Core.Matching;

/// <summary>What kind of thing a question asks for; a "when" question must not be answered with a place.</summary>
public enum QuestionType
{
    /// <summary>No telling question word (what, which, yes/no...).</summary>
    Open,

    /// <summary>who, whom, whose.</summary>
    Person,

    /// <summary>when, what date, which day, what year.</summary>
    Time,

    /// <summary>what year, which year: only an answer that names a year fits.</summary>
    Year,

    /// <summary>when will, when is ... going to: asks for a date still to come, which only an announced plan answers.</summary>
    FutureTime,

    /// <summary>where, what place, which city.</summary>
    Place,

    /// <summary>how much, how many, what amount.</summary>
    Quantity,

    /// <summary>how long, for how many years.</summary>
    Duration,

    /// <summary>how was it done, how did they react: asks for a manner or a process.</summary>
    Manner,

    /// <summary>why.</summary>
    Reason,

    /// <summary>what time, what hour, time of day: only an answer with a clock time fits.</summary>
    Clock,

    /// <summary>do you think, your opinion, your view: asks the bot's own view, which no fact answers.</summary>
    Opinion,

    /// <summary>"What did Russia sign?", "what does the treaty say?": what someone or something did or said, a thing.</summary>
    Object,
}
