using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;

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
}
