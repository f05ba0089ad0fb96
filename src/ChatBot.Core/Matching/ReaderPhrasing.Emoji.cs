namespace ChatBot.Core.Matching;

internal static partial class ReaderPhrasing
{
    /// <summary>
    /// <paramref name="text"/> with the emoji that stand for a word in that word: "who ✍️ the deal" asks who signed it,
    /// "putin dropping 💸 on ossetia" is money, "when was it ✍️ 📅" asks the date, "🇷🇺 and 🇬🇪" are Russia and
    /// Georgia. An emoji beside words that already say it only decorates them ("russia 🇷🇺 signed what", "who wrote
    /// this article ✍️", "what happened with crimea 🇺🇦") and goes. Every other emoji is the reader's mood, which the
    /// tokenizer drops as it drops any sign.
    /// </summary>
    public static string WithEmojiRead(string text)
    {
        // Most messages have no character outside the Basic Multilingual Plane and no "✍" (U+270D) or "⌛" in it.
        if (!text.Any(c => char.IsSurrogate(c) || c is '✍' or '✒' or '⌛' or '⏳'))
        {
            return text;
        }

        text = text.Replace("\uFE0F", string.Empty);
        var said = Word().Matches(text).Select(w => w.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var (emoji, word, saidAlready) in EmojiWords)
        {
            if (text.Contains(emoji, StringComparison.Ordinal))
            {
                var decorates = said.Contains(word) || saidAlready.Split(' ').Any(said.Contains);
                text = text.Replace(emoji, decorates ? " " : $" {word} ", StringComparison.Ordinal);
            }
        }

        return text;
    }

    // The emoji readers use in place of the article's words, with the words that say as much already. Faces, hands and
    // hearts say how the reader feels, and stay unread.
    private static readonly (string Emoji, string Word, string SaidAlready)[] EmojiWords =
    [
        ("✍", "signed", Signing), ("🖊", "signed", Signing), ("🖋", "signed", Signing), ("✒", "signed", Signing),
        ("💰", "money", Money), ("💸", "money", Money), ("💵", "money", Money), ("💶", "money", Money), ("💷", "money", Money),
        ("💴", "money", Money), ("🤑", "money", Money),
        ("📅", "date", "when date day year month"), ("🗓", "date", "when date day year month"), ("📆", "date", "when date day year month"),
        ("⌛", "how long", "long term years expire"), ("⏳", "how long", "long term years expire"),
        ("🛂", "border", "border borders frontier frontiers"), ("🪖", "troops", "troops army military soldiers forces"),
        ("🤝", "agreement", "agreement treaty deal pact signed sign"), ("🤖", "bot", "bot ai robot"),
        ("🇷🇺", "russia", "russia russian russians moscow kremlin putin"), ("🇬🇪", "georgia", "georgia georgian georgians tbilisi"),
        ("🇪🇺", "eu", "eu europe european mogherini brussels"), ("🇺🇸", "usa", "us usa america american americans washington psaki"),
        ("🇺🇦", "ukraine", "ukraine ukrainian kiev kyiv crimea donbass donbas"),
    ];

    private const string Signing = "sign signs signed signing signature signatures signatories signatory wrote write writes written writer author article journalist";
    private const string Money = "money cash rubles roubles ruble rouble billion billions million funding funds pledge pledged pledges";
}
