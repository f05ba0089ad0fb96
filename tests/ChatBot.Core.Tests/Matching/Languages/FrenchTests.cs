using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class FrenchTests
{
    [Theory]
    [InlineData("qui a signé l'entente?", "who signed the agreement?")]
    [InlineData("c'est quoi exactement l'Abkhazie?", "what is exactly the Abkhazia?")]
    [InlineData("combien la Russie va donner à l'Ossétie du Sud?", "how much the Russia will give to the South Ossetia?")]
    [InlineData("la Géorgie a-tu condamné un traité semblable?", "the Georgia condemned a similar treaty?")]
    [InlineData("c'était signé à Moscou, hein?", "it was signed in Moscow, right?")]
    [InlineData("c'est 1 milliard en 2016, c'est ça?", "it is 1 billion in 2016, right?")]
    [InlineData("c'est pour combien d'années le traité?", "it is for how many years the treaty?")]
    [InlineData("qu'est-ce qui va arriver aux forces armées de l'Ossétie du Sud?", "what will happen to the armed forces of the South Ossetia?")]
    [InlineData("les Américains ont dit quoi?", "the Americans said what?")]
    [InlineData("Qu’a dit Mogherini?", "what said Mogherini?")]
    [InlineData("es-tu un humain?", "are you a human?")]
    [InlineData("ok merci bcp", "ok thanks a lot")]
    [InlineData("pis quand?", "and when?")]
    [InlineData("c quoi lossetie du sud", "what is the South Ossetia")]
    [InlineData("who signed le traité", "who signed the treaty")]
    [InlineData("le traité est-tu non-binding?", "the treaty is non-binding?")]
    // A byline, not the treaty's signatories; "l'histoire de la Crimée" its history, not the story of the signing.
    [InlineData("article signé par qui", "article written by who")]
    [InlineData("c'est de quel journaliste ce papier", "it is by which journalist this article")]
    [InlineData("y avait qui autour de la table a Geneve", "who was there at the table a Geneva")]
    [InlineData("jamais entendu parler de l'ossetie du sud, c'est quoi", "never heard of the South Ossetia, what is")]
    [InlineData("c quoi l'histoire de la crimée", "what is the history of Crimea")]
    [InlineData("l'article est signé par qui?", "the article is written by who?")]
    // Chat and slang: "c" for "c'est", "cv" for "ça va", "a+", "mec", "bosser", "toucher" (money).
    [InlineData("abkhazie c un pays?", "Abkhazia is it a country?")]
    [InlineData("ossetie du sud c koi", "South Ossetia what is")]
    [InlineData("hello bot, cv?", "hello bot, how are you doing?")]
    [InlineData("bon ben a+", "ok see you later")]
    [InlineData("Psaki elle bosse où ?", "Psaki she works where ?")]
    [InlineData("et l'Abkhazie elle touche combien ?", "and the Abkhazia she gets how much ?")]
    [InlineData("les forces de sécurité d'Ossétie passent sous contrôle russe?", "the security agencies of Ossetia become part of Russian?")]
    [InlineData("les discussions de Genève ont abouti à quoi ?", "the discussions of Geneva have resulted in what ?")]
    [InlineData("la délégation géorgienne a saisi qui ?", "the Georgian delegation raised the issue with who ?")]
    [InlineData("comment on dit merci en géorgien ?", "how do you say thanks in Georgian ?")]
    public void FrenchWordsAreReadInEnglish(string french, string english)
    {
        Assert.Equal(english, French.InEnglish(french));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("did Le Monde report on it?")]
    [InlineData("is Les Misérables in the article?")]
    [InlineData("what did the UN say about the de facto government?")]
    [InlineData("was it signed in Genève?")]
    [InlineData("Poutine signed it with who?")]
    [InlineData("did Des Moines react?")]
    [InlineData("is the treaty non-binding?")]
    [InlineData("c'mon, who signed it?")]
    [InlineData("I'd like to know who signed it")]
    [InlineData("how much did Russia pour into South Ossetia?")]
    [InlineData("was the annexation a fait accompli?")]
    [InlineData("what did L'Oréal say?")]
    [InlineData("a la carte or the whole deal?")]
    [InlineData("y did they revise the draft")]
    [InlineData("are the borders calmer now?")]
    [InlineData("how many roubles did Moscow pledge under the accords?")]
    [InlineData("did the EU issue a communiqué?")]
    [InlineData("send me your cv")]
    [InlineData("is there a plan c or a plan d?")]
    [InlineData("touché, who signed it?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, French.InEnglish(english));
    }

    [Theory]
    [InlineData("qui a signé l'entente?", "treaty-signatories")]
    [InlineData("le traité a été signé quand?", "signing-date")]
    [InlineData("ils ont signé ça où?", "signing-place")]
    [InlineData("comment s'appelle le traité?", "treaty-name")]
    [InlineData("c'est pour combien d'années le traité?", "treaty-term")]
    [InlineData("combien la Russie va donner à l'Ossétie du Sud?", "pledge-south-ossetia")]
    [InlineData("qui est Leonid Tibilov?", "tibilov-who")]
    [InlineData("c'est quoi exactement l'Abkhazie?", "abkhazia-what")]
    [InlineData("comment la Géorgie a réagi au traité?", "georgia-reaction")]
    [InlineData("quand est la prochaine rencontre à Genève?", "geneva-next-round")]
    [InlineData("qui est l'auteur de l'article?", "article-author")]
    [InlineData("article signé par qui", "article-author")]
    [InlineData("c'est de quel journaliste ce papier", "article-author")]
    [InlineData("la géorgie était représentée aux discussions ?", "geneva-participants")]
    [InlineData("les frontières de l'ossétie vont etre surveillées par les russes?", "treaty-defence")]
    [InlineData("c'est quoi le probleme pour eux si la georgie entre dans l'otan", "geneva-nato-concerns")]
    [InlineData("qui est la cheffe de la diplomatie européenne dans l'article", "mogherini-who")]
    [InlineData("il se passe quoi entre moscou et l'ossetie du sud", "treaty-overview")]
    [InlineData("les panneaux d'avertissement frontaliers endommagés, ils ont dit quoi la dessus", "geneva-warning-signs")]
    [InlineData("l'article est signé par qui?", "article-author")]
    [InlineData("qui a signé l'article?", "article-author")]
    [InlineData("Psaki a déclaré quoi ?", "us-reaction")]
    [InlineData("les discussions de Genève ont abouti à quoi ?", "geneva-outcome")]
    [InlineData("qui a coprésidé les discussions de Genève ?", "geneva-cochairs")]
    [InlineData("les georgiens cassent les panneaux frontiere ?", "geneva-warning-signs")]
    [InlineData("les géorgiens ont fait quoi à Genève face au traité?", "georgian-delegation")]
    [InlineData("les deux traités sont pareils ?", "abkhazia-comparison")]
    [InlineData("c'est les russes qui protegent les frontieres ossetes?", "treaty-defence")]
    [InlineData("Leonid Tibilov c'est qui ce mec ?", "tibilov-who")]
    [InlineData("sokhumi c une ville ou quoi", "sokhumi-meaning")]
    [InlineData("c'est quoi le sujet en gros ?", "treaty-overview")]
    public void AQuebecQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("salut!", "greeting")]
    [InlineData("merci, c'est super utile", "thanks")]
    [InlineData("au revoir et merci", "goodbye")]
    [InlineData("es-tu un humain?", "bot-identity")]
    [InlineData("c quoi l'histoire de la crimée", "crimea-background")]
    [InlineData("qui a raison, la georgie ou la russie?", "opinion")]
    [InlineData("comment ca marche ton truc", "help")]
    [InlineData("c'est quoi l'histoire avec la Crimée?", "crimea-background")]
    [InlineData("hello bot, cv?", "greeting")]
    [InlineData("bon ben a+", "goodbye")]
    [InlineData("tu sers a quoi exactement ?", "help")]
    [InlineData("help svp je sais pas quoi te demander", "help")]
    public void QuebecSmallTalkIsAnswered(string message, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(message);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("qui est le président de la Géorgie?")]
    [InlineData("la Chine a dit quoi?")]
    [InlineData("combien d'habitants en Abkhazie?")]
    [InlineData("quelle est la météo à Montréal?")]
    [InlineData("comment on dit merci en géorgien ?")]
    [InlineData("il y a combien de points dans le traité ?")]
    public void AFrenchNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
