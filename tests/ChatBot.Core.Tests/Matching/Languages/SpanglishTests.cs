using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class SpanglishTests
{
    [Theory]
    [InlineData("quién firmó el tratado?", "who signed the treaty?")]
    [InlineData("es por 50 años, verdad?", "is for 50 years, right?")]
    [InlineData("Cómo se llama el tratado?", "what is the name of the treaty?")]
    [InlineData("oye cuánta lana le dio Rusia?", " how much money  gave Russia?")]
    [InlineData("¿Cuánto dura el tratado?", "how long is the treaty?")]
    [InlineData("qué dice el tratado sobre la defensa?", "what does the treaty say about the defence?")]
    [InlineData("Rusia le prometió 9,2 mil millones a Abjasia?", "Russia  pledged 9.2 billion to Abkhazia?")]
    [InlineData("son 1.000 millones de rublos en 2016, ¿sí o no?", "are 1 billion of rubles in 2016, right?")]
    [InlineData("lo firmaron Putin y Tibilov, right?", "was signed by Putin and Tibilov, right?")]
    [InlineData("quién la preside?", "who chairs it?")]
    [InlineData("Psaki = portavoz del Departamento de Estado, correcto?", "Psaki is spokeswoman of the State Department, right?")]
    public void SpanishWordsAreReadInEnglish(string spanglish, string english)
    {
        Assert.Equal(english, Spanglish.InEnglish(spanglish));
    }

    [Theory]
    // Without accents or ¿, in the forms of vos, vosotros and ustedes, with regional words and the tags of each country.
    [InlineData("cuanto dinero le dan a osetia del sur", "how much money  give to South Ossetia")]
    [InlineData("vosotros sabéis quién lo firmó?", "you know who signed it?")]
    [InlineData("vos sabés cuándo se firmó?", "you know when  signed?")]
    [InlineData("ustedes saben qué dijo la UE?", "you know what did the EU say?")]
    [InlineData("che, y cuánta guita hay para el desarrollo?", "and how much money is there for the development?")]
    [InlineData("se firmó en Tiflis, ¿no?", " signed in Tbilisi, right?")]
    [InlineData("el tratado es por 25 años no?", "the treaty is for 25 years, right?")]
    [InlineData("y Georgia qué dijo?", "and Georgia what did they say?")]
    [InlineData("q dia lo firmaron", "what day signed it")]
    // Small talk.
    [InlineData("mil gracias crack", "thanks a lot ")]
    [InlineData("qué onda bot", "what's up bot")]
    [InlineData("vale, gracias tío", "ok, thanks ")]
    [InlineData("¿sos un robot?", "are you a robot?")]
    // Chat spellings, "que" with a second Spanish word, and the idioms of the talks.
    [InlineData("kien firmo el tratado", "who signed the treaty")]
    [InlineData("que es sokhumi", "what is sokhumi")]
    [InlineData("holi", "hello")]
    [InlineData("quien eres tu", "who are you")]
    [InlineData("de que se hablo en las reuniones de ginebra", "what did they talk about in the meetings of Geneva")]
    [InlineData("que pasa con los letreros de advertencia en la frontera", "what about the warning signs on the border")]
    [InlineData("la delegacion georgiana planteo el tema del tratado?", "the Georgian delegation raised the issue of the treaty?")]
    [InlineData("que dijeron sobre georgia entrando a la otan", "what did they say about georgia joining the NATO")]
    public void HowSpainAndLatinAmericaWriteIsRead(string spanish, string english)
    {
        Assert.Equal(english, Spanglish.InEnglish(spanish));
    }

    [Theory]
    // "firma la nota" is who wrote the article, no signing of the treaty; offices, expiry, the talks' wording.
    [InlineData("quien firma la nota?", "who wrote the article?")]
    [InlineData("¿De quién es esta noticia?", "who wrote this article?")]
    [InlineData("cuando caduca el tratado?", "when expires the treaty?")]
    [InlineData("¿Qué cargo ocupa Mogherini?", "what job has Mogherini?")]
    [InlineData("que organismos presidian las reuniones", "what organizations chaired the meetings")]
    [InlineData("por que rusia se quedo con crimea", "why Russia annexed crimea")]
    [InlineData("lo de la otan va contra algun acuerdo previo?", " of the NATO is contrary to any agreement previous?")]
    public void SpanishIdiomsAreRead(string spanish, string english)
    {
        Assert.Equal(english, Spanglish.InEnglish(spanish));
    }

    [Theory]
    [InlineData("was it 5 billion rubles? that's what my tío said", "was it 5 billion rubles? that's what my  said")]
    [InlineData("when fue la firma del treaty", "when was the signing of the treaty")]
    public void SpanishWordsInAnEnglishSentenceLeaveItsEnglishWords(string mixed, string english)
    {
        Assert.Equal(english, Spanglish.InEnglish(mixed));
    }

    [Theory]
    [InlineData("quién firmó el tratado?")]
    [InlineData("¿Qué dice el tratado sobre la defensa?")]
    [InlineData("lo firmaron Putin y Tibilov, ¿verdad?")]
    [InlineData("cuánta pasta se llevó Abjasia, tío")]
    public void ReadingTwiceReadsTheSame(string spanish)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = Spanglish.InEnglish(spanish);

        Assert.Equal(once, Spanglish.InEnglish(once));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("did El Salvador react?")]
    [InlineData("is Los Angeles in the article?")]
    [InlineData("no, I meant the money")]
    [InlineData("the treaty was signed in Moscow, no?")]
    [InlineData("so me and my son read it")]
    [InlineData("what did Lavrov say about the sale of the base?")]
    [InlineData("is the final text a real plan?")]
    [InlineData("What does pacta sunt servanda mean?")]
    [InlineData("coincides with the crimea anniversary")]
    [InlineData("who is Leonid Tibilov? a Transcaucasia leader?")]
    [InlineData("does the osetia treaty compare to the abkazia one")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Spanglish.InEnglish(english));
    }

    [Theory]
    [InlineData("ano sabi mismo ng NATO sa treaty?")]
    [InlineData("wetin be the money wey Putin promise?")]
    [InlineData("la Turquie en pense quoi?")]
    [InlineData("Tibilov kab se South Ossetia ka leader hai?")]
    [InlineData("cosa ha detto la UE?")]
    [InlineData("chi ha firmato il trattato?")]
    [InlineData("que fait la Russie?")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        // Tagalog's "mismo", Pidgin's "wey", French "pense", Hindi "se" and Italian "cosa" are words of their own there.
        Assert.Equal(other, Spanglish.InEnglish(other));
    }

    [Theory]
    [InlineData("¿Quién firmó el tratado?", "treaty-signatories")]
    [InlineData("q dia lo firmaron", "signing-date")]
    [InlineData("se firmó en el Kremlin, ¿no es así?", "signing-place")]
    [InlineData("¿Cuántos años va a durar el tratado?", "treaty-term")]
    [InlineData("¿Rusia va a proteger la frontera de Osetia del Sur?", "treaty-defence")]
    [InlineData("¿Qué pasará con las fuerzas armadas de Osetia del Sur?", "treaty-armed-forces")]
    [InlineData("güey, ¿cuánta lana le prometieron a Abjasia?", "pledge-abkhazia")]
    [InlineData("¿Cuánta plata le va a dar Rusia a Osetia del Sur?", "pledge-south-ossetia")]
    [InlineData("Tiflis lo llama anexión, no?", "georgia-reaction")]
    [InlineData("¿Qué dijo Psaki sobre el tratado?", "us-reaction")]
    [InlineData("¿Quién encabezó la delegación rusa?", "karasin-who")]
    [InlineData("¿Quiénes copresidieron las conversaciones?", "geneva-cochairs")]
    [InlineData("¿Cuándo será la próxima ronda de conversaciones en Ginebra?", "geneva-next-round")]
    [InlineData("¿De qué va el artículo?", "treaty-overview")]
    [InlineData("¿Quién escribió la nota?", "article-author")]
    [InlineData("quienes estaban sentados en la mesa en ginebra", "geneva-participants")]
    [InlineData("acercarse a la otan contradice los acuerdos de ginebra? cuales", "geneva-august-2008")]
    [InlineData("cuando se vuelven a juntar en ginebra", "geneva-next-round")]
    [InlineData("cuanto se comprometio moscu a pagarle a abjasia", "pledge-abkhazia")]
    [InlineData("quien represento a rusia en ginebra", "karasin-who")]
    [InlineData("europa condeno el tratado?", "eu-reaction")]
    [InlineData("abkhazia es un pais o que", "abkhazia-what")]
    [InlineData("quien firma la nota?", "article-author")]
    [InlineData("¿De quién es esta noticia?", "article-author")]
    [InlineData("cuando caduca el tratado?", "treaty-term")]
    [InlineData("¿Qué cargo ocupa Mogherini?", "mogherini-who")]
    [InlineData("que dijeron los demas paises del acuerdo", "reactions-overview")]
    [InlineData("que pasa con los daños a las señales fronterizas", "geneva-warning-signs")]
    [InlineData("¿Qué se conmemoraba en Rusia el día de la firma?", "crimea-anniversary")]
    public void ASpanishQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("hola!!", "greeting")]
    [InlineData("dale, gracias", "thanks")]
    [InlineData("chau, nos vemos", "goodbye")]
    [InlineData("¿sos un robot?", "bot-identity")]
    [InlineData("holi", "greeting")]
    [InlineData("que onda bot", "greeting")]
    [InlineData("no se que preguntar, dame ideas", "help")]
    [InlineData("Le agradezco mucho.", "thanks")]
    [InlineData("¿Te parece bien lo que hizo Rusia?", "opinion")]
    public void SpanishSmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("¿Cuántos soldados rusos hay en Abjasia?")]
    [InlineData("¿Qué dijo China del tratado?")]
    [InlineData("cuánta plata le da Rusia a Osetia del Sur en 2019?")]
    public void WhatTheArticleDoesNotSayIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
