using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class PolishTests
{
    [Theory]
    [InlineData("kto podpisał tę umowę?", "who signed the treaty?")]
    [InlineData("ile kasy dostanie Osetia?", "how much money get Ossetia?")]
    [InlineData("kiedy podpisano umowę?", "when was signed treaty?")]
    [InlineData("podpisał to Putin i Tibiłow, tak?", "Putin and Tibilov signed it, right?")]
    [InlineData("co to jest Osetia Południowa?", "what is South Ossetia?")]
    [InlineData("jak się nazywa ten traktat?", "what is the name of the treaty?")]
    [InlineData("jak zareagowała Gruzja?", "how reacted Georgia?")]
    [InlineData("czy Rosja będzie bronić Osetii?", "Russia will defend Ossetia?")]
    [InlineData("co powiedziała UE?", "what did EU say?")]
    [InlineData("kto przewodniczył w Genewie?", "who chaired in Geneva?")]
    public void PolishQuestionsAreReadInEnglish(string polish, string english)
    {
        Assert.Equal(english, Polish.InEnglish(polish));
    }

    [Theory]
    // Diacritics left out ("ł" as "l"), chat words, a follow-up, the English of a mixed sentence kept.
    [InlineData("kto podpisal umowe?", "who signed treaty?")]
    [InlineData("na jak dlugo jest ta umowa?", "for how long is the treaty?")]
    [InlineData("a gdzie?", "and where?")]
    [InlineData("i co z wojskiem?", "and what with army?")]
    [InlineData("name of the umowa with Osetia?", "name of the treaty with Ossetia?")]
    [InlineData("give me short summary, nie mam czasu czytać", "give me short summary, no time read")]
    // Small talk.
    [InlineData("dzięki wielkie", "thanks a lot")]
    [InlineData("jesteś człowiekiem czy AI?", "are you human or AI?")]
    [InlineData("cześć!", "hello!")]
    // Chat phrasing: "w ogóle" a filler, "co na to X" how X reacted, "X to co" what X is, "ile" with getting money.
    [InlineData("abchazja to w ogole co?", "what is Abkhazia?")]
    [InlineData("co na to usa", "how did US react")]
    [InlineData("co tbilisi na to", "how did tbilisi react")]
    [InlineData("osetia nalezy do gruzji czy jak?", "Ossetia belongs to Georgia, right?")]
    [InlineData("kto pilnuje granic osetii po tej umowie", "who guards border Ossetia after the treaty")]
    [InlineData("ile abchazja dostala od moskwy", "how much money Abkhazia got from Moscow")]
    [InlineData("w jakim miejscu doszlo do podpisania?", "where happened signing?")]
    // Geneva's words; a word with "ł" is Polish even when no marker knows it.
    [InlineData("Czym się skończyły rozmowy genewskie?", "what was the outcome of talks Geneva?")]
    [InlineData("Kto współprzewodniczył rozmowom genewskim?", "who co-chaired talks Geneva?")]
    [InlineData("Czy rosyjscy pogranicznicy pomogli ustabilizować granicę?", "is Russian border guards helped stabilize border?")]
    [InlineData("Co z tymi zniszczonymi znakami na granicy?", "what with these damaged signs on border?")]
    [InlineData("co znaczy 'reżim okupacyjny Cchinwali'?", "what does mean 'regime occupation Tskhinvali'?")]
    [InlineData("pomoc", "help")]
    public void HowPolesWriteIsRead(string polish, string english)
    {
        Assert.Equal(english, Polish.InEnglish(polish));
    }

    [Theory]
    [InlineData("kdo podepsal smlouvu?", "who signed treaty?")]
    [InlineData("kolik peněz dá Rusko Jižní Osetii?", "how much money gives Russia South Ossetia?")]
    [InlineData("kde byla smlouva podepsána?", "where was treaty signed?")]
    [InlineData("na jak dlouho platí smlouva?", "for how long is valid treaty?")]
    [InlineData("co je Jižní Osetie?", "what is South Ossetia?")]
    [InlineData("jak reagovala Gruzie?", "how reacted Georgia?")]
    [InlineData("kdo vedl ruskou delegaci v Ženevě?", "who led Russian delegation in Geneva?")]
    [InlineData("a kde?", "and where?")]
    [InlineData("díky moc, super", "thanks a lot, super")]
    [InlineData("which day the signing happened, prosím", "which day the signing happened, please")]
    // Chat phrasing and Geneva's words; a name's "-ová" is the name.
    [InlineData("Kdo stojí v čele Jižní Osetie?", "who heads South Ossetia?")]
    [InlineData("kdo je Psakiová", "who is Psaki")]
    [InlineData("psaki - co to za osoba", "psaki - who is")]
    [InlineData("co jsi zac", "who are you")]
    [InlineData("co bylo receno gruzii o poskozovani hranicnich znacek", "what was told Georgia about damage border warning signs")]
    [InlineData("Jakou dohodu uzavřela Moskva s Abcházií?", "what agreement signed Moscow with Abkhazia?")]
    public void CzechIsReadInEnglish(string czech, string english)
    {
        Assert.Equal(english, Czech.InEnglish(czech));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("who co-chaired the talks in Geneva?")]
    [InlineData("is ten years the term of the treaty?")]
    [InlineData("what did Kim Jong Un say?")]
    [InlineData("was the data on the pledge in the article?")]
    [InlineData("kdo je Jen Psaki?")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Polish.InEnglish(english));
    }

    [Theory]
    [InlineData("kto podpisal dogovor? i mean who signed treaty with South Ossetia")]
    [InlineData("gde podpisali etot dogovor")]
    [InlineData("khto pidpysav dohovir?")]
    [InlineData("wer hat den Vertrag unterschrieben? nie gehört")]
    [InlineData("chi ha firmato il trattato?")]
    [InlineData("sino pa ang pumirma na?")]
    [InlineData("Anlaşmayı kim imzaladı, Rusya ile?")]
    [InlineData("hvem underskrev traktaten?")]
    public void OtherLanguagesAreLeftToTheirReaders(string other)
    {
        Assert.Equal(other, Polish.InEnglish(other));
        Assert.Equal(other, Czech.InEnglish(other));
    }

    [Theory]
    [InlineData("kto podpisał tę umowę?")]
    [InlineData("ile kasy dostanie Osetia?")]
    [InlineData("kolik peněz dá Rusko Jižní Osetii?")]
    [InlineData("jesteś człowiekiem czy AI?")]
    public void ReadingTwiceReadsTheSame(string question)
    {
        // The engine reads a question's words in English before and after it folds them.
        var once = ReaderPhrasing.InEnglish(question);

        Assert.Equal(once, ReaderPhrasing.InEnglish(once));
    }

    [Theory]
    [InlineData("kto podpisał tę umowę?", "treaty-signatories")]
    [InlineData("kiedy podpisano umowę?", "signing-date")]
    [InlineData("gdzie podpisali umowę?", "signing-place")]
    [InlineData("jak się nazywa ten traktat?", "treaty-name")]
    [InlineData("na ile lat jest umowa?", "treaty-term")]
    [InlineData("ile pieniędzy Rosja obiecała Osetii Południowej?", "pledge-south-ossetia")]
    [InlineData("jak zareagowała Gruzja?", "georgia-reaction")]
    [InlineData("kto napisał ten artykuł?", "article-author")]
    [InlineData("jaka jest pelna nazwa traktatu?", "treaty-name")]
    [InlineData("okres obowiazywania traktatu?", "treaty-term")]
    [InlineData("ile abchazja dostala od moskwy", "pledge-abkhazia")]
    [InlineData("co na to usa", "us-reaction")]
    [InlineData("co tbilisi na to", "georgia-reaction")]
    [InlineData("co na to unia europejska", "eu-reaction")]
    [InlineData("sokhumi to co", "sokhumi-meaning")]
    [InlineData("kto przewodniczyl rosyjskiej delegacji w genewie", "karasin-who")]
    [InlineData("jednostki wojskowe osetii beda czescia rosyjskich sil zbrojnych?", "treaty-armed-forces")]
    [InlineData("czy umowa z osetia jest taka sama jak z abchazja?", "abkhazia-comparison")]
    [InlineData("na co zwrocono uwage gruzinom w genewie", "geneva-warning-signs")]
    [InlineData("kdo podepsal smlouvu?", "treaty-signatories")]
    [InlineData("kdy byla smlouva podepsána?", "signing-date")]
    [InlineData("kolik peněz dá Rusko Jižní Osetii?", "pledge-south-ossetia")]
    [InlineData("co je Jižní Osetie?", "south-ossetia-what")]
    [InlineData("czy pierwsza wersja umowy z osetia byla zmieniana?", "abkhazia-comparison")]
    [InlineData("czy w genewie byli przedstawiciele abchazji i osetii?", "geneva-participants")]
    [InlineData("Czym się skończyły rozmowy genewskie?", "geneva-outcome")]
    [InlineData("czy wedlug osetii integracja gruzji z nato lamie porozumienia z 2008?", "geneva-august-2008")]
    [InlineData("Jak wygląda sytuacja na granicach Osetii i Abchazji z Gruzją?", "geneva-border-stabilization")]
    [InlineData("co znaczy 'reżim okupacyjny Cchinwali'?", "tskhinvali-meaning")]
    [InlineData("co je suchumi", "sokhumi-meaning")]
    [InlineData("Co řeklo americké ministerstvo zahraničí?", "us-reaction")]
    [InlineData("Kdy se znovu sejdou v Ženevě?", "geneva-next-round")]
    [InlineData("Kolik rublů slíbil Putin Tibilovovi?", "pledge-south-ossetia")]
    [InlineData("co ma s tim spolecneho krym", "crimea-anniversary")]
    [InlineData("budou osetske jednotky soucasti ruske armady?", "treaty-armed-forces")]
    public void APolishOrCzechQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("dzięki wielkie", "thanks")]
    [InlineData("jesteś botem?", "bot-identity")]
    [InlineData("díky moc", "thanks")]
    [InlineData("pomoc", "help")]
    [InlineData("nashle", "goodbye")]
    [InlineData("co jsi zac", "bot-identity")]
    public void SmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("ile lat ma Putin?")]
    [InlineData("jak zareagowały Chiny?")]
    [InlineData("kolik obyvatel má Cchinvali?")]
    [InlineData("co řekl Obama?")]
    public void ANearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
