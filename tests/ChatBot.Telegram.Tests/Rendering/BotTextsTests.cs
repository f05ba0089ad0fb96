using ChatBot.Core.Knowledge;
using ChatBot.Telegram.Rendering;
using ChatBot.Telegram.Tests.Support;

namespace ChatBot.Telegram.Tests.Rendering;

public class BotTextsTests
{
    private static readonly SourceDocument Article = new("a", "Treaty <signed> & sealed", "by Sally & Co", []);

    [Fact]
    public void SourcesNameTheTitleAndBylineEscapedAndExplainCitations()
    {
        var html = BotTexts.Sources([Article]);

        HtmlChecks.AssertWellFormed(html);
        Assert.StartsWith("<b>Treaty &lt;signed&gt; &amp; sealed</b>\n<i>by Sally &amp; Co</i>\n", html);
        Assert.Contains("paragraph", html);
    }

    [Fact]
    public void WelcomeAndHelpMentionTheBotAndTheAskCommand()
    {
        var welcome = BotTexts.Welcome([Article], "article_qa_bot");
        var help = BotTexts.Help("article_qa_bot");

        HtmlChecks.AssertWellFormed(welcome);
        HtmlChecks.AssertWellFormed(help);
        Assert.Contains("<b>Treaty &lt;signed&gt; &amp; sealed</b>", welcome);
        Assert.Contains("@article_qa_bot", help);
        Assert.Contains("/ask", help);
        Assert.EndsWith(help, welcome);
    }
}
