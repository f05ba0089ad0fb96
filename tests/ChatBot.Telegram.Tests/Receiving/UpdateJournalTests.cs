using ChatBot.Telegram.Receiving;
using ChatBot.Telegram.Tests.Support;
using ChatBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Telegram.Tests.Receiving;

public class UpdateJournalTests
{
    [Fact]
    public void OffsetAndUnansweredUpdatesSurviveReopening()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "sub", "journal.json");
        var journal = UpdateJournal.Open(path, NullLogger.Instance);
        journal.Received(13, [(10, """{"update_id":10}"""), (12, """{"update_id":12,"message":{"text":"é \" \\ <"}}""")]);
        journal.Completed(10);

        var reopened = UpdateJournal.Open(path, NullLogger.Instance);

        Assert.Equal(13, reopened.Offset);
        Assert.Equal([(12, """{"update_id":12,"message":{"text":"é \" \\ <"}}""")], reopened.Pending);
        Assert.False(File.Exists(path + ".tmp"));
    }

    [Fact]
    public void AnUnreadableFileStartsAfreshInsteadOfStoppingTheBot()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "journal.json");
        File.WriteAllText(path, "{ not json");

        var journal = UpdateJournal.Open(path, NullLogger.Instance);

        Assert.Equal(0, journal.Offset);
        Assert.Empty(journal.Pending);
    }
}
