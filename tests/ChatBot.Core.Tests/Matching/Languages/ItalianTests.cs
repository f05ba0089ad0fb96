using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class ItalianTests
{
    [Theory]
    [InlineData("chi ha firmato il trattato?", "who signed the treaty?")]
    [InlineData("quanti soldi dà la Russia all'Ossezia del Sud?", "how many money gives Russia to South Ossetia?")]
    [InlineData("quando è stato firmato il trattato?", "when was signed the treaty?")]
    [InlineData("l'ha firmato Medvedev, vero?", "Medvedev signed it, right?")]
    [InlineData("cos'è l'Abkhazia?", "what is Abkhazia?")]
    [InlineData("come si chiama il trattato?", "what is the name of the treaty?")]
    [InlineData("c'è una clausola sulle forze armate?", "is there a clause about the armed forces?")]
    [InlineData("il trattato è stato firmato a Mosca, no?", "the treaty was signed in Moscow, right?")]
    [InlineData("cosa ha detto la Georgia?", "what did said Georgia?")]
    [InlineData("chi guidava la delegazione russa?", "who led the delegation Russian?")]
    public void ItalianQuestionsAreReadInEnglish(string italian, string english)
    {
        Assert.Equal(english, Italian.InEnglish(italian));
    }

    [Theory]
    // Accents left out, chat shorthand, a follow-up, the English of a mixed sentence kept.
    [InlineData("dove e stato firmato??", "where was signed??")]
    [InlineData("cmq il treaty è valido x quanti anni?", " the treaty is valid for how many years?")]
    [InlineData("perche la Russia ha annesso la Crimea?", "why Russia annexed Crimea?")]
    [InlineData("e dove?", "and where?")]
    [InlineData("who signed this thing? Putin e chi altro?", "who signed this thing? Putin and who else?")]
    [InlineData("did Putin sign it personally o ha mandato qualcuno?", "did Putin sign it personally or sent anyone?")]
    // Small talk.
    [InlineData("grazie mille!", "thanks a lot!")]
    [InlineData("sei un bot?", "are you a bot?")]
    [InlineData("salve a tutti", "hello everyone")]
    public void HowItaliansWriteIsRead(string italian, string english)
    {
        Assert.Equal(english, Italian.InEnglish(italian));
    }

    [Theory]
    // Names typed in small letters lose their article too; an elision typed with a space is one; "e" ending a clause is "è".
    [InlineData("cos'è l'ossezia del sud?", "what is South Ossetia?")]
    [InlineData("ma l ossetia fa parte della georgia?", "but Ossetia is part of Georgia?")]
    [InlineData("l articolo di chi e", "the article whose is")]
    [InlineData("la russia aveva gia firmato qualcosa del genere con l'abkhazia?", "Russia already signed something similar with Abkhazia?")]
    [InlineData("perche la russia si e presa la crimea?", "why Russia took Crimea?")]
    // The words of the article's topics a reader writes formally.
    [InlineData("Da chi è stato sottoscritto l'accordo?", "by whom was signed the agreement?")]
    [InlineData("Qual è la denominazione del trattato?", "what is the name of the treaty?")]
    [InlineData("Jen Psaki che incarico ha?", "Jen Psaki what position has?")]
    [InlineData("Chi firma questo articolo, per cortesia?", "who wrote this article, please?")]
    [InlineData("Quando sono previste le prossime discussioni di Ginevra?", "when are scheduled the next discussions of Geneva?")]
    public void WhatReadersWriteAboutTheStoryIsRead(string italian, string english)
    {
        Assert.Equal(english, Italian.InEnglish(italian));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("how much money per year does Russia give?")]
    [InlineData("come on, who signed it?")]
    [InlineData("where does the dove of peace come in?")]
    [InlineData("ha ha, who wrote this?")]
    [InlineData("is Lake Como in the article?")]
    [InlineData("did Il Sole 24 Ore report the treaty?")]
    [InlineData("ciao, gtg")]
    [InlineData("Ok I go now, ciao")]
    [InlineData("di UN condemn di treaty?")]
    [InlineData("agli meeting ki dates kya h bro")]
    [InlineData("allo!")]
    [InlineData("do they have no army of their own? a prima donna?")]
    [InlineData("what's the name of the treaty, and where's it signed?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Italian.InEnglish(english));
    }

    [Theory]
    [InlineData("quién firmó el tratado?")]
    [InlineData("qué pasa con el army de South Ossetia?")]
    [InlineData("cuánto tiempo dura el tratado?")]
    [InlineData("quem assinou o tratado?")]
    [InlineData("quanto tempo dura o tratado?")]
    [InlineData("quando foi assinado, né?")]
    [InlineData("não sei, a Rússia deu quanto dinheiro?")]
    [InlineData("qui a signé le traité?")]
    [InlineData("il est bon pour 10 ans, c'tu ça?")]
    [InlineData("le traité avec l'Abkhazie, il dure combien d'années lui?")]
    [InlineData("ok c'est beau pour aujourd'hui, je m'en vais, ciao")]
    public void SpanishPortugueseAndFrenchAreLeftToTheirReaders(string other)
    {
        // "quanto", "quando", "tempo", "con", "del", "il" and "l'" are their words too.
        Assert.Equal(other, Italian.InEnglish(other));
    }

    [Theory]
    [InlineData("chi ha firmato il trattato?")]
    [InlineData("quanti soldi dà la Russia all'Ossezia del Sud?")]
    [InlineData("cosa ha detto la Georgia?")]
    [InlineData("sei un bot?")]
    public void ReadingTwiceReadsTheSame(string italian)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = Italian.InEnglish(italian);

        Assert.Equal(once, Italian.InEnglish(once));
    }

    [Theory]
    [InlineData("chi ha firmato il trattato?", "treaty-signatories")]
    [InlineData("quando è stato firmato il trattato?", "signing-date")]
    [InlineData("dove l'hanno firmato?", "signing-place")]
    [InlineData("come si chiama il trattato?", "treaty-name")]
    [InlineData("il trattato dura 25 anni, vero?", "treaty-term")]
    [InlineData("chi difenderà i confini dell'Ossezia?", "treaty-defence")]
    [InlineData("quanti soldi dà la Russia all'Ossezia del Sud?", "pledge-south-ossetia")]
    [InlineData("quanto ha promesso Mosca all'Abkhazia?", "pledge-abkhazia")]
    [InlineData("come ha reagito la Georgia?", "georgia-reaction")]
    [InlineData("cosa ha detto l'Unione Europea?", "eu-reaction")]
    [InlineData("gli Stati Uniti riconosceranno il trattato?", "us-reaction")]
    [InlineData("chi ha partecipato ai colloqui di Ginevra?", "geneva-participants")]
    [InlineData("quando c'è il prossimo round a Ginevra?", "geneva-next-round")]
    [InlineData("chi ha scritto l'articolo?", "article-author")]
    [InlineData("di cosa parla l'articolo?", "treaty-overview")]
    [InlineData("cos'è l'Ossezia del Sud?", "south-ossetia-what")]
    [InlineData("cos'è l'ossezia del sud?", "south-ossetia-what")]
    [InlineData("quanti soldi da la russia all'ossezia del sud?", "pledge-south-ossetia")]
    [InlineData("Da chi è stato sottoscritto l'accordo?", "treaty-signatories")]
    [InlineData("Chi firma questo articolo, per cortesia?", "article-author")]
    [InlineData("Qual è stata la posizione del Dipartimento di Stato americano?", "us-reaction")]
    [InlineData("perche dice 'a sokhumi'? chi e", "sokhumi-meaning")]
    [InlineData("Può riassumermi gli incontri di Ginevra sulla Transcaucasia?", "geneva-talks")]
    [InlineData("Da chi erano copresiedute le discussioni di Ginevra?", "geneva-cochairs")]
    [InlineData("quindi i russi fanno la guardia ai confini osseti??", "treaty-defence")]
    [InlineData("la firma coincide con qualche anniversario?", "crimea-anniversary")]
    public void AnItalianQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("buongiorno!", "greeting")]
    [InlineData("grazie mille!", "thanks")]
    [InlineData("arrivederci", "goodbye")]
    [InlineData("sei un bot?", "bot-identity")]
    [InlineData("cosa ne pensi del trattato?", "opinion")]
    [InlineData("ehi bot", "greeting")]
    [InlineData("aiuto", "help")]
    [InlineData("come funzioni?", "help")]
    [InlineData("sei chatgpt?", "bot-identity")]
    [InlineData("Con chi sto parlando?", "bot-identity")]
    public void ItalianSmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("quanti abitanti ha l'Ossezia del Sud?")]
    [InlineData("come ha reagito la Cina?")]
    [InlineData("chi è il presidente della russia adesso?")]
    [InlineData("quanto spende la Russia nel 2018 per l'Ossezia?")]
    [InlineData("chi è il ministro degli esteri georgiano?")]
    [InlineData("cosa ha detto Lavrov?")]
    [InlineData("quanti anni ha Putin?")]
    [InlineData("come si dice 'trattato' in russo?")]
    public void AnItalianNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
