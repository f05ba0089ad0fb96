using ChatBot.Core.Answers;

namespace ChatBot.Core.Tests.Answers;

public class TagQuestionTests
{
    [Theory]
    [InlineData("A guest on the podcast said offhand that it's a fifty-year treaty. Is that correct?", "is it a fifty-year treaty?")]
    [InlineData("A caller to our show claimed that Abkhazia got 12 billion. Did they?", "did Abkhazia get 12 billion?")]
    [InlineData("Surely it's only valid for 10 years?", "is it only valid for 10 years?")]
    [InlineData("it was signed on the 17th of march wasnt it", "was it signed on the 17th of march?")]
    [InlineData("Georgia handles its security, doesn't it?", "does Georgia handle its security?")]
    [InlineData("my uncle swears it was signed in february, true?", "was it signed in february?")]
    [InlineData("pretty sure it's a 50 year deal?", "is it a 50 year deal?")]
    [InlineData("the US said it would recognise the treaty?", "did the US say it would recognise the treaty?")]
    [InlineData("My grandson says Russia has a similar pact with another region. Which pact is that?", "Russia has a similar pact with another region. Which pact is that?")]
    [InlineData("True or false: Medvedev signed the treaty for Russia.", "did Medvedev signed the treaty for Russia?")]
    [InlineData("Claim says Medvedev signed the treaty for Russia. True?", "did Medvedev signed the treaty for Russia?")]
    [InlineData("I seem to remember that Mr Medvedev signed it; am I right about that, or is my memory failing me again?", "did Mr Medvedev signed it?")]
    [InlineData("Isn't it true it was Medvedev who signed it?", "was it Medvedev who signed it?")]
    [InlineData("the treaty is for 10 years, right?", "is the treaty for 10 years?")]
    [InlineData("A friend insisted the signing was timed for the anniversary. Was it?", "was the signing timed for the anniversary?")]
    [InlineData("I heard something wild, that the army joins Russia's. Is that what the treaty says?", "does the army join Russia's?")]
    [InlineData("My cousin says the Ossetian military will be absorbed by Russia. Is that in the treaty?", "will the Ossetian military be absorbed by Russia right?")]
    [InlineData("it was signed march 17 yeah?", "was it signed march 17?")]
    [InlineData("its called the friendship treaty right?", "is it called the friendship treaty?")]
    [InlineData("Tibilov, is he a Georgian minister?", "is Tibilov a Georgian minister?")]
    [InlineData("it was signed march 17?", "was it signed march 17?")]
    [InlineData("Dear Sir, I believe the Abkhazian treaty was signed a year earlier. Is that correct?", "was the Abkhazian treaty signed a year earlier?")]
    [InlineData("I am 82. My son, who is always in a hurry, says it was signed in February. Could that possibly be right?", "was it signed in February?")]
    [InlineData("My son-in-law told me over Sunday dinner that they signed it in Tskhinvali. Is that right?", "did they signed it in Tskhinvali?")]
    [InlineData("I was under the impression that the ceremony took place in Tskhinvali. Have I got that right?", "did the ceremony take place in Tskhinvali?")]
    [InlineData("I recall hearing on the wireless that Medvedev signed it. Is that how it happened?", "did Medvedev signed it?")]
    [InlineData("south ossetia is part of russia?", "is south ossetia part of russia?")]
    [InlineData("medvedev signed the treaty right?", "did medvedev signed the treaty?")]
    [InlineData("putin promised 5 billion?", "did putin promised 5 billion?")]
    [InlineData("Someone claims the agreement is only for 10 years, is that right?", "is the agreement only for 10 years?")]
    [InlineData("My teacher said the treaty absorbs the troops. Is that true?", "does the treaty absorb the troops?")]
    [InlineData("Is it correct that the treaty was signed on 18 March?", "was the treaty signed on 18 March?")]
    [InlineData("can you confirm the term is 25 years?", "is the term 25 years?")]
    [InlineData("Can someone verify the Abkhazia pledge is 9.2 billion rubles?", "is the Abkhazia pledge 9.2 billion rubles?")]
    [InlineData("Some briefings claim the Sokhumi agreement was signed six months before, can someone confirm that timeline?", "was the Sokhumi agreement signed six months before?")]
    [InlineData("is it true Abkhazia got 12 billion rubles?", "did Abkhazia get 12 billion rubles?")]
    [InlineData("Russia gave Abkhazia 12 billion rubles, right?", "did Russia give Abkhazia 12 billion rubles?")]
    [InlineData("signed in the kremlin, right?", "was it signed in the kremlin?")]
    [InlineData("Signed on 18 march, correct?", "was it Signed on 18 march?")]
    [InlineData("signed in tbilisi?", "was it signed in tbilisi?")]
    [InlineData("in the cremlin?", "was it in the cremlin?")]
    [InlineData("signed in tbilisi? 😂", "was it signed in tbilisi?")]
    [InlineData("10 yr treaty?", "is 10 yr treaty?")]
    [InlineData("Russia will pay 20 billion to South Ossetia?", "will Russia pay 20 billion to South Ossetia?")]
    [InlineData("Russia gives 5 billion rubles to South Ossetia?", "does Russia give 5 billion rubles to South Ossetia?")]
    [InlineData("For the memo, confirm that the signing took place on March 18.", "did the signing take place on March 18?")]
    [InlineData("Is it accurate to say that the signature took place on March 18?", "did the signature take place on March 18?")]
    [InlineData("Am I right in thinking the treaty was signed in Moscow?", "was the treaty signed in Moscow?")]
    [InlineData("the treaty carries a 25-year term, right?", "does the treaty carry a 25-year term?")]
    [InlineData("Russia finishes paying in 2017?", "does Russia finish paying in 2017?")]
    public void AStatementWithATagIsTheYesNoQuestionItAsks(string text, string question)
    {
        Assert.Equal(question, TagQuestion.AsQuestion(text));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("is the treaty for 25 years?")]
    [InlineData("what did Georgia say, and was it right?")]
    [InlineData("so who was there?")]
    [InlineData("where the treaty was signed?")]
    [InlineData("russia pledged how much?")]
    [InlineData("its called what?")]
    [InlineData("any thoughts on this one?")]
    [InlineData("signed where?")]
    [InlineData("in which city?")]
    [InlineData("and to abkhazia?")]
    [InlineData("25 years right?")]
    [InlineData("Hello, was it Medvedev who signed for Russia?")]
    [InlineData("Can someone verify the signing date for me? I have March 18 in my notes")]
    [InlineData("ok, is it for 25 years?")]
    [InlineData("any news on this?")]
    public void OtherQuestionsAreLeftAsTheyAre(string text)
    {
        Assert.Equal(text, TagQuestion.AsQuestion(text));
    }
}
