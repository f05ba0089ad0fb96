using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class GermanTests
{
    [Theory]
    [InlineData("wer hat den Vertrag unterschrieben?", "who has the treaty signed?")]
    [InlineData("wie viel Geld bekommt Südossetien?", "how much money gets South Ossetia?")]
    [InlineData("Medwedew hat unterschrieben, oder?", "Medvedev has signed, right?")]
    [InlineData("Wurde in Tiflis unterschrieben, gell?", "was in Tbilisi signed, right?")]
    [InlineData("wann läuft der vertrag aus?", "when expires the treaty?")]
    [InlineData("wie heisst der Vertrag genau?", "what is the name of the treaty exactly?")]
    [InlineData("Abchasien kriegt 9,2 Mrd Rubel, richtig?", "Abkhazia gets 9.2 billion rubles, right?")]
    [InlineData("Unterzeichnung war am 17. März, stimmt's?", "signing was on the 17 March, right?")]
    [InlineData("Wie viele Grenzsoldaten hat Russland dort?", "how many border soldiers has Russia there?")]
    [InlineData("Was ist Russlands Rolle bei der Sicherheit?", "what is Russia's role at the security?")]
    [InlineData("Ergebnis der Gespräche?", "outcome of the talks?")]
    [InlineData("Psaki, wer ist das nochmal", "Psaki, who is that again")]
    [InlineData("Hat die Türkei was dazu gesagt?", "has the Turkey something about it said?")]
    [InlineData("Suedossetien, was ist das?", "South Ossetia, what is that?")]
    [InlineData("US position zum treaty?", "US position to the treaty?")]
    [InlineData("Servus!", "hello!")]
    [InlineData("danke dir, super hilfreich!", "thanks, great helpful!")]
    [InlineData("Wer isch dr Autor vo dem Artikel?", "who is the author of the article?")]
    [InlineData("wer regiert südossetien de facto", "who governs South Ossetia de facto")]
    [InlineData("gehen die ossetischen soldaten jetzt in die russische armee über oder wie", "become part of the Ossetian soldiers now in the Russian army, right")]
    [InlineData("warum haben die osseten angst vor der nato", "why have the Ossetians fear of the NATO")]
    // "als" after "sieht": to consider; a passive "vorgeworfen": told; "Parteien" parties, not "Parteia".
    [InlineData("Sieht Georgien das als Annexion?", "considers Georgia that as annexation?")]
    [InlineData("Was wurde den Georgiern in Genf vorgeworfen?", "what was the Georgians in Geneva told?")]
    [InlineData("Worauf haben sich die Parteien in Genf geeinigt?", "on what have  the parties in Geneva agreed?")]
    [InlineData("sind die georgier sauer?", "are the Georgians angry?")]
    [InlineData("danke dir, hat geholfen", "thanks, has helped")]
    [InlineData("Wann hat Moskau das Abkommen mit Abchasien unterschrieben, im Vergleich zu diesem hier?", "when has Moscow the agreement with Abkhazia signed, compared to this one?")]
    [InlineData("wie lief die annexion der krim ab", "how happened the annexation of the Crimea")]
    public void GermanWordsAreReadInEnglish(string german, string english)
    {
        Assert.Equal(english, German.InEnglish(german));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("was the war in 2008 over?")]
    [InlineData("did many die in the war?")]
    [InlineData("will Russia also guard the border?")]
    [InlineData("is Ursula von der Leyen in the article?")]
    [InlineData("wen was it signed")]
    [InlineData("how many changes wer made to the draft")]
    [InlineData("did georgia halt trade with russia over the treaty")]
    [InlineData("wie het die ding geteken?")]
    [InlineData("la communauté internationale en pense quoi, du traité?")]
    [InlineData("qui a gagné la game du Canadien hier soir?")]
    [InlineData("wetin dem talk about NATO?")]
    [InlineData("Ciao, good morning")]
    [InlineData("me dá uns exemplos")]
    [InlineData("im not sure, was it signed in Moscow?")]
    public void EnglishAndOtherLanguagesAreLeftAsTheyAre(string text)
    {
        Assert.Equal(text, German.InEnglish(text));
    }

    [Theory]
    [InlineData("who was the head of the delegation in Genf?", "who was the head of the delegation in Geneva?")]
    [InlineData("was it signed in Moscow, oder?", "was it signed in Moscow, right?")]
    public void EnglishWordsInDenglischKeepTheirMeaning(string denglisch, string english)
    {
        Assert.Equal(english, German.InEnglish(denglisch));
    }

    [Theory]
    [InlineData("wer hat das Abkommen unterzeichnet?", "treaty-signatories")]
    [InlineData("wann wurde das Abkommen unterschrieben?", "signing-date")]
    [InlineData("wo wurde das Abkommen unterzeichnet?", "signing-place")]
    [InlineData("wie lange gilt das Abkommen?", "treaty-term")]
    [InlineData("wieviel Geld kriegt Südossetien?", "pledge-south-ossetia")]
    [InlineData("wer ist eigentlich Tibilov?", "tibilov-who")]
    [InlineData("wie hat Tiflis reagiert?", "georgia-reaction")]
    [InlineData("wann ist die nächste Gesprächsrunde in Genf?", "geneva-next-round")]
    [InlineData("wer hat den Text geschrieben?", "article-author")]
    // Words of talks, borders and treaties: "übernommen", "beruhigt", "gemeinsam geleitet", "um was gings", "Zufall".
    [InlineData("military integration – was genau? welche einheiten werden übernommen", "treaty-armed-forces")]
    [InlineData("hat sich die situation an der grenze beruhigt?", "geneva-border-stabilization")]
    [InlineData("Wer hat die Genfer Diskussionen gemeinsam geleitet?", "geneva-cochairs")]
    [InlineData("war die OSZE in genf auch involviert?", "geneva-cochairs")]
    [InlineData("Um was gings bei den Treffen in Genf am 17. und 18. März?", "geneva-talks")]
    [InlineData("wer sass alles am tisch in genf", "geneva-participants")]
    [InlineData("Inwiefern ähnelt der Text dem Abchasien-Abkommen?", "abkhazia-comparison")]
    [InlineData("hat russland sowas ähnliches schon mit abchasien gemacht?", "abkhazia-treaty")]
    [InlineData("Wie viel wird 2016 bereitgestellt?", "pledge-south-ossetia")]
    [InlineData("An wen hat sich die georgische Delegation gewandt?", "georgian-delegation")]
    [InlineData("Zufall dass das am Krim-Jahrestag war?", "crimea-anniversary")]
    [InlineData("Wie lautet der offizielle Name des Abkommens?", "treaty-name")]
    // Security that Russia takes on ("übernimmt die Sicherheit", "kümmert sich um"), "sowas ähnliches", "gibt es schon",
    // "fällt zusammen", "wegen" (over), "US-Außenministerium", "Entwicklung", "leiten", "widerspricht", "stabilisiert".
    [InlineData("Übernimmt Russland die Sicherheit dort komplett?", "treaty-defence")]
    [InlineData("Wer übernimmt den Schutz der Grenze?", "treaty-defence")]
    [InlineData("also kümmert sich moskau um die grenzsicherung oder wie", "treaty-defence")]
    [InlineData("Hat Russland sowas aehnliches auch mit Abchasien gemacht?", "abkhazia-treaty")]
    [InlineData("Worauf haben sich die Parteien in Genf geeinigt?", "geneva-outcome")]
    [InlineData("Gibt es schon einen Termin für die nächsten Gespräche?", "geneva-next-round")]
    [InlineData("Fällt das Datum mit irgendeinem Jahrestag zusammen?", "crimea-anniversary")]
    [InlineData("Wer ist die Sprecherin vom US Außenministerium?", "psaki-who")]
    [InlineData("Widerspricht die Nato-Annäherung Georgiens den Genfer Abmachungen von 2008?", "geneva-august-2008")]
    [InlineData("gibts auch geld für die wirtschaftliche entwicklung?", "pledge-south-ossetia")]
    [InlineData("Wurde Georgien wegen beschaedigter Grenzschilder kritisiert?", "geneva-warning-signs")]
    [InlineData("Kannst du mir kurz zusammenfassen was passiert ist?", "treaty-overview")]
    [InlineData("welche organisationen leiten die genf gespräche", "geneva-cochairs")]
    [InlineData("Hat sich die Grenzsituation stabilisiert?", "geneva-border-stabilization")]
    [InlineData("Sieht Georgien das als Annexion?", "georgia-reaction")]
    public void AGermanQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("Servus!", "greeting")]
    [InlineData("danke, echt hilfreich!", "thanks")]
    [InlineData("ok tschüss!", "goodbye")]
    [InlineData("danke dir, hat geholfen", "thanks")]
    [InlineData("bist du ein Mensch?", "bot-identity")]
    public void GermanSmallTalkIsAnswered(string message, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(message);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("Wie hat Japan reagiert?")]
    [InlineData("Wie viele Einwohner hat Abchasien?")]
    [InlineData("Wer ist der Präsident von Georgien?")]
    [InlineData("Wie wird das Wetter morgen in Graz?")]
    [InlineData("Ist Federica Mogherini noch im Amt?")]
    public void AGermanNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
