using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class RussianTests
{
    [Theory]
    [InlineData("кто подписал договор?", "who signed treaty?")]
    [InlineData("Кто подписывал договор с Южной Осетией?", "who signed treaty with South Ossetia?")]
    [InlineData("договор на 25 лет, да?", "treaty on 25 years, right?")]
    [InlineData("сколько денег получит Южная Осетия?", "how much money receive South Ossetia?")]
    [InlineData("Тибилов — президент Абхазии?", "is Tibilov — president Abkhazia?")]
    [InlineData("ЕС осудил договор?", "is EU condemned treaty?")]
    [InlineData("как называется договор?", "what is the name of treaty?")]
    [InlineData("how much rubles для Абхазии пообещали", "how much rubles for Abkhazia promised")]
    [InlineData("kto podpisal dogovor?", "who signed treaty?")]
    public void RussianWordsAreReadInEnglish(string russian, string english)
    {
        Assert.Equal(english, Russian.InEnglish(russian));
    }

    // Latin letters are spelled back in Cyrillic and read by the same stems; English words and unknown names stay.
    [Theory]
    [InlineData("kto podpisyval", "who signed")]
    [InlineData("rossiya budet zashishat' yuzhnuyu osetiyu po etomu dogovoru?", "Russia will protect South Ossetia on this treaty?")]
    [InlineData("skolko deneg poluchit yuzhnaya osetiya do konca 2017", "how much money receive South Ossetia by the end of 2017")]
    public void RussianInLatinLettersIsReadInEnglish(string russian, string english)
    {
        Assert.Equal(english, Russian.InEnglish(russian));
    }

    [Theory]
    [InlineData("podpisyvali", "подписывали")]
    [InlineData("zheneve", "женеве")]
    [InlineData("rossijskoj", "российской")]
    [InlineData("pervyi", "первый")]
    [InlineData("rol'", "роль")]
    public void LatinLettersAreSpelledInCyrillic(string latin, string cyrillic)
    {
        Assert.Equal(cyrillic, Russian.Cyrillic(latin));
    }

    [Theory]
    [InlineData("границы юж осетии кто будет охранять по договору", "border South Ossetia who will guard under the treaty")]
    [InlineData("силовики ю.осетии станут частью российских?", "security agencies South.Ossetia will become part Russian?")]
    [InlineData("под чьим председательством проходили женевские дискуссии", "under whose chaired held Geneva discussions")]
    [InlineData("когда договор заканчивается?", "when treaty expire?")]
    [InlineData("грузины считают это аннексией?", "Georgians consider it is annexation?")]
    [InlineData("Григорий Карасин кем работает", "Grigory Karasin who is")]
    public void ColloquialRussianIsReadInEnglish(string russian, string english)
    {
        Assert.Equal(english, Russian.InEnglish(russian));
    }

    // Misspellings ("дагавор"), the Ossetian and Abkhaz names readers there write ("Хуссар Ирыстон", "Апсны", "бузныг"),
    // and ways of asking the words alone misread ("кто ставил подпись", "до какого года действует").
    [Theory]
    [InlineData("кто подписал дагавор?", "who signed treaty?")]
    [InlineData("от Осетии кто ставил подпись", "from Ossetia who signed")]
    [InlineData("границы Хуссар Ирыстона кто стережет теперь", "border South Ossetia who guard now")]
    [InlineData("когда подписали договор с Апсны?", "when signed treaty with Abkhazia?")]
    [InlineData("Бузныг, выручил", "thanks, helped")]
    [InlineData("до какого года действует", "how long is the treaty valid")]
    [InlineData("где проходила церемония подписания", "where held ceremony signing")]
    [InlineData("грузинам что сказали про знаки", "what were the Georgians told about signs")]
    [InlineData("бабки на что пойдут, на соцэкономику?", "money what for, on social economic development?")]
    public void ColloquialAndMisspelledRussianIsReadInEnglish(string russian, string english)
    {
        Assert.Equal(english, Russian.InEnglish(russian));
    }

    // "v state" is "в статье" typed in Latin letters, not the English "state"; "mira" is "the world's" there.
    [Theory]
    [InlineData("chto za Tskhinvali v state?", "what is Tskhinvali in the article?")]
    [InlineData("reakciya mira kakaya?", "international reaction what?")]
    [InlineData("russkie budut ohranyat granicu Tskhinvala?", "Russian will guard border Tskhinvali?")]
    public void MoreRussianInLatinLettersIsReadInEnglish(string russian, string english)
    {
        Assert.Equal(english, Russian.InEnglish(russian));
    }

    [Theory]
    [InlineData("привет", "hello")]
    [InlineData("спасибо", "thanks")]
    [InlineData("До свидания!", "goodbye!")]
    [InlineData("ты бот?", "are you a bot?")]
    public void SmallTalkIsReadInEnglish(string russian, string english)
    {
        Assert.Equal(english, Russian.InEnglish(russian));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("is the deal good for Russia, da?")]
    [InlineData("did Putin say no to NATO?")]
    [InlineData("a net gain for Moscow, to be sure")]
    [InlineData("the pro-Russian leaders in Sokhumi")]
    [InlineData("Kak and Eto are no words of the article")]
    [InlineData("let me know who signed it")]
    public void EnglishIsLeftAsItIs(string english)
    {
        Assert.Equal(english, Russian.InEnglish(english));
    }

    [Theory]
    [InlineData("кто подписал договор?", "treaty-signatories")]
    [InlineData("как отреагировала Грузия?", "georgia-reaction")]
    [InlineData("договор на 25 лет, да?", "treaty-term")]
    [InlineData("сколько РФ пообещала Абхазии?", "pledge-abkhazia")]
    [InlineData("Тибилов — президент Абхазии?", "tibilov-who")]
    [InlineData("привет", "greeting")]
    [InlineData("спасибо", "thanks")]
    [InlineData("thx, сенкс за ответ", "thanks")]
    [InlineData("kto podpisyval", "treaty-signatories")]
    [InlineData("rol' rossijskih pogranvojsk na granice kakaya", "geneva-border-stabilization")]
    [InlineData("skolko rublej vydelyat osetii v 2016", "pledge-south-ossetia")]
    [InlineData("войска осетии интегрируют в вс рф или нет", "treaty-armed-forces")]
    [InlineData("абхазии сколько ярдов пообещали", "pledge-abkhazia")]
    [InlineData("в июне будут новые переговоры?", "geneva-next-round")]
    [InlineData("ты за россию или за грузию?", "opinion")]
    [InlineData("когда договор заканчивается?", "treaty-term")]
    [InlineData("грузины считают это аннексией?", "georgia-reaction")]
    [InlineData("кто прав, россия или грузия?", "opinion")]
    [InlineData("Григорий Карасин кем работает", "karasin-who")]
    [InlineData("их пугают учения НАТО в Грузии?", "geneva-nato-concerns")]
    [InlineData("кто подписал дагавор?", "treaty-signatories")]
    [InlineData("от Осетии кто ставил подпись", "treaty-signatories")]
    [InlineData("границы Хуссар Ирыстона кто стережет теперь", "treaty-defence")]
    [InlineData("когда подписали договор с Апсны?", "abkhazia-treaty")]
    [InlineData("Бузныг, выручил", "thanks")]
    [InlineData("до какого года действует", "treaty-term")]
    [InlineData("наших пацанов в армию РФ переведут? что в договоре", "treaty-armed-forces")]
    [InlineData("грузинам что сказали про знаки", "geneva-warning-signs")]
    [InlineData("Женевские дискуссии — о чем там говорили", "geneva-talks")]
    [InlineData("натовские учения в Грузии — что сказали наши", "geneva-nato-concerns")]
    [InlineData("gde podpisali, v Moskve?", "signing-place")]
    [InlineData("v kremle podpisali? in the kremlin or where", "signing-place")]
    [InlineData("chto za Tskhinvali v state?", "tskhinvali-meaning")]
    [InlineData("abhazy i osetiny tozhe byli v zheneve?", "geneva-participants")]
    [InlineData("reakciya mira kakaya?", "reactions-overview")]
    [InlineData("russkie budut ohranyat granicu Tskhinvala?", "treaty-defence")]
    public void ARussianQuestionIsAnswered(string question, string intent)
    {
        Assert.Equal(intent, RealKnowledge.Engine.Ask(question).IntentId);
    }

    [Theory]
    [InlineData("какое население Южной Осетии?")]
    [InlineData("что сказал Тибилов после подписания?")]
    [InlineData("кто подписал договор с Абхазией?")]
    [InlineData("skolko ludej zhivet v yuzhnoj osetii")]
    [InlineData("OBSE osudilo dogovor?")]
    [InlineData("kto takoy ilon mask")]
    [InlineData("Госдума одобрила дагавор?")]
    [InlineData("сколько стоила церемония подписания")]
    public void WhatTheArticleDoesNotSayIsDeclined(string question)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.False(answer.Answered, $"answered with {answer.IntentId}");
    }
}
