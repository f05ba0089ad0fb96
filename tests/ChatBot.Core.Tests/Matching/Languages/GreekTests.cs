using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class GreekTests
{
    [Theory]
    [InlineData("poios ypegrapse ti synthiki?", "who signed  treaty?")]
    [InlineData("posa lefta tha dwsei i Rosia stin Osetia?", "how much money will give  Russia in Ossetia?")]
    [InlineData("50 xronia einai i synthiki, etsi?", "50 years is  treaty, right?")]
    [InlineData("ti eipe i EE?", "what did say  EU?")]
    [InlineData("ποιος υπέγραψε τη συνθήκη;", "who signed  treaty?")]
    [InlineData("geia sou!", "hello!")]
    [InlineData("ela re, ti ginetai", " , how are you")]
    [InlineData("ti ginetai me ton strato tis Osetias?", "what happens with army  Ossetia?")]
    [InlineData("sumfwnia me tin Abhazia?", "agreement with Abkhazia?")]
    public void GreeklishAndGreekAreReadInEnglish(string greek, string english)
    {
        Assert.Equal(english, Greek.InEnglish(greek));
    }

    [Theory]
    [InlineData("why was the draft revised?")]
    [InlineData("how to use you?")]
    [InlineData("what is georgias army like")]
    [InlineData("cosa posso chiederti?")]
    [InlineData("Abhazya icin ne kadar para?")]
    [InlineData("¿Qué es Osetia del Sur?")]
    public void EnglishAndOtherLanguagesAreLeftAsTheyAre(string text)
    {
        Assert.Equal(text, Greek.InEnglish(text));
    }

    [Theory]
    [InlineData("symfwnia", "sumfonia", "simfonia")]
    [InlineData("ypegrapse", "upegrapse", "ipegrapse")]
    [InlineData("einai", "ine", "ine")]
    [InlineData("xronia", "chronia", "xronia")]
    public void OneWordInAnyGreeklishSpellingSoundsAlike(string spelling, string otherSpelling, string sound)
    {
        Assert.Equal(sound, Greek.Sound(spelling));
        Assert.Equal(sound, Greek.Sound(otherSpelling));
    }

    // Greek letters' sounds ("μπ" as b, "γκ" as g), "Ν." as South, and the words readers write about the story.
    [Theory]
    [InlineData("Τι είναι η Αμπχαζία;", "Abkhazia")]
    [InlineData("Ποιος είναι ο Τιμπίλοφ;", "Tibilov")]
    [InlineData("ποιος φυλαει πλεον τα συνορα της ν. οσετιας?", "guards now  borders  South Ossetia")]
    [InlineData("μεχρι ποτε ισχυει η συμφωνια;", "until when valid")]
    [InlineData("Ποιο είναι το θέμα με τις προειδοποιητικές πινακίδες;", "what is  issue")]
    [InlineData("γεια", "hello")]
    [InlineData("για την Οσετία", "about")]
    public void GreekWordsAreRead(string greek, string english)
    {
        Assert.Contains(english, Greek.InEnglish(greek));
    }

    [Theory]
    [InlineData("Τι συμφωνία είχε υπογράψει η Μόσχα με την Αμπχαζία;", "abkhazia-treaty")]
    [InlineData("Σε τι διαφέρει η συνθήκη με την Ν. Οσετία από αυτή με την Αμπχαζία;", "abkhazia-comparison")]
    [InlineData("ποιος το εγραψε αυτο το αρθρο;", "article-author")]
    [InlineData("ποιος φυλαει πλεον τα συνορα της ν. οσετιας?", "treaty-defence")]
    [InlineData("τι θα γινει με τον στρατο της νοτιας οσετιας;", "treaty-armed-forces")]
    [InlineData("oi ypiresies asfaleias tis osetias tha ginoun kommati tis rwsikis?", "treaty-armed-forces")]
    [InlineData("μεχρι ποτε ισχυει η συμφωνια;", "treaty-term")]
    [InlineData("τι συζητησαν στη γενευη 17-18 μαρτιου", "geneva-talks")]
    [InlineData("Ποιος είχε την συμπροεδρία στη Γενεύη;", "geneva-cochairs")]
    [InlineData("πως ειναι η κατασταση στα συνορα;", "geneva-border-stabilization")]
    [InlineData("ποτε ξαναβρισκονται;", "geneva-next-round")]
    [InlineData("Πόσα έχει υποσχεθεί η Μόσχα στην Αμπχαζία;", "pledge-abkhazia")]
    [InlineData("ποιος ειναι ο λεονιντ τιμπιλοφ", "tibilov-who")]
    [InlineData("Ποιος ηγήθηκε των Ρώσων στις συνομιλίες;", "karasin-who")]
    [InlineData("τι σημαινει τσχινβαλι στο αρθρο;", "tskhinvali-meaning")]
    [InlineData("Τι είναι το Σοχούμι;", "sokhumi-meaning")]
    [InlineData("Τι δήλωσε η Ψάκι;", "us-reaction")]
    [InlineData("poies itan oi antidraseis?", "reactions-overview")]
    public void AGreekQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("γεια", "greeting")]
    [InlineData("ευχαριστω", "thanks")]
    [InlineData("voitheia", "help")]
    [InlineData("ti eisai esy?", "bot-identity")]
    [InlineData("pisteueis oti einai nomimi i synthiki?", "opinion")]
    public void GreekSmallTalkIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("Πόσα χιλιόμετρα είναι τα σύνορα της Ν. Οσετίας με τη Γεωργία;")]
    [InlineData("Πόσα ρούβλια θα δώσει η Ρωσία στη Νότια Οσετία το 2018;")]
    [InlineData("Ποιος υπέγραψε εκ μέρους της Αμπχαζίας;")]
    public void AGreekNearMissIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
