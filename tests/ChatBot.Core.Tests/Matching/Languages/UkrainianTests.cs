using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;

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
    [InlineData("кто подписал договор?")]
    [InlineData("who signed it, yes?")]
    [InlineData("de la frontera, na?")]
    [InlineData("tak, who signed it?")]
    public void RussianAndOtherTextAreLeftAsTheyAre(string text)
    {
        Assert.Equal(text, Ukrainian.InEnglish(text));
    }
}
