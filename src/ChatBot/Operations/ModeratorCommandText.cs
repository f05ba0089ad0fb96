namespace ChatBot.Operations;

/// <summary>Recognizes "/reload", "!reload", "/stats" and "!stats" (any case, an "@botname" suffix and trailing words allowed).</summary>
internal static class ModeratorCommandText
{
    public static bool TryParse(string question, out ModeratorCommand command, out string name)
    {
        command = default;
        var text = question.AsSpan().Trim();
        if (text.Length < 2 || text[0] is not ('/' or '!'))
        {
            name = string.Empty;
            return false;
        }

        var end = text.IndexOfAny(" \t\r\n@");
        var word = (end < 0 ? text[1..] : text[1..end]).ToString().ToLowerInvariant();
        name = text[0] + word;
        switch (word)
        {
            case "reload":
                command = ModeratorCommand.Reload;
                return true;
            case "stats":
                command = ModeratorCommand.Stats;
                return true;
            default:
                return false;
        }
    }
}
