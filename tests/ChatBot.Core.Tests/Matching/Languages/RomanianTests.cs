using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class RomanianTests
{
    [Theory]
    [InlineData("cine a semnat tratatul?", "who  signed the treaty?")]
    [InlineData("când a fost semnat tratatul?", "when was signed the treaty?")]
    [InlineData("cât timp e valabil tratatul?", "how long is valid the treaty?")]
    [InlineData("câți bani dă Rusia Osetiei de Sud?", "how much money gives Russia South Ossetia?")]
    [InlineData("ce a zis Georgia despre tratat?", "what did say Georgia about treaty?")]
    [InlineData("cum se numește tratatul?", "what is the name of the treaty?")]
    [InlineData("ce e Abhazia?", "what is Abkhazia?")]
    [InlineData("ești om sau robot?", "are you human or robot?")]
    [InlineData("armata Osetiei de Sud intră în armata rusă?", "army South Ossetia join army Russian?")]
    public void RomanianQuestionsAreReadInEnglish(string romanian, string english)
    {
        Assert.Equal(english, Romanian.InEnglish(romanian));
    }

    [Theory]
    // Diacritics left out or typed with a cedilla, a number's "de", a tag, clitics, a follow-up, the English of a mixed
    // sentence kept.
    [InlineData("cand a fost semnat tratatul??", "when was signed the treaty??")]
    [InlineData("cum se numeşte tratatul?", "what is the name of the treaty?")]
    [InlineData("deci 25 de ani, corect?", "so 25 years, right?")]
    [InlineData("ce s-a intamplat la Geneva?", "what happened in Geneva?")]
    [InlineData("ce i-au spus delegației georgiene?", "what was told delegation Georgian?")]
    [InlineData("și unde?", "and where?")]
    [InlineData("what date did they sign it, cand exact?", "what date did they sign it, when exact?")]
    [InlineData("how much did Moscow promise Tskhinvali, bani vorbind", "how much did Moscow promise Tskhinvali, money")]
    // Small talk.
    [InlineData("ce părere ai tu?", "what do you think?")]
    [InlineData("multumesc frumos!", "thank you very much!")]
    [InlineData("pa pa", "bye")]
    // A people in the plural as its side, a post asked by its title, asking for an opinion.
    [InlineData("georgienii s-au plans la americani?", "Georgia complained to Americans?")]
    [InlineData("europenii cum au reactionat?", "EU how  reacted?")]
    [InlineData("karasin ce functie are?", "karasin who is?")]
    [InlineData("dupa tine tratatul asta e legal?", "in your opinion the treaty this is legal?")]
    [InlineData("Cine a coprezidat discuțiile de la Geneva?", "who  co-chaired the discussions at Geneva?")]
    public void HowRomaniansWriteIsRead(string romanian, string english)
    {
        Assert.Equal(english, Romanian.InEnglish(romanian));
    }

    [Theory]
    [InlineData("koi podpisa dogovora?", "who signed the treaty?")]
    [InlineData("koga e podpisan dogovora", "when was signed the treaty")]
    [InlineData("kolko pari obeshta Putin na Yuzhna Osetia be", "how much money pledged Putin of South Ossetia ")]
    [InlineData("kak se kazva dogovora be?", "what is the name of the treaty ?")]
    [InlineData("kakvo stana v Zheneva?", "what happened in Geneva?")]
    [InlineData("za kakvo e statiyata?", "what is about the article?")]
    [InlineData("koi si ti be", "who are you ")]
    [InlineData("mersi mnogo", "thanks a lot")]
    public void BulgarianInLatinLettersIsRead(string bulgarian, string english)
    {
        Assert.Equal(english, Romanian.InEnglish(bulgarian));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("is the cat in the article?")]
    [InlineData("are you a bot?")]
    [InlineData("how much money per year does Russia give?")]
    [InlineData("who signed it? Putin and who else?")]
    [InlineData("what did Romania say about the treaty?")]
    [InlineData("how is Moldova involved?")]
    [InlineData("do they go to Geneva again?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Romanian.InEnglish(english));
    }

    [Theory]
    [InlineData("quién firmó el tratado?")]
    [InlineData("¿este tratado dura 25 años?")]
    [InlineData("cuánto dinero da Rusia a Osetia del Sur?")]
    [InlineData("chi ha firmato il trattato?")]
    [InlineData("qual è il tuo parere?")]
    [InlineData("quem assinou o tratado?")]
    [InlineData("si ce traité dure 25 ans, qui l'a signé?")]
    [InlineData("sino pa si Putin?")]
    [InlineData("kto podpisal dogovor?")]
    [InlineData("skolko deneg poluchit Abhaziya?")]
    [InlineData("koi treaty sign kiya?")]
    [InlineData("anong oras pinirmahan yung treaty?")]
    [InlineData("wer hat den Vertrag unterschrieben?")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        // "este", "si", "parere", "Rusia", "Osetia", "dogovor" and "koi" are their words too.
        Assert.Equal(other, Romanian.InEnglish(other));
    }

    [Theory]
    [InlineData("cine a semnat tratatul?")]
    [InlineData("deci 25 de ani, corect?")]
    [InlineData("koi podpisa dogovora?")]
    [InlineData("mersi mnogo")]
    public void ReadingTwiceReadsTheSame(string romanian)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = Romanian.InEnglish(romanian);

        Assert.Equal(once, Romanian.InEnglish(once));
    }

    [Theory]
    [InlineData("cine a semnat tratatul?", "treaty-signatories")]
    [InlineData("când a fost semnat tratatul?", "signing-date")]
    [InlineData("unde a fost semnat tratatul?", "signing-place")]
    [InlineData("cum se numește tratatul?", "treaty-name")]
    [InlineData("cât timp e valabil tratatul?", "treaty-term")]
    [InlineData("cine păzește granița?", "treaty-defence")]
    [InlineData("câți bani primește Osetia de Sud?", "pledge-south-ossetia")]
    [InlineData("ce a zis Georgia despre tratat?", "georgia-reaction")]
    [InlineData("cine e Leonid Tibilov?", "tibilov-who")]
    [InlineData("cand e urmatoarea runda la Geneva?", "geneva-next-round")]
    [InlineData("koi podpisa dogovora?", "treaty-signatories")]
    [InlineData("kolko pari obeshta Rusia na Abhaziya?", "pledge-abkhazia")]
    [InlineData("kakvo stana v Zheneva?", "geneva-talks")]
    [InlineData("koi e avtorat na statiyata?", "article-author")]
    [InlineData("Cine a fost în fruntea rușilor la Geneva?", "karasin-who")]
    [InlineData("cine e purtatoarea de cuvant a departamentului de stat?", "psaki-who")]
    [InlineData("din partea osetinilor cine a semnat?", "treaty-signatories")]
    [InlineData("in ce loc au semnat putin si tibilov?", "signing-place")]
    [InlineData("Ce e Țhinvali?", "tskhinvali-meaning")]
    public void ARomanianOrBulgarianQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("bună ziua", "greeting")]
    [InlineData("mulțumesc frumos!", "thanks")]
    [InlineData("la revedere", "goodbye")]
    [InlineData("ești un bot?", "bot-identity")]
    [InlineData("ce părere ai despre tratat?", "opinion")]
    [InlineData("zdravei", "greeting")]
    [InlineData("mersi mnogo", "thanks")]
    public void RomanianAndBulgarianSmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("câți locuitori are Osetia de Sud?")]
    [InlineData("ce a zis China?")]
    [InlineData("cine e președintele României?")]
    [InlineData("kolko pari za 2018?")]
    [InlineData("au primit osetinii banii pana la urma?")]
    public void ARomanianOrBulgarianNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
