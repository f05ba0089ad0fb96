using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class UkrainianTests
{
    [Theory]
    [InlineData("хто підписав договір?", "who signed treaty?")]
    [InlineData("Скільки грошей пообіцяла Росія?", "how much money promised Russia?")]
    [InlineData("Чи був договір з Абхазією?", "was treaty with Abkhazia?")]
    [InlineData("Абхазія - це частина Грузії?", "Abkhazia - it is part Georgia?")]
    [InlineData("khto pidpysav dohovir?", "who signed treaty?")]
    [InlineData("na skilky rokiv dohovir?", "for how many years treaty?")]
    [InlineData("договір на 25 років, так?", "treaty on 25 years, right?")]
    [InlineData("yak reahuvav YeS?", "how reacted EU?")]
    [InlineData("Який зв'язок з Кримом?", "what does it have to do with with Crimea?")]
    [InlineData("бот чи людина?", "is bot or human?")]
    public void UkrainianIsReadInEnglish(string ukrainian, string english)
    {
        Assert.Equal(english, Ukrainian.InEnglish(ukrainian));
    }

    [Theory]
    [InlineData("yakyi rezultat zhenevskyh peregovoriv", "what result Geneva talks")]
    [InlineData("riznytsya mizh dogovoramy", "difference between treaty")]
    [InlineData("шо таке Цхінвалі?", "what is Tskhinvali?")]
    [InlineData("9,2 млрд кому пообіцяли?", "9.2 billion to whom promised?")]
    [InlineData("чому в статті пишуть 'договір з цхінвалі'?", "why in article пишуть 'treaty with Tskhinvali'?")]
    [InlineData("дякую", "thanks")]
    public void LatinLettersSpokenSpellingsAndQuotesAreRead(string ukrainian, string english)
    {
        Assert.Equal(english, Ukrainian.InEnglish(ukrainian));
    }

    [Theory]
    [InlineData("khto napysav tsyu statyu", "article-author")]
    [InlineData("yakyi rezultat zhenevskyh peregovoriv", "geneva-outcome")]
    [InlineData("spivholovy zhenevskyh dyskusiy hto?", "geneva-cochairs")]
    [InlineData("chy vviydut viyskovi pidrozdily osetii do zbroynyh syl rf", "treaty-armed-forces")]
    [InlineData("hruziya yak zreahuvala", "georgia-reaction")]
    [InlineData("shcho stalosya v krymu, yak tse bulo?", "crimea-background")]
    [InlineData("psaki khto vona take", "psaki-who")]
    [InlineData("шо таке південна осетія взагалі?", "south-ossetia-what")]
    [InlineData("скіки рублів виділять осетії в 2016?", "pledge-south-ossetia")]
    [InlineData("9,2 млрд кому пообіцяли?", "pledge-abkhazia")]
    [InlineData("силовики осетії входять у склад силових структур рф?", "treaty-armed-forces")]
    [InlineData("хто був на переговорах у женеві?", "geneva-participants")]
    [InlineData("а до чого тут крим?", "crimea-anniversary")]
    [InlineData("шо ти вмієш?", "help")]
    [InlineData("ти хто?", "bot-identity")]
    public void AUkrainianQuestionIsAnswered(string question, string intent)
    {
        Assert.Equal(intent, RealKnowledge.Engine.Ask(question).IntentId);
    }

    [Theory]
    [InlineData("який зараз рік?")]
    public void WhatTheArticleDoesNotSayIsDeclined(string question)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }

    [Theory]
    [InlineData("кто подписал договор?")]
    [InlineData("who signed it, yes?")]
    [InlineData("de la frontera, na?")]
    [InlineData("tak, who signed it?")]
    public void RussianAndOtherTextAreLeftAsTheyAre(string text)
    {
        Assert.Equal(text, Ukrainian.InEnglish(text));
    }
}
