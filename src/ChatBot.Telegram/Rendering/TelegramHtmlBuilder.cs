using System.Text;

namespace ChatBot.Telegram.Rendering;

/// <summary>
/// Builds a Telegram HTML message from escaped text and tags within a length budget: when the budget runs out it ends
/// the text with an ellipsis and still closes every open tag, so a cut never falls inside a tag or an entity.
/// </summary>
internal sealed class TelegramHtmlBuilder(int maxLength = TelegramHtml.MaxMessageLength)
{
    private const string Ellipsis = "\u2026";
    private readonly StringBuilder _html = new();

    // Closing tags still owed; null marks a tag that was refused because the budget had run out.
    private readonly Stack<string?> _open = new();
    private int _closingLength;

    /// <summary>True once something had to be left out.</summary>
    public bool Truncated { get; private set; }

    /// <summary>Appends user- or file-derived text, escaped; control characters other than line breaks are dropped.</summary>
    public TelegramHtmlBuilder Text(string text)
    {
        for (var i = 0; i < text.Length && !Truncated; i++)
        {
            var c = text[i];
            string piece;
            if (char.IsHighSurrogate(c))
            {
                // A pair stays whole; a lone surrogate is not valid text and Telegram would reject the message.
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    continue;
                }

                piece = text.Substring(i++, 2);
            }
            else if (char.IsLowSurrogate(c) || (char.IsControl(c) && c is not '\n' and not '\t'))
            {
                continue;
            }
            else
            {
                piece = TelegramHtml.Escape(c);
            }

            if (!Fits(piece.Length))
            {
                Cut();
                break;
            }

            _html.Append(piece);
        }

        return this;
    }

    /// <summary>Opens a tag (a name from this code, never from input) that <see cref="Close"/> ends.</summary>
    public TelegramHtmlBuilder Open(string tag)
    {
        var opening = $"<{tag}>";
        var closing = $"</{tag}>";
        if (Truncated || !Fits(opening.Length + closing.Length))
        {
            Cut();
            _open.Push(null);
            return this;
        }

        _html.Append(opening);
        _open.Push(closing);
        _closingLength += closing.Length;
        return this;
    }

    /// <summary>Closes the most recently opened tag.</summary>
    public TelegramHtmlBuilder Close()
    {
        if (_open.Pop() is { } closing)
        {
            _html.Append(closing);
            _closingLength -= closing.Length;
        }

        return this;
    }

    /// <summary>Appends <paramref name="text"/> inside one tag.</summary>
    public TelegramHtmlBuilder Tagged(string tag, string text) => Open(tag).Text(text).Close();

    /// <summary>The message, with any tags still open closed.</summary>
    public string Build()
    {
        while (_open.Count > 0)
        {
            Close();
        }

        return _html.ToString();
    }

    // Room is always kept for the owed closing tags and an ellipsis, so cutting never overflows.
    private bool Fits(int length) => _html.Length + length + _closingLength + Ellipsis.Length <= maxLength;

    private void Cut()
    {
        if (!Truncated)
        {
            Truncated = true;
            _html.Append(Ellipsis);
        }
    }
}
