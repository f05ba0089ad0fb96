using ChatBot.Core.Answers;
using ChatBot.Core.Conversation;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Answers;

/// <summary>How the engine reads chat messages: who speaks, what is asked of whom, and what comes before the question.</summary>
public class AnswerEngineReadingTests
{
    private static AnswerEngine Engine => RealKnowledge.Engine;

    [Theory]
    [InlineData("What did Tibilov tell Putin after the ceremony?")]
    [InlineData("what did south ossetia's foreign ministry say about the treaty")]
    [InlineData("how much did Tibilov promise Russia?")]
    [InlineData("what did georgia say about nato at geneva")]
    public void AQuestionThatSwapsWhoSpokeIsNotAnsweredWithTheOtherSidesWords(string question)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }

    [Theory]
    [InlineData("What did Putin tell Tibilov?", "pledge-south-ossetia")]
    [InlineData("how did the georgian foreign ministry react", "georgia-reaction")]
    public void TheSpeakerTheIntentKnowsIsAnswered(string question, string intent)
    {
        Assert.Equal(intent, Engine.Ask(question).IntentId);
    }

    [Theory]
    [InlineData("grandad asks what Abkhazia is", "abkhazia-what")]
    [InlineData("who wrote this piece, grandpa asks", "article-author")]
    [InlineData("gran wants to know the treaty's proper name", "treaty-name")]
    public void AQuestionRelayedForAGrandparentIsItsSubject(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("do you think Russia will annex Abkhazia too?")]
    [InlineData("in your view, was signing the treaty a mistake?")]
    [InlineData("is russia in the right here")]
    public void TheBotsOpinionIsNeverAFact(string question)
    {
        var answer = Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal("opinion", answer.IntentId);
    }

    [Theory]
    [InlineData("whats 3+4")]
    [InlineData("what is 2 * 2")]
    public void ArithmeticIsNotAQuestionAboutTheArticle(string question)
    {
        Assert.Equal(AnswerKind.Declined, Engine.Ask(question).Kind);
    }

    [Fact]
    public void WhoTheAuthorIsBeyondHerBylineIsNotSaidButWhoWroteItIsOffered()
    {
        var answer = Engine.Ask("Who is Sally Bokhua?");

        Assert.False(answer.Answered);
        Assert.Contains(answer.Suggestions, s => s.IntentId == "article-author");
    }

    [Theory]
    [InlineData("was this written by Jen Psaki?")]
    [InlineData("Did Karasin write this article?")]
    public void AWrongGuessOfTheAuthorIsAnsweredWithTheAuthor(string question)
    {
        Assert.Equal("article-author", Engine.Ask(question).IntentId);
    }

    [Theory]
    [InlineData("whats the news about? i need to write a summary", "treaty-overview")]
    [InlineData("What is South Ossetia a breakaway region of? I keep thinking Russia but that can't be right.", "south-ossetia-what")]
    public void AQuestionFollowedByARemarkAboutTheReaderIsAskedOnItsOwn(string message, string intent)
    {
        Assert.Equal(intent, Engine.Ask(message).IntentId);
    }

    [Fact]
    public void AClockTimeIsNotAnsweredWithADate()
    {
        Assert.False(Engine.Ask("at what time of day did they sign it?").Answered);
    }

    [Theory]
    [InlineData("Total newbie here, never followed this: what exactly is Abkhazia?", "abkhazia-what")]
    [InlineData("My friend keeps talking about Karasin. who is that", "karasin-who")]
    [InlineData("Moscow pledged money to Sokhumi. who is that?", "sokhumi-meaning")]
    [InlineData("hi! writing a school report, when was the treaty signed?", "signing-date")]
    [InlineData("My father guarded a frontier during the war, so I'm curious: who will guard the South Ossetian border under this pact?", "treaty-defence")]
    public void TheQuestionAfterAPreambleIsAnswered(string message, string intent)
    {
        var answer = Engine.Ask(message);

        Assert.True(answer.Answered, $"{answer.Kind} {answer.Confidence:F2}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("Who put their names to the treaty? I remember when Brezhnev signed everything himself, with that big fountain pen.", "treaty-signatories")]
    [InlineData("Is it true that the agreement is for fifty years? That seems an awfully long time to me.", "treaty-term")]
    [InlineData("Forgive my ignorance, but what exactly is South Ossetia? I'm afraid geography was never my strong subject at school.", "south-ossetia-what")]
    public void AQuestionThatOpensTheMessageDoesNotPointAtTheRemarkAfterIt(string message, string intent)
    {
        var answer = Engine.Ask(message);

        Assert.True(answer.Answered, $"{answer.Kind} {answer.Confidence:F2}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Fact]
    public void AskingWhatSomeoneSaidNeedsAnAnswerThatReportsWords()
    {
        var answer = Engine.Ask("ok and what was her comment on the deal?", new ConversationTurn("who is jen psaki", "psaki-who"));

        Assert.Equal("us-reaction", answer.IntentId);
    }

    [Fact]
    public void ANameInThePreambleThatNoIntentKnowsStillCounts()
    {
        Assert.False(Engine.Ask("I'm from Brazil. What did they say about it?").Answered);
    }

    [Fact]
    public void APreambleOfANameAloneIsTheTopicOfTheQuestionAfterIt()
    {
        Assert.NotEqual("south-ossetia-what", Engine.Ask("Abkhazia, what kind of entity are we talking about?").IntentId);
    }

    [Theory]
    [InlineData("Were the sums quoted in dollars?")]
    [InlineData("Was Europe in favour of the treaty?")]
    public void ACurrencyOrAStanceAfterInIsNoGuessOfAPlace(string question)
    {
        Assert.DoesNotContain(Engine.Ask(question).IntentId, new[] { "geneva-talks", "mogherini-who", "signing-place" });
    }

    [Fact]
    public void AChoiceBetweenPlacesAsksWhere()
    {
        Assert.Equal("signing-place", Engine.Ask("was the treaty signed in Tskhinvali or in Moscow?").IntentId);
    }

    [Theory]
    [InlineData("tskhinvali = south ossetia?", "tskhinvali-meaning")]
    [InlineData("is sokhumi abkhazia", "sokhumi-meaning")]
    public void AQuestionEquatingTwoNamesIsAnsweredByTheIntentThatExplainsTheName(string question, string intent)
    {
        Assert.Equal(intent, Engine.Ask(question).IntentId);
    }

    [Fact]
    public void AYesNoQuestionCheckingAWrongNumberIsAnsweredWithTheRightOne()
    {
        var answer = Engine.Ask("does the treaty last 50 years?");

        Assert.Equal("treaty-term", answer.IntentId);
        Assert.Contains("25", answer.Text);
    }

    [Theory]
    [InlineData("did Putin pledge 5 billion to South Ossetia?", "pledge-south-ossetia", "9 billion")]
    [InlineData("Putin promise 9.2 billion to South Ossetia, right?", "pledge-south-ossetia", "9 billion")]
    [InlineData("Was the Abkhaz pledge 1 billion roubles?", "pledge-abkhazia", "9.2 billion")]
    public void AWrongSumPledgedIsAnsweredWithTheRightOne(string question, string intent, string sum)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
        Assert.Contains(sum, answer.Text);
    }

    [Theory]
    [InlineData("I thought it was signed in Sochi", "signing-place")]
    [InlineData("I thought the treaty was for 50 years", "treaty-term")]
    [InlineData("I thought Medvedev signed it", "treaty-signatories")]
    [InlineData("didn't Medvedev sign it?", "treaty-signatories")]
    [InlineData("I thought the author was Psaki", "article-author")]
    [InlineData("was it signed on February 18?", "signing-date")]
    [InlineData("sign date was 18 feb yeah?", "signing-date")]
    [InlineData("I take it there's no time limit on it at all?", "treaty-term")]
    public void AWrongBeliefStatedToTheBotIsCorrected(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Fact]
    public void AnOpinionStatedAsABeliefIsNoFactToCheck()
    {
        Assert.False(Engine.Ask("I thought the treaty was a disgrace").Answered);
    }

    [Fact]
    public void AQuestionAskedOfTwoNamesIsAnsweredForEach()
    {
        var answer = Engine.Ask("how much did russia pledge to south ossetia and abkhazia");

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Contains("9 billion rubles", answer.Text);
        Assert.Contains("9.2 billion rubles", answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Sokhumi", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoNamesAnIntentAnswersTogetherAreNotAnsweredApart()
    {
        Assert.NotEqual("eu-reaction", Engine.Ask("Did the EU and the US both condemn the treaty before it was signed?").IntentId);
    }

    [Fact]
    public void AYesNoQuestionCheckingAWrongPlaceIsAnsweredWithTheRightOne()
    {
        var answer = Engine.Ask("was the treaty signed in Tbilisi?");

        Assert.Equal("signing-place", answer.IntentId);
        Assert.Contains("Kremlin", answer.Text);
    }

    [Fact]
    public void ARoleTheAnswerOnlyGivesQualifiedIsAnotherRole()
    {
        Assert.False(Engine.Ask("who is russia's foreign minister").Answered);
        Assert.Equal("karasin-who", Engine.Ask("who is russia's deputy foreign minister").IntentId);
    }

    [Fact]
    public void AQuestionCountingSomethingTheAnswerDoesNotCountIsNotAnswered()
    {
        Assert.False(Engine.Ask("How many oblasts does Russia have?").Answered);
    }

    [Fact]
    public void ANameOwningWhatTheIntentGivesToSomethingElseIsNotAnswered()
    {
        Assert.False(Engine.Ask("what's putin's official title").Answered);
        Assert.Equal("treaty-name", Engine.Ask("what's the treaty's official title").IntentId);
    }

    [Fact]
    public void TheAbkhazPledgeIsNotTheSouthOssetianOne()
    {
        Assert.Equal("pledge-abkhazia", Engine.Ask("what are the 9.2 billion rubles?").IntentId);
        Assert.Equal("pledge-south-ossetia", Engine.Ask("what are the 9 billion rubles for?").IntentId);
        // The article says what South Ossetia's money is for, not what Abkhazia's is: the reader is asked instead.
        Assert.Equal(AnswerKind.DidYouMean, Engine.Ask("what are the 9.2 billion rubles for?").Kind);
    }

    [Fact]
    public void IntentsTheWordsCannotTellApartAreNotGuessedBetween()
    {
        var answer = Engine.Ask("what region?");

        Assert.Equal(AnswerKind.DidYouMean, answer.Kind);
        Assert.Contains(answer.Suggestions, s => s.IntentId == "south-ossetia-what");
        Assert.Contains(answer.Suggestions, s => s.IntentId == "tskhinvali-meaning");
    }

    [Theory]
    [InlineData("the EU stayed silent as usual, right?", "eu-reaction")]
    [InlineData("Did the Geneva talks collapse?", "geneva-outcome")]
    [InlineData("Is the situation along the occupation line getting more stable?", "geneva-border-stabilization")]
    public void AReadersWordForAStanceOrAnOutcomeIsTheArticles(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("how did DC respond", "us-reaction")]
    [InlineData("DTG of the signing?", "signing-date")]
    [InlineData("whats the situation on the ABL per the geneva talks", "geneva-border-stabilization")]
    public void AnAbbreviationOfTheTradeIsItsWord(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("oye, the soldiers of ossetia now they are of russia?", "treaty-armed-forces")]
    [InlineData("kardesim the treaty with ossetia when was signed exactly, 18 of march?", "signing-date")]
    public void HowAReaderAddressesTheBotIsNoPartOfTheQuestion(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("treaty official name is what ne", "treaty-name")]
    [InlineData("who is Psaki desu ka", "psaki-who")]
    [InlineData("when was this 'treaty' allegedly signed", "signing-date")]
    [InlineData("where was it signed, supposedly", "signing-place")]
    public void ASentenceParticleOrAScepticsDistanceIsNoPartOfTheQuestion(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("date of signing? source?", "signing-date")]
    [InlineData("who signed it, proof??", "treaty-signatories")]
    public void AskingForASourceAsksForTheCitationEveryAnswerGives(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
        Assert.NotEmpty(answer.Citations);
    }

    [Fact]
    public void ASourceOfSomethingTheArticleDoesNotSayIsNotAnswered()
    {
        Assert.False(Engine.Ask("what's the source of the money?").Answered);
    }

    [Theory]
    [InlineData("what's abkhazia in this story", "abkhazia-what")]
    [InlineData("Hello, what sort of place is Abkhazia?", "abkhazia-what")]
    [InlineData("is it the same as the abkhazia one", "abkhazia-comparison")]
    public void ANameIsExplainedByTheAnswerAboutItRatherThanAboutItsOtherName(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("What was going on in Geneva?", "geneva-talks")]
    [InlineData("Could you summarise the reactions to the treaty?", "reactions-overview")]
    public void RelatedIntentsTheWordsTieAreSettledByASmallerLeadOfWording(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("how much did russia pledge?", "pledge-south-ossetia", "and to abkhazia?", "pledge-abkhazia")]
    [InlineData("were there talks in geneva too", "geneva-talks", "what happened there", "geneva-talks")]
    [InlineData("who is tibilov?", "tibilov-who", "whats the name of the thing he signed", "treaty-name")]
    [InlineData("How much will South Ossetia receive?", "pledge-south-ossetia", "who said this?", "pledge-south-ossetia")]
    [InlineData("What did the EU say about the treaty?", "eu-reaction", "and the Americans?", "us-reaction")]
    [InlineData("What is South Ossetia?", "south-ossetia-what", "ok and abkhazia?", "abkhazia-what")]
    [InlineData("Who is Federica Mogherini?", "mogherini-who", "what about Psaki?", "psaki-who")]
    [InlineData("Who signed the treaty?", "treaty-signatories", "date?", "signing-date")]
    [InlineData("Who signed the treaty?", "treaty-signatories", "venue?", "signing-place")]
    [InlineData("who co-chaired the geneva talks?", "geneva-cochairs", "and who else was there?", "geneva-participants")]
    [InlineData("Who is Leonid Tibilov?", "tibilov-who", "when did he sign it?", "signing-date")]
    [InlineData("How did Georgia react?", "georgia-reaction", "what did its delegation do?", "georgian-delegation")]
    [InlineData("Was the treaty signed in the Kremlin?", "signing-place", "By whom?", "treaty-signatories")]
    [InlineData("Who signed the treaty?", "treaty-signatories", "and for how long is it valid?", "treaty-term")]
    [InlineData("who signed the treaty?", "treaty-signatories", "the ossetian guy, who is he?", "tibilov-who")]
    [InlineData("What did Mogherini say about the treaty?", "eu-reaction", "What is her position exactly?", "mogherini-who")]
    [InlineData("What did the State Department say?", "us-reaction", "and who said it?", "psaki-who")]
    [InlineData("what did the georgian foreign ministry say?", "georgia-reaction", "did georgia do anything else about it", "georgian-delegation")]
    [InlineData("how much money does south ossetia get?", "pledge-south-ossetia", "is that dollars or rubles?", "pledge-south-ossetia")]
    [InlineData("How much will South Ossetia get?", "pledge-south-ossetia", "who said that?", "pledge-south-ossetia")]
    [InlineData("who is leonid tibilov?", "tibilov-who", "who did he sign it with?", "treaty-signatories")]
    [InlineData("who signed the treaty?", "treaty-signatories", "who's the other guy?", "tibilov-who")]
    [InlineData("who signed it with putin", "treaty-signatories", "whos that", "tibilov-who")]
    [InlineData("How much did Moscow pledge to Sokhumi?", "pledge-abkhazia", "what's that?", "sokhumi-meaning")]
    [InlineData("where was it signed?", "signing-place", "by whom?", "treaty-signatories")]
    [InlineData("when was the treaty signed?", "signing-date", "and with whom?", "treaty-signatories")]
    [InlineData("how much did moscow pledge to sokhumi", "pledge-abkhazia", "wait whats that", "sokhumi-meaning")]
    [InlineData("what did the eu say? and what did the us say", "us-reaction", "so basically who all condemned it", "reactions-overview")]
    [InlineData("whats the treaty called", "treaty-name", "what's the abkhazia one called", "abkhazia-treaty")]
    [InlineData("did russia sign one with abkhazia too", "abkhazia-treaty", "is it the same", "abkhazia-comparison")]
    [InlineData("When did Russia sign the Abkhazia agreement?", "abkhazia-treaty", "is this one the same?", "abkhazia-comparison")]
    [InlineData("who signed the treaty with russia", "treaty-signatories", "what's the treaty's official title then", "treaty-name")]
    public void AFollowUpIsReadWithThePreviousQuestion(string first, string firstIntent, string followUp, string intent)
    {
        var answer = Engine.Ask(followUp, new ConversationTurn(first, firstIntent));

        Assert.True(answer.Answered, $"{answer.Kind} {answer.IntentId} {answer.Confidence:F2}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("when was it signed", "you sure? source?", "signing-date")]
    [InlineData("it's a 25 year deal?", "prove it", "treaty-term")]
    [InlineData("how much did russia pledge to abkhazia?", "really?", "pledge-abkhazia")]
    [InlineData("where was the treaty signed?", "where does it say that?", "signing-place")]
    public void ADoubtAfterAnAnswerIsAnsweredWithThatAnswerAndItsCitation(string first, string doubt, string intent)
    {
        var previous = Engine.Ask(first);

        var answer = Engine.Ask(doubt, new ConversationTurn(first, previous.IntentId!));

        Assert.Equal(intent, previous.IntentId);
        Assert.True(answer.Answered, $"{answer.Kind} {answer.IntentId}");
        Assert.Equal(intent, answer.IntentId);
        Assert.NotEmpty(answer.Citations);
    }

    [Fact]
    public void ADoubtWithNothingBeforeItIsNotAnswered()
    {
        Assert.False(Engine.Ask("you sure? source?").Answered);
    }

    [Theory]
    [InlineData("where was the treaty signed?", "no, I mean the date", "signing-date")]
    [InlineData("who signed the treaty with south ossetia?", "not that one, the money", "pledge-south-ossetia")]
    [InlineData("who signed the treaty?", "no not the signers, the date", "signing-date")]
    public void AFollowUpThatTurnsAwayFromTheAnswerAsksWhatItNames(string first, string followUp, string intent)
    {
        var previous = Engine.Ask(first);

        var answer = Engine.Ask(followUp, new ConversationTurn(first, previous.IntentId!));

        Assert.True(answer.Answered, $"{answer.Kind} {answer.IntentId}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("how many delegations were at geneva", "geneva-participants")]
    [InlineData("how many co-chairs were there", "geneva-cochairs")]
    [InlineData("names of the signatories for our fact sheet?", "treaty-signatories")]
    [InlineData("georgia's reaction in one line for the fact sheet?", "georgia-reaction")]
    public void CountedPartiesAndAnAnswersPurposeAreRead(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind} {answer.IntentId}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("how many people attended the geneva talks?")]
    [InlineData("how many people were at the signing ceremony")]
    public void AHeadcountIsNotAnsweredWithWhoTookPart(string question)
    {
        Assert.False(Engine.Ask(question).Answered);
    }

    [Theory]
    [InlineData("Did they sign it in Geneva?")]
    [InlineData("was the treaty signed in Tbilisi?")]
    [InlineData("Did they sign the agreement in the Kremlin?")]
    public void AYesNoCheckOfAPlaceIsAnsweredWithWhereItHappened(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered);
        Assert.Equal("signing-place", answer.IntentId);
    }

    [Theory]
    [InlineData("What is the OSCE?")]
    [InlineData("what is nato")]
    public void ANameTheArticleOnlyMentionsIsNotExplainedByAnAnswerThatMentionsIt(string question)
    {
        Assert.False(Engine.Ask(question).Answered);
    }

    [Theory]
    [InlineData("What is Tskhinvali?", "tskhinvali-meaning")]
    [InlineData("who's karasin exactly", "karasin-who")]
    public void ANameAnAnswerOpensWithIsExplained(string question, string intent)
    {
        Assert.Equal(intent, Engine.Ask(question).IntentId);
    }

    [Theory]
    [InlineData("What did Mogherini say about the treaty?", "who is she?", "mogherini-who")]
    [InlineData("what did Psaki say", "who is that?", "psaki-who")]
    public void WhoIsSheAsksAboutTheNameOfThePreviousQuestion(string first, string followUp, string intent)
    {
        var previous = Engine.Ask(first);

        var answer = Engine.Ask(followUp, new ConversationTurn(first, previous.IntentId!));

        Assert.True(answer.Answered);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("Who headed the Russian delegation in Geneva?", "and the Georgian one?")]
    [InlineData("who led the russian team in geneva", "what about the georgian team")]
    [InlineData("How long is the treaty valid?", "Same for the Abkhazia deal?")]
    [InlineData("Treaty term?", "and the Abkhazia one?")]
    [InlineData("How did Georgia react?", "what about the UN?")]
    public void AFollowUpThatAsksThePreviousQuestionOfSomethingElseIsNotAnsweredWithWhatThatThingDid(string first, string followUp)
    {
        var previous = Engine.Ask(first);

        var answer = Engine.Ask(followUp, new ConversationTurn(first, previous.IntentId!));

        Assert.True(previous.Answered);
        Assert.False(answer.Answered);
    }

    [Theory]
    [InlineData("Who is Tibilov?", "did he say anything about the money?")]
    [InlineData("Who is Grigory Karasin?", "Did he comment on the treaty signed in Moscow?")]
    public void AFollowUpAboutThePersonBeforeIsNotAnsweredWithWhatSomeoneElseDid(string first, string followUp)
    {
        var previous = Engine.Ask(first);

        var answer = Engine.Ask(followUp, new ConversationTurn(first, previous.IntentId!));

        Assert.True(previous.Answered);
        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }

    [Theory]
    [InlineData("When was the treaty signed?", "what about the Sukhumi one?", "abkhazia-treaty")]
    [InlineData("How much did Russia pledge to South Ossetia?", "and to Abkhazia?", "pledge-abkhazia")]
    [InlineData("What is the treaty called?", "and the Abkhaz one?", "abkhazia-treaty")]
    public void AFollowUpThatAsksThePreviousQuestionOfSomethingElseIsAnsweredWhenTheArticleSays(string first, string followUp, string intent)
    {
        var previous = Engine.Ask(first);

        var answer = Engine.Ask(followUp, new ConversationTurn(first, previous.IntentId!));

        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("Is Tibilov the president of Georgia?", "tibilov-who")]
    [InlineData("Is Mr Karasin the Russian defence minister?", "karasin-who")]
    [InlineData("Is Signora Mogherini the Italian prime minister?", "mogherini-who")]
    [InlineData("Is South Ossetia a region of Armenia?", "south-ossetia-what")]
    [InlineData("Was Lavrov the head of Russian delegation?", "karasin-who")]
    [InlineData("is mogherini a UN official?", "mogherini-who")]
    [InlineData("Is Sokhumi in South Ossetia?", "sokhumi-meaning")]
    [InlineData("Is South Ossetia part of Russia?", "south-ossetia-what")]
    [InlineData("Is Tibilov Georgia's president?", "tibilov-who")]
    [InlineData("is Mogherini the NATO secretary general?", "mogherini-who")]
    [InlineData("Psaki is EU person right?", "psaki-who")]
    [InlineData("is mogherini nato's boss?", "mogherini-who")]
    [InlineData("does psaki work for the EU?", "psaki-who")]
    [InlineData("mogherini works for nato right??", "mogherini-who")]
    [InlineData("who is Tibilov? he is russian politician?", "tibilov-who")]
    [InlineData("Who is Psaki? Is she with the EU?", "psaki-who")]
    [InlineData("excuse me, who is Tibilov? he is russian politician?", "tibilov-who")]
    [InlineData("Mogherini, she is the NATO Secretary General, correct?", "mogherini-who")]
    [InlineData("tibilov, he is the president?", "tibilov-who")]
    public void AWrongGuessOfWhatANameIsIsAnsweredWithWhatItIs(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("whats south ossetia bc i have no clue", "south-ossetia-what")]
    [InlineData("who is tibilov tbh never heard of him", "tibilov-who")]
    [InlineData("whats tskhinvali, cant even pronounce it lmao", "tskhinvali-meaning")]
    [InlineData("federica mogherini, who's she supposed to be", "mogherini-who")]
    public void WhatTheReaderDoesNotKnowIsWhatTheyAsk(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Fact]
    public void NotHavingHeardOfAPlaceIsNoQuestionBeforeTheQuestionAboutIt()
    {
        Assert.False(Engine.Ask("I had no idea this place even existed. What's the population of South Ossetia?").Answered);
    }

    [Fact]
    public void ANationalityAfterARoleIsNoGuessOfWhoHoldsIt()
    {
        Assert.False(Engine.Ask("Is the author Georgian?").Answered);
    }

    [Theory]
    [InlineData("wetin Russia promise South Ossetia?", "pledge-south-ossetia")]
    [InlineData("Tibilov na who?", "tibilov-who")]
    [InlineData("na Putin sign am?", "treaty-signatories")]
    public void APidginQuestionIsAnswered(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("sino po ang pumirma ng treaty?", "treaty-signatories")]
    [InlineData("magkano po ang ipinangako ng Russia sa South Ossetia?", "pledge-south-ossetia")]
    [InlineData("kailan pinirmahan yung treaty?", "signing-date")]
    [InlineData("25 years ang treaty diba?", "treaty-term")]
    [InlineData("bot ka ba?", "bot-identity")]
    public void ATaglishQuestionIsAnswered(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Kind is AnswerKind.Answered or AnswerKind.SmallTalk, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("magkano ang population ng South Ossetia?")]
    [InlineData("ano ang sinabi ng China?")]
    [InlineData("how many people live inna South Ossetia?")]
    [InlineData("wah China seh?")]
    public void ANearMissInTaglishOrPatoisIsDeclined(string question)
    {
        Assert.False(Engine.Ask(question).Answered);
    }

    [Theory]
    [InlineData("quién firmó el tratado?", "treaty-signatories")]
    [InlineData("Cuánto dinero para Abjasia?", "pledge-abkhazia")]
    [InlineData("Dónde firmaron el tratado?", "signing-place")]
    public void ASpanglishQuestionIsAnswered(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("who sign di treaty?", "treaty-signatories")]
    [InlineData("weh dem sign it?", "signing-place")]
    [InlineData("how much money Russia gi dem?", "pledge-south-ossetia")]
    [InlineData("wah di EU seh bout it?", "eu-reaction")]
    [InlineData("di treaty a 25 years, true?", "treaty-term")]
    public void ACaribbeanQuestionIsAnswered(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("Q5 According to the article how much money has Russia promised Abkhazia?", "pledge-abkhazia")]
    [InlineData("Q7 b) What was the State Department's reaction?", "us-reaction")]
    [InlineData("Q12 who co-chaired the geneva discussions? (1 mark)", "geneva-cochairs")]
    [InlineData("where'd they sign it", "signing-place")]
    [InlineData("how'd georgia react", "georgia-reaction")]
    [InlineData("who took part in the GID?", "geneva-participants")]
    public void HomeworkNumberingContractionsAndInitialsAreRead(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("Ref: treaty duration - please advise.", "treaty-term")]
    [InlineData("Ref: Karasin - what's his title?", "karasin-who")]
    [InlineData("Dear bot, could you please advise who signed the treaty? Kind regards", "treaty-signatories")]
    [InlineData("Dear Sir, I would like to enquire who signed for the South Ossetian side. Yours sincerely, P. Grant", "treaty-signatories")]
    [InlineData("Hello, I need the exact name of the pact Putin signed with Tibilov for a slide deck. Many thanks, Priya", "treaty-name")]
    public void AQuestionWrittenAsAnOfficeEmailIsAnswered(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("To whom it may concern, Did Putin personally sign the agreement, and who signed on the Ossetian side? Kind regards, Lali Tsomaia", "treaty-signatories")]
    [InlineData("Respected editors,\nkindly state the venue of the signing.\nSincerely,\nArjun Menon", "signing-place")]
    [InlineData("Good evening. I believe it was signed in Tbilisi, was it not? Kind regards, Leonard", "signing-place")]
    public void ALettersGreetingAndSignOffAreNoPartOfItsQuestion(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("Hello team, who am I speaking to here? Is this a bot? Best, Nikita Smirnov", "bot-identity")]
    [InlineData("I am most grateful for your assistance. Thank you.", "thanks")]
    public void SmallTalkInALetterIsAnsweredAsSmallTalk(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("my aunt lives in sukhumi and wants to know how much moscow promised abkhazia. what's the number?", "pledge-abkhazia")]
    [InlineData("my friend who studies economics asked how much money russia is giving south ossetia with this treaty. any numbers?", "pledge-south-ossetia")]
    [InlineData("so my dad likes the writing style and asked who wrote this article?", "article-author")]
    [InlineData("doing my homework w/ my sister and we don't know who mogherini is. what's her job?", "mogherini-who")]
    [InlineData("my friend went on holiday to abkhazia and i didn't even know what that is. what is abkhazia?", "abkhazia-what")]
    [InlineData("in my class we're comparing the two deals, what amount did moscow pledge to abkhazia?", "pledge-abkhazia")]
    [InlineData("so in my class we saw the name tibilov. what's his role?", "tibilov-who")]
    [InlineData("ok my abkhaz friend wants to know how much moscow pledged to them. whats the number?", "pledge-abkhazia")]
    [InlineData("my dad keeps mispronouncing mogerini lol. who is she according to the article?", "mogherini-who")]
    [InlineData("so i'm looking at the name grigory karasin and my study buddy has no clue either, what's his position?", "karasin-who")]
    public void AQuestionPassedOnInTheReadersStoryIsAnswered(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    // Nothing of the article: one word ("fix") is no question about it.
    [InlineData("my wifi keeps dropping every 10 minutes, any idea how to fix it?")]
    // The message's own question asks more than the story passed on.
    [InlineData("I saw some footage on social media and wondered if it's related. Were there protests in Tbilisi against the treaty?")]
    // "his words" ask more than who Tibilov is, and the article does not quote them.
    [InlineData("Tibilov said something after signing? what was his words?")]
    // "what is his job" asks of Putin, named before it.
    [InlineData("Who is Putin exactly, what is his job?")]
    public void AStoryPassesOnNoQuestionTheArticleAnswers(string question)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }

    [Theory]
    [InlineData("so who signed the damn thing", "treaty-signatories")]
    [InlineData("who the hell is tibilov", "tibilov-who")]
    [InlineData("how long's this crap last", "treaty-term")]
    [InlineData("how much f*cking money did russia hand over", "pledge-south-ossetia")]
    public void SwearingIsNoPartOfTheQuestion(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("did Putin and Tibilov sign it?")]
    [InlineData("Putin and Tibilov signed it, right?")]
    [InlineData("Was it Lavrov and Tibilov who signed it?")]
    [InlineData("it was Medvedev and Tibilov who sign it, no?")]
    [InlineData("Was it Dmitry Medvedev who signed the instrument on the Russian side?")]
    public void NamingBothSignatoriesIsAnsweredWithWhoSigned(string question)
    {
        Assert.Equal("treaty-signatories", Engine.Ask(question).IntentId);
    }

    [Theory]
    [InlineData("treaty signed kab? date pls", "signing-date")]
    [InlineData("how much crores Russia is giving to South Ossetia?", "pledge-south-ossetia")]
    [InlineData("who is Mogherini ji?", "mogherini-who")]
    [InlineData("was it signed in Tskhinvali, right?", "signing-place")]
    public void AnIndianEnglishQuestionIsAnswered(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("what Tibilov say after they signed?")]
    [InlineData("wetin Tibilov talk after dem sign?")]
    public void WhatSomeoneElseSaidAskedWithoutDidIsNotAnsweredWithPutinsWords(string question)
    {
        Assert.False(Engine.Ask(question).Answered);
    }

    [Fact]
    public void WhoSheWorksForAfterTheAuthorIsNotAGuessAtWhoTheAuthorIs()
    {
        var answer = Engine.Ask("who does she work for?", new ConversationTurn("Who wrote the article?", "article-author"));

        Assert.False(answer.Answered);
    }

    [Theory]
    [InlineData("Is Federica Mogherini Italian?")]
    [InlineData("Is Tibilov married?")]
    public void AQuestionAboutANameThatIsNoGuessOfWhatItIsIsNotAnswered(string question)
    {
        Assert.False(Engine.Ask(question).Answered);
    }

    [Theory]
    [InlineData("Is the deal valid for ten years?", "treaty-term")]
    [InlineData("Are the next talks scheduled for August?", "geneva-next-round")]
    [InlineData("did russia pledge 9.2 billion dollars to Abkhazia?", "pledge-abkhazia")]
    [InlineData("Was the Abkhaz deal signed a whole year earlier?", "abkhazia-treaty")]
    [InlineData("Was the Abkhazian agreement signed one year before?", "abkhazia-treaty")]
    public void ANumberWordOrAMonthIsCheckedLikeADigitOrADate(string question, string intent)
    {
        Assert.Equal(intent, Engine.Ask(question).IntentId);
    }

    [Theory]
    [InlineData("did the americans support the deal?")]
    public void WhatSomeoneDidIsNeverAnsweredWithTheBotsOwnViews(string question)
    {
        Assert.NotEqual("opinion", Engine.Ask(question).IntentId);
    }

    [Theory]
    [InlineData("In your own estimation, does this treaty amount to annexation?")]
    [InlineData("in your own view, is this annexation?")]
    public void AskingTheBotsOwnViewIsAnOpinion(string question)
    {
        Assert.Equal("opinion", Engine.Ask(question).IntentId);
    }

    [Theory]
    [InlineData("prediction: will the next geneva round fix anything?")]
    [InlineData("will georgia ever get those regions back?")]
    public void PredictionsAreOpinions(string question)
    {
        Assert.Equal("opinion", Engine.Ask(question).IntentId);
    }

    [Theory]
    [InlineData("Did Medvedev sign the treaty?", "treaty-signatories")]
    [InlineData("Was the treaty signed by Mogherini?", "treaty-signatories")]
    [InlineData("Was this article written by Jen Psaki?", "article-author")]
    [InlineData("Did NATO co-chair the Geneva meeting?", "geneva-cochairs")]
    [InlineData("Was NATO one of the co-chairs?", "geneva-cochairs")]
    [InlineData("the co-chairs are Russia and US, right?", "geneva-cochairs")]
    [InlineData("the writer is Jen Psaki, right?", "article-author")]
    [InlineData("were the signatories Medvedev and Tibilov?", "treaty-signatories")]
    public void AWrongGuessOfWhoDidItIsCorrectedByAnAnswerThatNamesEveryone(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("Did China react?")]
    [InlineData("Did Tibilov meet Mogherini?")]
    [InlineData("Has Russia signed such a treaty with Armenia?")]
    [InlineData("Did Georgia's president attend the Geneva talks?")]
    public void AGuessAnAnswerCannotCorrectIsNotAnswered(string question)
    {
        Assert.False(Engine.Ask(question).Answered);
    }

    [Fact]
    public void ItAfterAQuestionAboutTheArticleIsTheArticle()
    {
        const string first = "what's this article about?";
        var previous = Engine.Ask(first);

        Assert.Equal("article-author", Engine.Ask("who wrote it?", new ConversationTurn(first, previous.IntentId!)).IntentId);
    }

    [Theory]
    [InlineData("What happened at the June 30 round of talks?")]
    [InlineData("did anything happen at the june meeting")]
    [InlineData("what was discussed at the june 30 round?")]
    public void NothingHasHappenedYetAtAnEventThatIsOnlyScheduled(string question)
    {
        Assert.False(Engine.Ask(question).Answered);
    }

    [Fact]
    public void WhenTheScheduledEventTakesPlaceIsAnswered()
    {
        Assert.Equal("geneva-next-round", Engine.Ask("when is the next round of talks scheduled?").IntentId);
    }

    [Theory]
    [InlineData("who damaged the warning signs")]
    public void WhoDidSomethingTheAnswerNeverSaysWhoDidIsNotAnswered(string question)
    {
        Assert.False(Engine.Ask(question).Answered);
    }

    [Theory]
    [InlineData("who's tibilov", "tibilov-who")]
    [InlineData("who signed the treaty?", "treaty-signatories")]
    [InlineData("who's gonna guard south ossetia's borders now", "treaty-defence")]
    public void WhoDidWhatTheAnswerSaysIsAnswered(string question, string intent)
    {
        Assert.Equal(intent, Engine.Ask(question).IntentId);
    }

    [Theory]
    [InlineData("what does 'actual annexation' refer to?", "georgia-reaction")]
    [InlineData("what's behind the \"positive trend towards stabilization\"?", "geneva-border-stabilization")]
    [InlineData("What does the article mean by 'Republic of South Ossetia'?", "south-ossetia-what")]
    [InlineData("What is 'Kremli' in the article? Is that where they signed?", "signing-place")]
    [InlineData("The text says 'Kremli' - is that meant to be the Kremlin?", "signing-place")]
    public void AQuoteOfTheArticleIsExplainedByTheIntentThatUsesIt(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered);
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("what's 'Georgia's' view?")]
    [InlineData("how many troops are in 'the armed forces'?")]
    public void AQuoteDoesNotAnswerAQuestionThatAsksMoreThanItsMeaning(string question)
    {
        var knowledge = RealKnowledge.Result.Knowledge;

        var analyzer = new ChatBot.Core.Matching.TextAnalyzer(knowledge.Vocabulary, corrector: null);
        Assert.Null(QuotedPhrase.ExplainedBy(question, knowledge.Intents, analyzer));
        Assert.Null(QuotedPhrase.CitedBy(question, knowledge.Intents, analyzer));
    }

    [Theory]
    [InlineData("Is it called the alliance and strategic partnership treaty?")]
    [InlineData("is the treaty named a friendship pact?")]
    public void AWrongGuessOfTheTreatysNameIsAnsweredWithItsName(string question)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered);
        Assert.Equal("treaty-name", answer.IntentId);
    }

    [Fact]
    public void TheAbkhazAgreementsNameIsStillItsOwn()
    {
        Assert.Equal("abkhazia-treaty", Engine.Ask("what was the agreement with abkhazia called?").IntentId);
    }

    [Theory]
    [InlineData("the treaty is for 10 years, right?", "treaty-term")]
    [InlineData("psaki is the secretary of state right?", "psaki-who")]
    [InlineData("Mogherini, is she from NATO?", "mogherini-who")]
    public void ACheckWrittenAsAStatementIsCorrectedLikeAYesNoQuestion(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered);
        Assert.Equal(intent, answer.IntentId);
    }

    [Fact]
    public void ThisTextIsTheArticleNotSomethingSaidBefore()
    {
        const string first = "who signed the treaty?";
        var previous = Engine.Ask(first);

        var answer = Engine.Ask("who is the author of this text?", new ConversationTurn(first, previous.IntentId!));

        Assert.True(answer.Answered, $"not answered: {answer.Kind}");
        Assert.Equal("article-author", answer.IntentId);
    }

    [Fact]
    public void HowLongSomeoneHasHeldTheirPostIsNotWhoTheyAre()
    {
        const string first = "Who is Jen Psaki?";
        var previous = Engine.Ask(first);

        Assert.False(Engine.Ask("how long has she been in that job?", new ConversationTurn(first, previous.IntentId!)).Answered);
    }

    [Theory]
    [InlineData("which NATO bases are planned in Georgia?")]
    [InlineData("which border signs were damaged?")]
    [InlineData("where in geneva were the talks held?")]
    [InlineData("was Medvedev at the signing?")]
    [InlineData("what was in the first draft?")]
    [InlineData("Which day exactly was the agreement with Abkhazia signed?")]
    public void PickingOutAThingNeedsAnAnswerThatPicksItOut(string question)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }

    [Theory]
    [InlineData("Who's 'Sokhumi' in the pledge line?", "sokhumi-meaning")]
    [InlineData("Who or what is Sokhumi? The article says Moscow pledged money to it.", "sokhumi-meaning")]
    public void WhoANameIsIsAskedWhereverTheReaderMetIt(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"not answered: {answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("Does the text differ materially from the agreement signed with Sokhumi?", "abkhazia-comparison")]
    [InlineData("how long is the treaty valid for, strictly speaking?", "treaty-term")]
    public void AnAdverbNoIntentKnowsOnlySaysHowTheReaderMeansIt(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"not answered: {answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("Could you kindly identify the signatories of the treaty?", "treaty-signatories")]
    [InlineData("What is the magnitude of the Russian financial commitment to the Abkhaz side?", "pledge-abkhazia")]
    [InlineData("How is the treaty officially entitled, if I may ask?", "treaty-name")]
    [InlineData("What instrument did Russia sign with Sokhumi prior to this treaty?", "abkhazia-treaty")]
    [InlineData("Delta between the Tskhinvali text and the Sokhumi text?", "abkhazia-comparison")]
    [InlineData("What's the funding envelope for 2016?", "pledge-south-ossetia")]
    [InlineData("Who did the Georgians lobby over the pact?", "georgian-delegation")]
    [InlineData("Did anybody object to this pact?", "reactions-overview")]
    [InlineData("Was there a breakthrough at the Geneva talks?", "geneva-outcome")]
    [InlineData("Did Russia pledge any money to South Ossetia along with the treaty?", "pledge-south-ossetia")]
    public void EveryReadersWordingIsReadLikeAnyOther(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"not answered: {answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("Who is the leader of South Ossetia? Who runs the place these days?", "tibilov-who")]
    [InlineData("What's the proper title of the treaty? What name did they give it?", "treaty-name")]
    [InlineData("Greetings from a sleepy commuter train in Kent. When does the South Ossetia treaty run out? Like, is there an expiry date on the thing?", "treaty-term")]
    public void AQuestionAskedAgainInOtherWordsIsAnsweredOnce(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"not answered: {answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Fact]
    public void AClaimCheckedBeforeARemarkIsReadAsTheYesNoQuestionItIs()
    {
        var answer = Engine.Ask("Is it true Putin promised South Ossetia 50 billion rubles? A guy at my gym said so.");

        Assert.True(answer.Answered, $"not answered: {answer.Kind}");
        Assert.Equal("pledge-south-ossetia", answer.IntentId);
    }

    [Fact]
    public void AClaimCheckedBeforeTheReadersRemarkIsAnswered()
    {
        var answer = Engine.Ask("Hi, Kasia from Poznan here. I heard something wild, that South Ossetia's army is going to become part of the Russian army. Is that what the treaty says? It sounds like something out of a novel.");

        Assert.True(answer.Answered, $"not answered: {answer.Kind}");
        Assert.Equal("treaty-armed-forces", answer.IntentId);
    }

    [Theory]
    [InlineData("grax", "thanks")]
    [InlineData("sorry, total newbie - what is south ossetia", "south-ossetia-what")]
    public void ChatWordsAreReadAsMeant(string question, string intent)
    {
        Assert.Equal(intent, Engine.Ask(question).IntentId);
    }

    [Fact]
    public void AskingTheBotToWriteIsNotAskingWhoWrote()
    {
        Assert.False(Engine.Ask("can u write my essay").Answered);
    }

    [Fact]
    public void ASecondQuestionAboutSomethingElseIsNotDroppedSilently()
    {
        Assert.False(Engine.Ask("Who signed the treaty? How much did Russia pay Belarus?").Answered);
    }

    [Fact]
    public void SomeoneInAPlaceTheAnswerOnlyNamesIsNotTheAnswer()
    {
        Assert.False(Engine.Ask("did anybody in russia oppose the treaty").Answered);
    }

    [Fact]
    public void AnAdverbDoesNotMakeAnUnansweredQuestionAnswered()
    {
        Assert.False(Engine.Ask("Does the treaty renew automatically after its term ends?").Answered);
    }

    [Theory]
    [InlineData("In which venue was the treaty signed?", "signing-place")]
    [InlineData("In which location did the signing ceremony take place?", "signing-place")]
    [InlineData("Which dates are set for the next round?", "geneva-next-round")]
    public void WhichVenueOrWhichDateAsksWhereOrWhen(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.True(answer.Answered, $"not answered: {answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("which delegations attended the Geneva talks?", "geneva-participants")]
    [InlineData("who was at the talks in geneva", "geneva-participants")]
    [InlineData("was Ukraine at the Geneva talks?", "geneva-participants")]
    [InlineData("was Lavrov heading the Russian team in Geneva?", "karasin-who")]
    [InlineData("was it Medvedev who signed?", "treaty-signatories")]
    [InlineData("Was Sergey Lavrov leading the Russian side at the Geneva talks?", "karasin-who")]
    [InlineData("Was the treaty signed by Dmitry Medvedev on the Russian side?", "treaty-signatories")]
    [InlineData("was the treaty singed in april?", "signing-date")]
    [InlineData("medvedev signed the treaty right?", "treaty-signatories")]
    [InlineData("it was signed march 17?", "signing-date")]
    [InlineData("where in moscow did they sign it?", "signing-place")]
    [InlineData("Someone claims the agreement is only for 10 years, is that right?", "treaty-term")]
    [InlineData("Excuse me, I am sorry to bother you, but could you please tell me who signed this treaty?", "treaty-signatories")]
    [InlineData("Is it correct that the treaty was signed in Tbilisi?", "signing-place")]
    [InlineData("what's in the treaty?", "treaty-overview")]
    [InlineData("Can you summarize what this article reports?", "treaty-overview")]
    [InlineData("I am not familiar with the name Tibilov, can you explain who is he?", "tibilov-who")]
    [InlineData("what was in the Georgian MFA statement?", "georgia-reaction")]
    [InlineData("is it true Abkhazia got 12 billion rubles?", "pledge-abkhazia")]
    [InlineData("they give 5 billion rubles to tskhinvali, right?", "pledge-south-ossetia")]
    [InlineData("signed in kremlin right?", "signing-place")]
    [InlineData("isn't Mogherini the NATO secretary general?", "mogherini-who")]
    [InlineData("Is Mogherini the german chancellor or what?", "mogherini-who")]
    [InlineData("who put their names on this so-called treaty?", "treaty-signatories")]
    [InlineData("did the Geneva talks lead to anything?", "geneva-outcome")]
    [InlineData("did they say georgia's nato moves violate agreements from 2010?", "geneva-august-2008")]
    [InlineData("Were the Geneva talks on March 20-21?", "geneva-talks")]
    [InlineData("Did Moscow sign the Abkhazia pact a year before this one?", "abkhazia-treaty")]
    [InlineData("was the abkazia one signed like a year earlier?", "abkhazia-treaty")]
    [InlineData("quick question, signed in Sochi or where?", "signing-place")]
    [InlineData("did russia give 5 million rubles to south ossetia?", "pledge-south-ossetia")]
    [InlineData("does the treaty make georgia responsible for guarding south ossetia's borders?", "treaty-defence")]
    [InlineData("Is Georgia supposed to guard the South Ossetian border under this pact?", "treaty-defence")]
    [InlineData("is Georgia in charge of defending south ossetia?", "treaty-defence")]
    [InlineData("was Ukraine part of the Geneva discussions?", "geneva-participants")]
    [InlineData("was NATO a co-chair?", "geneva-cochairs")]
    [InlineData("was Medvedev a signatory?", "treaty-signatories")]
    [InlineData("which Ossetian signed on their side?", "treaty-signatories")]
    [InlineData("Did the Georgian government just stay silent?", "georgia-reaction")]
    public void AGuessIsAnsweredByTheIntentThatStatesWhatWasGuessed(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("is mogherini italian", "mogherini-who")]
    [InlineData("was abkhazia represented", "abkhazia-what")]
    [InlineData("Is North Ossetia part of Russia?", "treaty-defence")]
    public void WhatNoAnswerSaysOfANameIsNoIdentityQuestion(string question, string identity)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered && answer.IntentId == identity, $"answered with {answer.IntentId}");
    }

    [Theory]
    [InlineData("ok cheers for that")]
    [InlineData("cheers")]
    public void SmallTalkThatFitsTwoRepliesGetsOneOfThem(string message)
    {
        var answer = Engine.Ask(message);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
    }

    [Fact]
    public void AskingForMoreAboutThePreviousAnswerGetsMoreThanIt()
    {
        var answer = Engine.Ask("tell me more about the crimea thing", new ConversationTurn("when was the treaty signed", "crimea-anniversary"));

        Assert.Equal("crimea-background", answer.IntentId);
    }

    [Theory]
    [InlineData("for my presentation, what does the treaty say about the armed forces?", "treaty-armed-forces")]
    [InlineData("my teacher wants to know who signed the treaty", "treaty-signatories")]
    [InlineData("What's the quoted clause about armed forces and security agencies?", "treaty-armed-forces")]
    [InlineData("What does the treaty say about defence and security, as far as the piece reports?", "treaty-defence")]
    [InlineData("Can we confirm Psaki's title for attribution purposes?", "psaki-who")]
    public void WhoIsAskingAndWhatForIsNotPartOfTheQuestion(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Fact]
    public void SomeoneInTheArticlesBossIsStillAskedAbout()
    {
        Assert.False(Engine.Ask("who is jen psaki's boss").Answered);
    }

    [Fact]
    public void TheSameQuestionOfAnotherOneIsNotReadAsTheOtherThing()
    {
        var answer = Engine.Ask("What about the Abkhazia one?", new ConversationTurn("How long is the South Ossetia treaty valid?", "treaty-term"));

        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }

    [Fact]
    public void AQuoteSaidToStandInAnotherIsTheOneAskedAbout()
    {
        var answer = Engine.Ask("Who is 'Sokhumi' in 'pledged 9.2 billion rubles to Sokhumi'?");

        Assert.Equal(("sokhumi-meaning", true), (answer.IntentId, answer.Answered));
    }

    [Fact]
    public void AFragmentAfterAQuestionAboutANameContinuesIt()
    {
        var answer = Engine.Ask("hey who is Putin in this story, what post");

        Assert.NotEqual(("karasin-who", true), (answer.IntentId, answer.Answered));
    }

    [Fact]
    public void AFollowUpStaysWithWhatThePreviousQuestionNamed()
    {
        var answer = Engine.Ask("where exactly, like which building", new ConversationTurn("what happened in geneva", "geneva-talks"));

        Assert.NotEqual(("signing-place", true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("when was it signed again?")]
    [InlineData("and when was it signed?")]
    public void AFollowUpAfterAQuestionThatNamedNothingIsAnsweredAsAsked(string followUp)
    {
        var answer = Engine.Ask(followUp, new ConversationTurn("how long does the treaty last?", "treaty-term"));

        Assert.Equal(("signing-date", true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("what was the abkhazia agreement called again", "abkhazia-treaty")]
    [InlineData("How did the Geneva round conclude, in terms of next steps?", "geneva-outcome")]
    [InlineData("How is the treaty formally styled?", "treaty-name")]
    [InlineData("Did Tbilisi characterize the treaty as an annexation?", "georgia-reaction")]
    [InlineData("Did Washington welcome the treaty?", "us-reaction")]
    [InlineData("How did the breakaway regions' delegations frame Georgia's Euro-Atlantic integration?", "geneva-nato-concerns")]
    [InlineData("Which agreements did the delegations say Georgia's NATO trajectory contravenes?", "geneva-august-2008")]
    [InlineData("Ukraine was participant of Geneva discussions?", "geneva-participants")]
    [InlineData("NATO was co-chair of Geneva talks?", "geneva-cochairs")]
    [InlineData("@ChatBot who signed the treaty?", "treaty-signatories")]
    [InlineData("who's the EU lady", "mogherini-who")]
    [InlineData("who signed the treaty https://example.com/article", "treaty-signatories")]
    [InlineData("so the ossetia deal has less integration w russia than abkhazia's?", "abkhazia-comparison")]
    public void HowAReaderFramesAQuestionIsReadPastIt(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Fact]
    public void MeetingAgainStillAsksForTheNextRound()
    {
        var answer = Engine.Ask("when do they meet again in geneva");

        Assert.Equal(("geneva-next-round", true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("were there protests in tbilisi")]
    [InlineData("Were there any protests in Georgia against the treaty?")]
    [InlineData("which article of the treaty covers border protection?")]
    [InlineData("do ossetians want to join russia")]
    [InlineData("why does south ossetia want this")]
    [InlineData("what is abkhazia's 9.2 bil for")]
    [InlineData("Does the article say who damaged the border warning signs?")]
    [InlineData("Does the article mention China?")]
    [InlineData("what does russia get out of this deal")]
    [InlineData("what does annexation mean?")]
    [InlineData("what does treaty mean? i dont get it")]
    [InlineData("what does 'provocative' mean")]
    [InlineData("y did they revise the draft")]
    [InlineData("what is a deputy minister")]
    [InlineData("who is the governor of Kherson?")]
    [InlineData("what did the U N say about the treaty, did they condemn it")]
    [InlineData("what was the population of South Ossetia in two thousand fifteen?")]
    [InlineData("per capita, how much is the pledge?")]
    [InlineData("adjusted for inflation, how much did Russia pledge?")]
    [InlineData("who picked Tibilov as leader?")]
    public void WhatTheArticleDoesNotReportIsNotAnsweredWithAFactOfTheSameWords(string question)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }

    [Theory]
    [InlineData("Did Georgia protest?", "georgia-reaction")]
    [InlineData("wtf is south ossetia", "south-ossetia-what")]
    [InlineData("wdym sokhumi", "sokhumi-meaning")]
    [InlineData("What was Tbilisi's response, dear?", "georgia-reaction")]
    [InlineData("the treaty was signed by Putin and whom?", "treaty-signatories")]
    [InlineData("was ukraine at the talks", "geneva-participants")]
    [InlineData("Russia will pay 20 billion to South Ossetia?", "pledge-south-ossetia")]
    [InlineData("did georgia go to geneva", "geneva-participants")]
    [InlineData("was it in the kremlin?", "signing-place")]
    [InlineData("i want to know who signed the treaty", "treaty-signatories")]
    [InlineData("What's Psaki's role - is she the US ambassador to Georgia?", "psaki-who")]
    [InlineData("Does the article call it a 'friendship and cooperation treaty'?", "treaty-name")]
    [InlineData("I believe it was signed on the 8th of March, is that right?", "signing-date")]
    [InlineData("Can someone get me the exact Mogherini quote on sovereignty?", "eu-reaction")]
    [InlineData("Is it a 10-year treaty? I thought I read that somewhere but want to confirm", "treaty-term")]
    [InlineData("abkhazia got 9.2 bil?", "pledge-abkhazia")]
    [InlineData("Does the article say when the talks will resume?", "geneva-next-round")]
    [InlineData("when did moscow do the deal with ab khazia", "abkhazia-treaty")]
    [InlineData("who's tibi love", "tibilov-who")]
    [InlineData("what did they discuss at the international discussions on trans caucasia", "geneva-talks")]
    [InlineData("so is south ossetia part of russia", "south-ossetia-what")]
    [InlineData("um did they sign it in tskhinvali", "signing-place")]
    [InlineData("was it signed on the 17th", "signing-date")]
    [InlineData("so basically how much cash does skinvali get out of this", "pledge-south-ossetia")]
    [InlineData("Is Abkhazia a Russian oblast?", "abkhazia-what")]
    [InlineData("Does the article name the signatories of the agreement?", "treaty-signatories")]
    [InlineData("any reactions", "reactions-overview")]
    [InlineData("5 billion to abkhazia?", "pledge-abkhazia")]
    [InlineData("tibilov abkhaz leader?", "tibilov-who")]
    [InlineData("what does Kremli mean?", "signing-place")]
    [InlineData("Where in the article is the duration of the treaty mentioned?", "treaty-term")]
    [InlineData("A patron is unfamiliar with South Ossetia; could you explain what it is, as described in the article?", "south-ossetia-what")]
    [InlineData("who's this Tibby-lov guy, Leo-nid Tibby-lov", "tibilov-who")]
    [InlineData("what's Federica Mo-geh-rini's job", "mogherini-who")]
    [InlineData("did Russia give Abkhazia nine point two billion rubles", "pledge-abkhazia")]
    [InlineData("what did the Abkhaz and Ossetian delegations say about the August two thousand eight agreements", "geneva-august-2008")]
    [InlineData("When was the agreement with Abkhazia signed relative to this one?", "abkhazia-treaty")]
    [InlineData("grigory karasin who dat", "karasin-who")]
    [InlineData("yeah so who's the reporter on this one", "article-author")]
    [InlineData("Did the participants notice any improvement at the borders?", "geneva-border-stabilization")]
    [InlineData("were the talks chaired by the U N and the O S C E, is that right", "geneva-cochairs")]
    [InlineData("did put in sign it himself", "treaty-signatories")]
    [InlineData("who's Moga-reeny, the lady quoted in the article", "mogherini-who")]
    [InlineData("the article keeps saying Tskin-vally, what does that mean", "tskhinvali-meaning")]
    [InlineData("so what's the Republic of Abkhazia the article talks about", "abkhazia-what")]
    public void ChatWordingIsReadAsTheQuestionItAsks(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Fact]
    public void WhoSaidThatIsNotAnsweredWithAnotherAnswersSpeaker()
    {
        // The Abkhaz pledge names no speaker; Putin's words are about South Ossetia's money.
        var answer = Engine.Ask("who said that?", new ConversationTurn("how much did Moscow pledge to Abkhazia?", "pledge-abkhazia"));

        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }

    [Theory]
    [InlineData("Good morning, I'm a history teacher", "greeting")]
    [InlineData("Hello! Quick question before our trip", "greeting")]
    [InlineData("Thanks, that's really helpful for my lesson", "thanks")]
    [InlineData("thank u for the figures", "thanks")]
    [InlineData("gotta go pack, bye", "goodbye")]
    [InlineData("I'm off to teach now, see you", "goodbye")]
    public void AGreetingThanksOrFarewellAmongTheReadersOwnNewsIsSmallTalk(string message, string intent)
    {
        var answer = Engine.Ask(message);

        Assert.Equal((AnswerKind.SmallTalk, intent), (answer.Kind, answer.IntentId));
    }

    [Theory]
    [InlineData("hi, I'm from China, did Beijing react")]
    [InlineData("hello, tell me how much Russia pledged to Crimea")]
    public void AGreetingDoesNotTurnTheQuestionAfterItIntoSmallTalk(string message)
    {
        Assert.NotEqual(AnswerKind.SmallTalk, Engine.Ask(message).Kind);
    }

    [Theory]
    [InlineData("Give me the short version of this story, I'm in a hurry")]
    [InlineData("Summarise the news in one sentence for the standfirst")]
    [InlineData("gimme the gist of this news lol")]
    [InlineData("give me the gist of the piece on the Russian treaty?")]
    [InlineData("can someone sum up what happened in the Kremlin with the Ossetians?")]
    public void ARequestForTheGistIsAnsweredWithTheSummary(string question)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((AnswerKind.Answered, "treaty-overview"), (answer.Kind, answer.IntentId));
    }

    [Theory]
    [InlineData("What happened in August 2008?", "geneva-august-2008")]
    [InlineData("Are you an AI travel agent?", "bot-identity")]
    public void ARequestForTheGistIsAnsweredWithTheSummaryWhateverCameBefore(string previous, string previousIntent)
    {
        var answer = Engine.Ask("give me the gist of this story, I am in a hurry", new ConversationTurn(previous, previousIntent));

        Assert.Equal((AnswerKind.Answered, "treaty-overview"), (answer.Kind, answer.IntentId));
    }

    [Theory]
    [InlineData("Does GE consider it an annexation?", "georgia-reaction")]
    [InlineData("Which intl orgs chaired the Transcaucasia discussions?", "geneva-cochairs")]
    [InlineData("how much did russia pledge 2 abkhazia", "pledge-abkhazia")]
    public void AnalystsAndPhoneShorthandIsReadAsTheWordsItStandsFor(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((AnswerKind.Answered, intent), (answer.Kind, answer.IntentId));
    }

    [Theory]
    [InlineData("what is the name of the american at the geneva talks")]
    [InlineData("who is the boss of the UN")]
    [InlineData("Who was the abkhaz representative in Geneva?")]
    [InlineData("did tibilov go to geneva")]
    [InlineData("did Mogherini attend the Geneva talks?")]
    public void WhoOnePersonIsIsNotAnsweredWithTheParties(string question)
    {
        Assert.False(Engine.Ask(question).Answered);
    }

    [Theory]
    [InlineData("what is the name of the russian delegation head", "karasin-who")]
    [InlineData("who is the leader of south ossetia", "tibilov-who")]
    [InlineData("who is head of Tskhinvali regime", "tibilov-who")]
    [InlineData("who is the EU foreign policy chief", "mogherini-who")]
    public void WhoOnePersonIsIsAnsweredByTheAnswerThatNamesThem(string question, string intent)
    {
        Assert.Equal(intent, Engine.Ask(question).IntentId);
    }

    [Theory]
    [InlineData("Would you kindly remind me of the day on which this treaty was concluded? I keep a little calendar of world events.", "signing-date")]
    [InlineData("What is the proper name of this treaty? I'd like to look it up at the library next week.", "treaty-name")]
    [InlineData("Who is this Tibilov fellow? I had never heard his name until this week.", "tibilov-who")]
    public void AQuestionAboutThisTreatyNeedsNoRemarkAroundIt(string message, string intent)
    {
        var answer = Engine.Ask(message);

        Assert.Equal((AnswerKind.Answered, intent), (answer.Kind, answer.IntentId));
    }

    [Theory]
    [InlineData("Was it named the 'alliance and integration treaty'?")]
    [InlineData("is it called a 'strategic partnership' agreement like the Abkhaz one?")]
    [InlineData("is it called \"alliance and strategic partnership\" like the Abkhaz one?")]
    public void AGuessOfTheTreatysNameIsSettledByItsName(string question)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((AnswerKind.Answered, "treaty-name"), (answer.Kind, answer.IntentId));
    }

    [Fact]
    public void AQuestionAskedInSimpleWordsIsNotAskingForTheWholeStory()
    {
        Assert.NotEqual("treaty-overview", Engine.Ask("explain what south ossetia is in simple words").IntentId);
    }

    [Theory]
    [InlineData("give me an overview of the reactions", "reactions-overview")]
    [InlineData("can you sum up the Geneva meetings?", "geneva-talks")]
    public void ASummaryOfOneTopicIsThatTopicsAnswer(string question, string intent)
    {
        Assert.Equal(intent, Engine.Ask(question).IntentId);
    }

    [Theory]
    [InlineData("Are you an AI travel agent?")]
    [InlineData("Am I chatting with a computer?")]
    [InlineData("are u from the channel admins or an AI?")]
    public void AGuessAtWhatTheBotIsIsAnsweredWithWhatItIs(string question)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((AnswerKind.SmallTalk, "bot-identity"), (answer.Kind, answer.IntentId));
    }

    [Theory]
    [InlineData("What about its army?", "Does Russia guard South Ossetia's borders under the treaty?", "treaty-defence", "treaty-armed-forces")]
    [InlineData("and by 2017?", "How much will be allocated in 2016?", "pledge-south-ossetia", "pledge-south-ossetia")]
    [InlineData("and who chaired em?", "who attended the geneva talks", "geneva-participants", "geneva-cochairs")]
    [InlineData("And who led the Russian delegation there?", "Which international organisations co-chaired the Geneva talks?", "geneva-cochairs", "karasin-who")]
    [InlineData("And under whose co-chairmanship?", "Who attended the Geneva discussions?", "geneva-participants", "geneva-cochairs")]
    [InlineData("and to Abkhazia?", "How much did Russia pledge to South Ossetia?", "pledge-south-ossetia", "pledge-abkhazia")]
    public void AFollowUpThatSwapsInWhatThePreviousAnswerDidNotSayAsksAnotherAnswer(string question, string previous, string previousIntent, string intent)
    {
        var answer = Engine.Ask(question, new ConversationTurn(previous, previousIntent));

        Assert.Equal((AnswerKind.Answered, intent), (answer.Kind, answer.IntentId));
    }

    [Theory]
    [InlineData("What happened in August 2008?")]
    [InlineData("wat happened in august 2008")]
    public void WhatHappenedAtATimeTheArticleOnlyUsesAsALabelIsNotAnswered(string question)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }

    [Theory]
    [InlineData("What happened in Geneva on 17-18 March?", "geneva-talks")]
    [InlineData("what happened in 2016?", "pledge-south-ossetia")]
    public void WhatHappenedAtATimeTheAnswerGivesIsAnswered(string question, string intent)
    {
        Assert.Equal(intent, Engine.Ask(question).IntentId);
    }

    [Theory]
    [InlineData("who even signed this thing lol", "treaty-signatories")]
    [InlineData("why is Crimea even mentioned in the article", "crimea-anniversary")]
    [InlineData("What role does Psaki hold, per the copy?", "psaki-who")]
    [InlineData("Is the journalist's name given anywhere?", "article-author")]
    [InlineData("Who raised concerns about NATO military exercises in Georgia?", "geneva-nato-concerns")]
    [InlineData("Is the treaty open-ended or time-limited, which matters quite a bit for our status quo scenarios?", "treaty-term")]
    [InlineData("what does Sokhumi denote here?", "sokhumi-meaning")]
    [InlineData("By when will the 9bn be allocated - end of 2016 or 2017?", "pledge-south-ossetia")]
    [InlineData("Where, geographically speaking, was the instrument concluded?", "signing-place")]
    [InlineData("Has a date been set for the subsequent round of talks on security and stability in Transcaucasia?", "geneva-next-round")]
    [InlineData("In what official capacity was Jen Psaki speaking?", "psaki-who")]
    [InlineData("Was the treaty concluded for an indefinite period, without any fixed term?", "treaty-term")]
    [InlineData("For citation purposes, could you confirm the precise date of signature reported in the article?", "signing-date")]
    [InlineData("How much fiscal support is going to South Ossetia?", "pledge-south-ossetia")]
    [InlineData("How is Abkhazia described in the article?", "abkhazia-what")]
    [InlineData("What financial commitments did Moscow make to Tskhinvali alongside the treaty?", "pledge-south-ossetia")]
    [InlineData("Does the final text differ substantively from the agreement concluded with Sokhumi?", "abkhazia-comparison")]
    [InlineData("Do South Ossetia's security services stay completely separate from Russia's?", "treaty-armed-forces")]
    [InlineData("what did the parties agree upon in Geneva?", "geneva-outcome")]
    public void ReadersEmphasisAndEditorsWordsForTheArticleAreNoTopic(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((AnswerKind.Answered, intent), (answer.Kind, answer.IntentId));
    }

    [Theory]
    [InlineData("will georgia guard the borders of south ossetia under this deal?")]
    [InlineData("Will Georgia be looking after South Ossetia's frontier under the treaty?")]
    public void AGuessOfWhoWillDoItIsCorrectedByTheAnswerThatSaysWhoDoes(string question)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((AnswerKind.Answered, "treaty-defence"), (answer.Kind, answer.IntentId));
    }

    [Theory]
    [InlineData("In the Geneva section, how is Georgia's Euro-Atlantic integration framed by the Abkhaz and South Ossetian delegations?", "geneva-nato-concerns")]
    [InlineData("I read that the first draft was changed. After the revision did the text become closer to the Abkhaz version?", "abkhazia-comparison")]
    public void ALongQuestionWhoseWordsItsIntentAccountsForIsAnswered(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((AnswerKind.Answered, intent), (answer.Kind, answer.IntentId));
    }

    [Theory]
    [InlineData("What are the consequences of the treaty for Georgia's EU association agreement with Brussels?")]
    [InlineData("Has Russia already transferred the first billion rubles to the South Ossetian budget this year?")]
    public void ALongQuestionWithAWordNoIntentAccountsForIsStillDeclined(string question)
    {
        Assert.False(Engine.Ask(question).Answered);
    }

    [Theory]
    [InlineData("and the Abkhaz treaty, how long?")]
    public void HowLongOfWhatThePreambleNamesIsNotAnsweredForAnotherTreaty(string question)
    {
        var answer = Engine.Ask(question, new ConversationTurn("how long is the treaty for?", "treaty-term"));

        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }

    [Theory]
    [InlineData("Was the situation on the borders said to be deteriorating?")]
    [InlineData("So the Abkhazia border is getting more dangerous?")]
    public void AGuessOfTheOppositeTrendIsCorrectedByTheTrendTheArticleGives(string question)
    {
        Assert.Equal("geneva-border-stabilization", Engine.Ask(question).IntentId);
    }

    [Theory]
    [InlineData("is putin the president of russia?")]
    [InlineData("is putin russia's president?")]
    public void AGuessAtTheRoleOfANameNoIntentDescribesIsNotAnswered(string question)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }

    [Theory]
    [InlineData("was the us at geneva", "geneva-participants")]
    [InlineData("is tibilov the president of south ossetia?", "tibilov-who")]
    public void APlaceOrARoleAnIntentSettlesIsStillAnswered(string question, string intent)
    {
        Assert.Equal(intent, Engine.Ask(question).IntentId);
    }

    [Theory]
    [InlineData("Is it certain that the money will actually be paid by the end of 2017?")]
    [InlineData("Is the treaty merely symbolic?")]
    public void AHedgeThatIsTheQuestionIsNotReadAsFiller(string question)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }

    [Theory]
    [InlineData("Salve!", "greeting")]
    [InlineData("gracias amigo", "thanks")]
    [InlineData("Thanks, dear.", "thanks")]
    [InlineData("hii 👋", "greeting")]
    public void GreetingsAndThanksInOtherLanguagesAreSmallTalk(string message, string intent)
    {
        var answer = Engine.Ask(message);

        Assert.Equal((AnswerKind.SmallTalk, intent), (answer.Kind, answer.IntentId));
    }

    [Theory]
    [InlineData("what's on the agenda for it?")]
    [InlineData("what will they talk about")]
    public void AFollowUpAboutAScheduledRoundIsNotAnsweredWithWhatHappenedAtTheLastOne(string followUp)
    {
        var answer = Engine.Ask(followUp, new ConversationTurn("When is the next round of Geneva talks?", "geneva-next-round"));

        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }

    [Fact]
    public void MoreAboutTheAnnexationIsNotGeorgiasCondemnation()
    {
        var answer = Engine.Ask("Tell me more about that annexation, please.", new ConversationTurn("Which anniversary was on the signing day?", "crimea-anniversary"));

        Assert.NotEqual(("georgia-reaction", true), (answer.IntentId, answer.Answered));
    }

    [Fact]
    public void AKeywordCheckIsAQuestionOfItsOwnAfterAnotherTopic()
    {
        // "is it ..." would read "it" as pointing back at the Abkhaz pledge.
        var answer = Engine.Ask("10 yr treaty?", new ConversationTurn("how much did Russia pledge? and to abkhazia?", "pledge-abkhazia"));

        Assert.Equal(("treaty-term", true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("what language do they speak in South Ossetia? Ossetian? Russian?")]
    [InlineData("What currency do they use in South Ossetia? Rubles, I suppose?")]
    public void GuessesOfferedForAnUnansweredQuestionAskNothingOfTheirOwn(string question)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }

    [Theory]
    [InlineData("claim: the ceremony was in Tskhinvali. can u verify", "signing-place")]
    [InlineData("an op-ed says Russia promised Abkhazia 5 billion rubles, is that right per this piece", "pledge-abkhazia")]
    [InlineData("Claim: the UN, OSCE and EU co-chaired. Confirm?", "geneva-cochairs")]
    [InlineData("when was it signed? March 18?", "signing-date")]
    public void AClaimOrAGuessIsCheckedAgainstTheArticle(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("who signed the treat *treaty", "treaty-signatories")]
    [InlineData("what's the team of the deal\n*term", "treaty-term")]
    [InlineData("Putin + Tibilov signed it, correct?", "treaty-signatories")]
    [InlineData("what day did russia ink the deal w southossetia", "signing-date")]
    [InlineData("whats tibilovs job", "tibilov-who")]
    [InlineData("what's the full tittle of the agreement", "treaty-name")]
    [InlineData("is russia responsible for SO security under the treat", "treaty-defence")]
    public void AThumbTypistsSlipsAreReadAsMeant(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Fact]
    public void APossessiveTypedWithoutItsApostropheStillOwnsWhatFollows()
    {
        // Putin's name is not the treaty's.
        var answer = Engine.Ask("what's putins full name");

        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }

    [Theory]
    [InlineData("so what did geneva achieve, nothing as usual?", "geneva-outcome")]
    [InlineData("what was georgia's official response, more crying?", "georgia-reaction")]
    [InlineData("Who is Sokhumi, some politician?", "sokhumi-meaning")]
    public void AClosingAsideAfterTheQuestionAsksNothingOfItsOwn(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("who attended, from china?")]
    [InlineData("what is the full name of Putin, the first name?")]
    [InlineData("what about the UN, recognize?")]
    public void ClosingWordsThatNarrowTheQuestionAreNoAside(string question)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }

    [Theory]
    [InlineData("Could you provide the exact wording of the Georgian Foreign Ministry's statement?", "georgia-reaction")]
    [InlineData("Could you give me the exact figures for the financial support to South Ossetia mentioned in the article?", "pledge-south-ossetia")]
    [InlineData("What is Abkhazia, as the article presents it?", "abkhazia-what")]
    public void AFormalRequestIsAskedAsItsQuestion(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Fact]
    public void WhichPersonAsksWho()
    {
        var answer = Engine.Ask("which person lead the Russians at the Geneva meetings");

        Assert.Equal(("karasin-who", true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("how do you say thank you in georgian")]
    public void ATranslationIsNotAnAnswerInTheArticle(string question)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }

    [Theory]
    [InlineData("descriptor for psaki", "psaki-who")]
    [InlineData("money para - 1bn rubles in 2016, confirm?", "pledge-south-ossetia")]
    [InlineData("Pursuant to the treaty, who bears responsibility for guarding South Ossetia's borders?", "treaty-defence")]
    public void ADesksOrAScholarsWordsForTheirOwnWorkAskNothing(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("which side is tibilov on in all this?", "tibilov-who")]
    [InlineData("who does psaki speak for", "psaki-who")]
    [InlineData("what was psaki's job at the time?", "psaki-who")]
    public void WhoSomeoneSpeaksForInTheStoryIsWhoTheyAre(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Fact]
    public void AMessageListingTwoQuestionsGetsBothAnswers()
    {
        var answer = Engine.Ask("1) who signed it 2) when");

        Assert.True(answer.Answered);
        Assert.Contains("Putin", answer.Text, StringComparison.Ordinal);
        Assert.Contains("March 18", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("whats the amount russia promised ab causia", "pledge-abkhazia")]
    [InlineData("okay so uh what did russia and south oh settia actually do", "treaty-overview")]
    [InlineData("whats sock hoomy", "sokhumi-meaning")]
    public void ANameSpeechToTextWroteAsTheWordsItHeardIsThatName(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("so thats the crimea anniversary?", "crimea-anniversary")]
    [InlineData("who were the co chairs in geneva", "geneva-cochairs")]
    public void WordsThatOnlySoundLikeANameTogetherStayWords(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("whats skin valley", "tskhinvali-meaning")]
    [InlineData("whos gregory car a sin", "karasin-who")]
    [InlineData("abc asia what is that place", "abkhazia-what")]
    public void EverydayWordsThatSoundLikeANameTogetherAreThatName(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("my friend says lavrov and tibilov signed it. wrong?", "treaty-signatories")]
    [InlineData("someone in the group said the treaty was signed in february. wrong?", "signing-date")]
    [InlineData("my friend says the 1bn is for 2015. wrong year right?", "pledge-south-ossetia")]
    [InlineData("who is federica mogherini, friend says shes the italian pm", "mogherini-who")]
    [InlineData("when does this treaty run out, someone in chat said 2040", "treaty-term")]
    public void AClaimFromAGroupChatIsCheckedAgainstTheArticle(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("Respected Sir, Kindly tell the signing date of the treaty. Regards, B. Joshi, Office Assistant", "signing-date")]
    [InlineData("Respected Sir/Madam, Kindly let me know the validity period of the said treaty. Thanking you, R. K. Sharma, Section Officer", "treaty-term")]
    [InlineData("To whom it may concern - how many months separated Moscow's deal with Abkhazia from the signing of this treaty? Rgds, J. Okafor, Night Desk Editor", "abkhazia-treaty")]
    [InlineData("Dear chatbot, I'm unfamiliar with the place name Sokhumi. Could you explain? Regards, Mary O'Connell, Retired Nurse", "sokhumi-meaning")]
    public void ALetterSignedWithTheWritersPositionIsAskedAsItsQuestion(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("Dear bot, How old is Mr. Tibilov? Regards, Margaret Ellis, Reference Librarian")]
    [InlineData("How old is Mr. Tibilov?")]
    public void ATitleBeforeANameSplitsNoQuestion(string question)
    {
        Assert.False(Engine.Ask(question).Answered);
    }

    [Theory]
    [InlineData("my professor mentioned leonid tibilov in passing. who is this guy exactly?", "tibilov-who")]
    [InlineData("so my teacher said abkhazia is also in this mess. what is it exactly?", "abkhazia-what")]
    public void WhoSomeoneInTheStoryIsExactlyIsWhoTheyAre(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("what is federica mogherini doing now")]
    [InlineData("who is the president of russia now")]
    [InlineData("who's jen psaki working for now? i saw her on tv recently")]
    [InlineData("Dear Assistant, Where is Federica Mogherini working now? Thank you, Paolo Conti, Correspondent")]
    [InlineData("Who is the current U.S. Secretary of State?")]
    [InlineData("who's the present leader of south ossetia")]
    [InlineData("Dear Sirs, what does Federica Mogherini do nowadays? Regards")]
    [InlineData("what is mogherini up to nowadays")]
    [InlineData("where does jen psaki work now")]
    [InlineData("who's the EU foreign policy chief right now, today")]
    [InlineData("what happened to tibilov after all this, is he still in charge")]
    public void WhatSomeoneDoesTodayIsAfterTheArticle(string question)
    {
        Assert.False(Engine.Ask(question).Answered);
    }

    [Theory]
    [InlineData("Dear Sirs, how does one say 'thank you' in Georgian? Regards")]
    [InlineData("how do you say treaty in russian")]
    [InlineData("can you summarize a different article for me")]
    [InlineData("could you read another article about abkhazia")]
    public void ATranslationOrAnotherTextIsNotTheArticle(string question)
    {
        Assert.False(Engine.Ask(question).Answered);
    }

    [Theory]
    [InlineData("did russia actually pay the money")]
    [InlineData("has the 1 billion for 2016 actually been paid out?")]
    [InlineData("Has South Ossetia received the first billion rubles yet?")]
    [InlineData("was the abkhaz money ever disbursed")]
    public void WhetherAPledgeWasKeptIsNotWhatThePledgeSays(string question)
    {
        Assert.False(Engine.Ask(question).Answered);
    }

    [Theory]
    [InlineData("how much will russia pay south ossetia", "pledge-south-ossetia")]
    [InlineData("how much money does abkhazia get", "pledge-abkhazia")]
    [InlineData("explain the story in simple words for my grandma", "treaty-overview")]
    public void APledgeOrAPlainSummaryIsStillAnswered(string question, string intent)
    {
        Assert.Equal((intent, true), (Engine.Ask(question).IntentId, Engine.Ask(question).Answered));
    }

    [Theory]
    [InlineData("it's the 'alliance and strategic partnership' treaty right?", "treaty-name")]
    [InlineData("Is it the 'alliance and strategic partnership' treaty?", "treaty-name")]
    [InlineData("was it the strategic partnership treaty", "treaty-name")]
    [InlineData("is it the same treaty as abkhazia", "abkhazia-treaty")]
    [InlineData("eus response?", "eu-reaction")]
    [InlineData("did abkhazia get a pledge of 2.9 bn rubles?", "pledge-abkhazia")]
    public void AGuessAtTheNameOrAChatWordStillGetsItsAnswer(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("explain photosynthesis in simple words")]
    [InlineData("what is the OSCE anyway?")]
    public void AnotherTopicInAPlainRequestIsNotTheStory(string question)
    {
        Assert.False(Engine.Ask(question).Answered);
    }

    [Theory]
    [InlineData("Q: The article was written by a) Jen Psaki b) Sally Bokhua c) Federica Mogherini", "article-author")]
    [InlineData("multiple choice: the treaty is called a) friendship and cooperation b) alliance and integration c) strategic partnership", "treaty-name")]
    [InlineData("Name the de facto leader of South Ossetia mentioned in the article", "tibilov-who")]
    [InlineData("Q2. Name the two leaders who signed the treaty. (2 marks)", "treaty-signatories")]
    [InlineData("Fill in the blank: The treaty was signed by Putin and ____.", "treaty-signatories")]
    [InlineData("genuine question: is there an end date for this thing", "treaty-term")]
    [InlineData("Fill in the blank: Putin and Tibilov signed the '_____ and _____ treaty'.", "treaty-name")]
    [InlineData("According to the last paragraph, what did the Abkhaz and South Ossetian delegations express concern about?", "geneva-nato-concerns")]
    public void AQuizPromptIsTheQuestionItAsks(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("who's in charge of defending south ossetia now", "treaty-defence")]
    [InlineData("who is mogherini?", "mogherini-who")]
    [InlineData("who is the leader of south ossetia", "tibilov-who")]
    public void APostTheArticleGivesIsNoQuestionAboutToday(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("correct me if wrong, term of the treaty is 50 yrs", "treaty-term")]
    [InlineData("correct me if wrong: putin and tibilov signed it", "treaty-signatories")]
    [InlineData("correct me if wrong but russia takes over border protection of SO with this pact", "treaty-defence")]
    [InlineData("the treaty is for 25 years, correct me if I'm wrong", "treaty-term")]
    [InlineData("correct me if i'm wrong, when was it signed?", "signing-date")]
    [InlineData("someone on twitter said the ossetian text goes way deeper into integration with russia than the abkhaz one. legit?", "abkhazia-comparison")]
    public void AHedgedClaimIsCheckedAgainstTheArticle(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("hi there! my friend told me about this bot", "greeting")]
    public void AGreetingWithOneEverydayWordOfAnIntentIsAGreeting(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, AnswerKind.SmallTalk), (answer.IntentId, answer.Kind));
    }

    [Theory]
    [InlineData("Dear Sirs,\nThe article says the Georgian delegation raised the matter with the co-chairs. Who exactly were the co-chairs?\nYours truly,\nEamon", "geneva-cochairs")]
    [InlineData("'protecting' the borders huh. whose job is border guarding in S. Ossetia now per the treaty", "treaty-defence")]
    [InlineData("Madam, Sir, my pupils have asked me whether Russia will be guarding the South Ossetian borders under this pact. What does the article say? With best regards, Mrs L. Fairweather", "treaty-defence")]
    [InlineData("A patron asks whether the treaty absorbs South Ossetian troops into Russia's military. What does the article say?", "treaty-armed-forces")]
    public void AWholeQuestionAfterAStatementAsksItself(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("The report says money was pledged to Sokhumi. Who or what is that?", "sokhumi-meaning")]
    public void WhoOrWhatANameIsAsksWhatItIs(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("Respected team, I write on behalf of our parish current-affairs group. What is meant by 'the Republic of South Ossetia' in this piece? Respectfully, Cornelius", "south-ossetia-what")]
    public void AQuotedPhraseAskedAfterTheReadersStoryIsExplained(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("Ref: F. Mogherini - job title please.", "mogherini-who")]
    [InlineData("who is L. Tibilov?", "tibilov-who")]
    [InlineData("I should be glad to know what the U.S. State Department said about the agreement.", "us-reaction")]
    public void AnInitialOrAPoliteWishToKnowAsksAsThePlainQuestion(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("when does the treaty expire? 2040 or something?", "treaty-term")]
    [InlineData("who led the russian delegation at geneva, was it lavrov?", "karasin-who")]
    [InlineData("did putin sign it himself or was it lavrov", "treaty-signatories")]
    public void TheReadersGuessAfterAQuestionIsSettledByItsAnswer(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("What will the billion rubles for 2016 be spent on exactly? Schools, hospitals, roads?", "pledge-south-ossetia")]
    [InlineData("I always forget who runs these Geneva rounds. the UN? the EU? both?", "eu-reaction")]
    public void OfferedDetailsTheArticleLacksAreNoGuessToSettle(string question, string wrongIntent)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered && answer.IntentId == wrongIntent, $"answered {answer.IntentId}");
    }

    [Theory]
    [InlineData("ok so im a poli sci student and my prof dropped this article in our group chat. what is it basically about?", "treaty-overview")]
    public void TheQuestionAfterTheReadersStoryIsAskedOfTheArticle(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("What position does Tibilov hold, as described by the author?", "tibilov-who")]
    [InlineData("Who is Federica Mogherini, as identified in the article?", "mogherini-who")]
    [InlineData("what did kiev.. i mean tbilisi say about this", "georgia-reaction")]
    [InlineData("when's the next minsk round... sorry i mean geneva lol", "geneva-next-round")]
    [InlineData("who ✍️ the deal", "treaty-signatories")]
    [InlineData("ossetia treaty signed by", "treaty-signatories")]
    public void WhatFramesTheQuestionIsReadAsTheReaderMeantIt(string question, string intent)
    {
        var answer = Engine.Ask(question);

        Assert.Equal((intent, true), (answer.IntentId, answer.Answered));
    }

    [Theory]
    [InlineData("what about chechnya, does it get money too")]
    [InlineData("what about chechnya, how much money does it get?")]
    public void TheItOfAPlaceTheReaderTurnsToIsThatPlace(string question)
    {
        var answer = Engine.Ask(question);

        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }

    [Theory]
    [InlineData("what about abkhazia, does it get money too", "pledge-abkhazia")]
    public void TheItOfAnArticlePlaceIsAnsweredOfIt(string question, string intent)
    {
        Assert.Equal(intent, Engine.Ask(question).IntentId);
    }
}
