using ChatBot.Core.Matching;

namespace ChatBot.Core.Tests.Matching;

public class ReaderPhrasingTests
{
    [Theory]
    [InlineData("is this so-called treaty valid?", "is this   treaty valid?")]
    [InlineData("how does the piece characterise South Ossetia?", "what is South Ossetia?")]
    [InlineData("which article of the treaty covers borders?", "which clause of the treaty covers borders?")]
    [InlineData("are the two texts the same?", "are the two texts similar?")]
    [InlineData("putin + who?", "putin and who?")]
    [InlineData("did put in sign it himself", "did putin sign it himself")]
    [InlineData("when did put in and tibilov sign", "when did putin and tibilov sign")]
    [InlineData("was it nine point two billion?", "was it 9.2 billion?")]
    [InlineData("the article says Moscow signed something, what was it?", "  Moscow signed something, what was it?")]
    [InlineData("what was it called again?", "what was it called?")]
    [InlineData("I'd love to know who signed it", "  who signed it")]
    [InlineData("who — sorry, when was it signed?", "when was it signed?")]
    [InlineData("what's the, I mean, who signed it?", "who signed it?")]
    [InlineData("When does the treaty expire, assuming it runs its full term?", "When does the treaty expire?")]
    [InlineData("is border protection outsourced, i.e. done by Moscow?", "is border protection outsourced, , done by Moscow?")]
    [InlineData("A patron would like to know what Abkhazia is. What does the article say?", "  what Abkhazia is?")]
    [InlineData("my friend asks if it was signed in Moscow, what does the piece say about it?", "  it was signed in Moscow?")]
    [InlineData("how did it end, in terms of next steps?", "how did it end,   next steps?")]
    [InlineData("Ok, signing off now.", "Ok, bye now.")]
    [InlineData("what's the treaty's title, for my worksheet", "what's the treaty's title")]
    [InlineData("How would I explain Georgia's response to the class?", "explain Georgia's response?")]
    [InlineData("How would I explain the security part of the treaty to Year 11?", "explain the security part of the treaty?")]
    [InlineData("What should pupils know about the international reaction?", "what about the international reaction?")]
    [InlineData("Who's running South Ossetia at the moment?", "Who's running South Ossetia now?")]
    [InlineData("Why does August 2008 come up in the article?", "Why does August 2008 mentioned in the article?")]
    [InlineData("What role does Psaki hold, per the copy?", "What role does Psaki hold, per the article?")]
    [InlineData("Is the treaty open-ended, which matters for our scenarios?", "Is the treaty open-ended?")]
    [InlineData("Was it signed on March 17, or am I confusing it with the Mogherini statement?", "Was it signed on March 17?")]
    [InlineData("Did they welcome it, at least rhetorically?", "Did they welcome it?")]
    [InlineData("is the Abkhaz pledge 9.2bn?", "is the Abkhaz pledge 9.2 billion?")]
    [InlineData("500 mn for 2016?", "500 million for 2016?")]
    [InlineData("How much did Russia commit to Sokhumi, by the article's account?", "How much did Russia commit to Sokhumi,  ?")]
    [InlineData("Is it referred to as an 'alliance and integration treaty'?", "Is it called an 'alliance and integration treaty'?")]
    [InlineData("In the article's account, who signed?", " , who signed?")]
    [InlineData("how much did russia pledge 2 abkhazia", "how much did russia pledge to abkhazia")]
    [InlineData("psaki works 4 who", "psaki works for who")]
    [InlineData("Would you be good enough to tell me who signed it?", " tell me who signed it?")]
    [InlineData("Kindly inform me of the location of the signing", " tell me of the location of the signing")]
    [InlineData("the gist of your correspondent's piece", "the gist of the article")]
    [InlineData("what's the name of the EU foreign policy chief?", "who is the EU foreign policy chief?")]
    [InlineData("US state dept spox name", "who is the US state dept spox?")]
    [InlineData("How is called the agreement with Abkhazia?", "what is the agreement with Abkhazia called?")]
    [InlineData("how it is called?", "what is it called?")]
    [InlineData("What sort of place is South Ossetia, as your article describes it?", "What sort of place is South Ossetia,  ?")]
    [InlineData("how long is the treaty 4?", "how long is the treaty for?")]
    [InlineData("Was the treaty styled an alliance treaty?", "Was the treaty called an alliance treaty?")]
    [InlineData("Did Putin sign the treaty himself, or did he send one of his ministers?", "Did Putin sign the treaty himself?")]
    [InlineData("Is South Ossetia a country in its own right, or is it part of somewhere else?", "Is South Ossetia a country in its own right?")]
    [InlineData("Did Brussels welcome the treaty, as I seem to recall?", "Did Brussels welcome the treaty?")]
    [InlineData("Is the next round in September, as my son-in-law keeps claiming?", "Is the next round in September?")]
    [InlineData("What is Mr Karasin's title, if I may ask?", "What is Mr Karasin's title?")]
    [InlineData("And where did they sign it, may I ask?", "And where did they sign it?")]
    [InlineData("What is the treaty's term, if the article happens to say?", "What is the treaty's term?")]
    public void ReadersPhrasingBecomesThePlainQuestion(string question, string plain)
    {
        Assert.Equal(plain, ReaderPhrasing.Plain(question));
    }

    [Theory]
    [InlineData("did russia do the same with abkhazia?")]
    [InlineData("what does the article say about borders?")]
    [InlineData("why does the article say Tskhinvali?")]
    [InlineData("how much did russia put in?")]
    [InlineData("did russia put in more money?")]
    [InlineData("When the article says Tskhinvali, who is meant?")]
    [InlineData("when will they meet again?")]
    [InlineData("sorry, who signed it?")]
    [InlineData("what are the terms of the treaty?")]
    [InlineData("did Putin sign off on it?")]
    [InlineData("what did Putin say to the press?")]
    [InlineData("what's coming up next in Geneva?")]
    [InlineData("is there a copy of the treaty?")]
    [InlineData("did putin pledge 2 billion?")]
    [InlineData("who are the 2 guys who signed?")]
    [InlineData("is it valid for 4 years?")]
    [InlineData("were there 2 treaties?")]
    [InlineData("what's the name of the treaty?")]
    [InlineData("author name pls")]
    [InlineData("Which ministry pays, which agency guards the border?")]
    [InlineData("Was the draft revised, and if so, how?")]
    [InlineData("was the treaty explained to the parliament?")]
    [InlineData("who was signing off on the treaty?")]
    [InlineData("the text says 'signed with sokhumi' - what's sokhumi?")]
    [InlineData("What may I ask you?")]
    [InlineData("was it signed in Moscow or in Tskhinvali?")]
    [InlineData("who signed it, or was it never signed?")]
    [InlineData("so, as i heard it, who signed?")]
    public void APlainQuestionIsLeftAsItIs(string question)
    {
        Assert.Equal(question, ReaderPhrasing.Plain(question));
    }

    [Theory]
    [InlineData("@ChatBot who signed the treaty?", "who signed the treaty?")]
    [InlineData("who signed it https://example.com/story?id=1", "who signed it")]
    [InlineData("write to me at reader@example.com", "write to me at reader@example.com")]
    public void LinksAndHandlesAreNoWordsOfTheQuestion(string message, string question)
    {
        Assert.Equal(question, ReaderPhrasing.WithoutChatMarkup(message));
    }
}
