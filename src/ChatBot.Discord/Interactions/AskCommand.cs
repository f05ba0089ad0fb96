using System.Text.Json.Nodes;

namespace ChatBot.Discord.Interactions;

/// <summary>The <c>/ask question:</c> slash command: its name, option and registration body.</summary>
internal static class AskCommand
{
    public const string Name = "ask";
    public const string QuestionOption = "question";

    /// <summary>The body of <c>PUT .../commands</c> (the PUT replaces the whole set, so it lists every command).</summary>
    public static JsonArray Definitions() =>
    [
        new JsonObject
        {
            ["name"] = Name,
            ["type"] = 1,
            ["description"] = "Ask a question about the article",
            ["options"] = new JsonArray(new JsonObject
            {
                ["type"] = 3,
                ["name"] = QuestionOption,
                ["description"] = "Your question",
                ["required"] = true,
                ["max_length"] = 500,
            }),
        },
    ];
}
