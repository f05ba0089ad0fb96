using ChatBot.Core.Answers;
using ChatBot.Core.Matching;
using ChatBot.Core.Matching.Languages;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Matching.Languages;

public sealed class HinglishTests
{
    [Theory]
    [InlineData("Karasin kaun hai", "who is Karasin")]
    [InlineData("treaty kab sign hui?", "treaty when signed?")]
    [InlineData("Putin ka pura naam kya hai", "what is Putin's full name")]
    [InlineData("Georgia ka kya reaction tha", "what was Georgia's reaction")]
    [InlineData("Georgia ne kya bola is treaty pe?", "what did Georgia say  on this treaty?")]
    [InlineData("Georgia ko kya bola gaya geneva me", "what was Georgia told in geneva")]
    [InlineData("is pact ko officially kya bolte hai", "what is this pact officially called")]
    [InlineData("Tbilisi mein sign hua na?", "signed in Tbilisi, right?")]
    [InlineData("17 march ko sign hua tha na?", "signed on 17 march, right?")]
    [InlineData("Medvedev ne sign kiya tha na?", "Medvedev signed it, right?")]
    [InlineData("10 saal ki treaty hai kya?", "is 10 year treaty?")]
    [InlineData("South Ossetia kaha hai, Georgia ka part hai kya", "where is South Ossetia, is it Georgia's part")]
    [InlineData("Russia unke borders guard karega kya?", "Russia their borders will guard, right?")]
    [InlineData("Abkhazia wala amount 9.2 billion tha na?", "was Abkhazia  amount 9.2 billion, right?")]
    [InlineData("kaun ho tum", "who are you")]
    [InlineData("tumhe kya lagta hai?", "what do you think?")]
    [InlineData("sokhumi kis ko bola gaya hai", "sokhumi who is called")]
    [InlineData("treaty ko kya bola gaya hai article me", "what is treaty called is in article")]
    [InlineData("washington ne kya stand liya", "what did washington say ")]
    [InlineData("bhai 9 billion ruble wala kya scene hai", " 9 billion ruble what is the story")]
    [InlineData("south ossetia naam pehli baar suna, kya cheez hai", "south ossetia name first time heard, what is it")]
    [InlineData("sally bokhua aur kya likhti hai", "sally bokhua what else writes is")]
    [InlineData("ok tata", "bye")]
    [InlineData("संधि कब साइन हुई?", "treaty when signed?")]
    [InlineData("दक्षिण ओसेशिया क्या है?", "what is South Ossetia?")]
    [InlineData("kya US geneva me tha?", "was US in geneva?")]
    [InlineData("ye muahida kab tak chalega?", "this treaty until when last?")]
    [InlineData("south ossetia ka main shehar kaun sa hai", "south ossetia's main city which is")]
    [InlineData("border pe stability kis wajah se aayi", "on border stability why came")]
    [InlineData("crimea ka is treaty se kya taluq hai", "crimea's from this treaty what connection is")]
    [InlineData("kitne time ke liye sign hua", "how long for signed")]
    [InlineData("south ossetia ke baare me batao", "about south ossetia tell me")]
    [InlineData("border stabilize hua kya", "stabilized border")]
    public void HindiIsReadInEnglish(string hinglish, string english)
    {
        Assert.Equal(english, Hinglish.InEnglish(hinglish));
    }

    [Theory]
    [InlineData("who signed the treaty?")]
    [InlineData("tell me who signed it")]
    [InlineData("do you know me?")]
    [InlineData("is Tata in the article?")]
    [InlineData("What did Ban Ki-moon say?")]
    [InlineData("is the author sally bok hua")]
    [InlineData("how many people live in Tskin-vali")]
    [InlineData("Medvedev signed the treaty na?")]
    [InlineData("na Sally Bokhua write am?")]
    [InlineData("alis na ko, ingat ka bot")]
    [InlineData("who are you ne?")]
    [InlineData("hai, was it signed in Moscow?")]
    [InlineData("see ya")]
    [InlineData("tere")]
    [InlineData("Hafiz")]
    public void EnglishAndOtherLanguagesAreLeftAsTheyAre(string text)
    {
        Assert.Equal(text, Hinglish.InEnglish(text));
    }

    // Urdu in its letters is spelled in Roman Urdu; "کیا" closing a doer's clause is "did".
    [Theory]
    [InlineData("معاہدہ کب ہوا؟", "muahida kab hua?")]
    [InlineData("کیا روس نے صحیح کیا؟", "kya Russia ne sahi kiya?")]
    [InlineData("امریکہ نے کیا کہا؟", "America ne kya kaha?")]
    [InlineData("کیا روس سرحدوں کی حفاظت کرے گا؟", "kya Russia sarhadon ki hifazat karega?")]
    public void UrduScriptIsReadInRomanUrdu(string text, string roman)
    {
        Assert.Equal(roman, Hinglish.FromUrdu(text));
    }

    // Persian and Arabic in their letters are no Urdu.
    [Theory]
    [InlineData("کی قرارداد رو امضا کرد؟")]
    [InlineData("من وقع المعاهدة؟")]
    public void PersianAndArabicScriptAreLeftAsTheyAre(string text)
    {
        Assert.Equal(text, Hinglish.FromUrdu(text));
    }

    [Theory]
    [InlineData("treaty pe sign kisne kiya bhai", "treaty-signatories")]
    [InlineData("treaty kahan sign hui thi?", "signing-place")]
    [InlineData("bhai Russia South Ossetia ko kitna paisa de raha hai?", "pledge-south-ossetia")]
    [InlineData("Abkhazia ko kitne rubles mile", "pledge-abkhazia")]
    [InlineData("treaty kitne saal ke liye hai", "treaty-term")]
    [InlineData("Mogherini ne kya bola treaty ke baare me?", "eu-reaction")]
    [InlineData("Tbilisi mein sign hua na?", "signing-place")]
    [InlineData("Russia unke borders guard karega kya?", "treaty-defence")]
    [InlineData("agli meeting kab hogi", "geneva-next-round")]
    [InlineData("Tskhinvali ka matlab kya hai?", "tskhinvali-meaning")]
    [InlineData("namaste bhai", "greeting")]
    [InlineData("shukriya ji", "thanks")]
    [InlineData("tum insaan ho ya bot", "bot-identity")]
    [InlineData("tumhe kya lagta hai ye treaty sahi hai?", "opinion")]
    [InlineData("abkhazia k sath jo agreement hua uska naam kya tha", "abkhazia-treaty")]
    [InlineData("ossetia treaty abkhazia se milti julti hai kya", "abkhazia-comparison")]
    [InlineData("article likhne wali kon hai", "article-author")]
    [InlineData("border ki hifazat kon karega treaty k baad", "treaty-defence")]
    [InlineData("kya ossetian fauj russian army me shamil ho jayegi?", "treaty-armed-forces")]
    [InlineData("end me parties ne kya tay kiya", "geneva-outcome")]
    [InlineData("geneva wali agli meeting kab rakhi hai", "geneva-next-round")]
    [InlineData("sokhumi kis ko bola gaya hai article mein", "sokhumi-meaning")]
    [InlineData("US state department ne kya statement diya", "us-reaction")]
    [InlineData("treaty ko kya bola gaya hai article me", "treaty-name")]
    [InlineData("crimea ke ek saal poore hone wale din hi sign hua kya", "crimea-anniversary")]
    [InlineData("kya putin ne theek kiya? apni opinion do", "opinion")]
    [InlineData("assalam o alaikum", "greeting")]
    [InlineData("allah hafiz", "goodbye")]
    [InlineData("नमस्ते", "greeting")]
    [InlineData("धन्यवाद", "thanks")]
    [InlineData("पैसा कितना मिलेगा साउथ ओसेशिया को?", "pledge-south-ossetia")]
    [InlineData("जिनेवा में क्या हुआ?", "geneva-talks")]
    [InlineData("bhai crimea wala pura scene kya tha", "crimea-background")]
    [InlineData("kya signing kisi special din pe hui thi?", "crimea-anniversary")]
    [InlineData("kis ne likha hai ye news bhai", "article-author")]
    [InlineData("geneva me chairing kiske haath me thi", "geneva-cochairs")]
    [InlineData("abkhazia aur south ossetia NATO se kyu dare hue hai", "geneva-nato-concerns")]
    [InlineData("border pe stability ka credit kisko diya", "geneva-border-stabilization")]
    [InlineData("draft revise hone ke baad kya badla", "abkhazia-comparison")]
    [InlineData("kya US geneva me tha?", "geneva-participants")]
    [InlineData("معاہدے پر دستخط کس نے کیے؟", "treaty-signatories")]
    [InlineData("معاہدہ کب ہوا؟", "signing-date")]
    [InlineData("تبیلوف کون ہے؟", "tibilov-who")]
    [InlineData("جارجیا نے کیا ردعمل دیا؟", "georgia-reaction")]
    [InlineData("جنیوا میں کیا بات چیت ہوئی؟", "geneva-talks")]
    [InlineData("اوسیتیا کی فوج روسی فوج میں شامل ہوگی کیا؟", "treaty-armed-forces")]
    [InlineData("کیا روس نے صحیح کیا؟", "opinion")]
    [InlineData("السلام علیکم", "greeting")]
    [InlineData("خدا حافظ", "goodbye")]
    [InlineData("ye muahida kab tak chalega?", "treaty-term")]
    [InlineData("kya ye treaty theek hai?", "opinion")]
    [InlineData("kya ye treaty sahi hai?", "opinion")]
    [InlineData("borders ki guarding kaun karega south ossetia ke", "treaty-defence")]
    [InlineData("abkhazia ka bara shehar kaun sa hai", "sokhumi-meaning")]
    [InlineData("august 2008 ke agreements ka zikr kyun aya", "geneva-august-2008")]
    [InlineData("jazakallah", "thanks")]
    public void AHinglishQuestionIsAnswered(string question, string intent)
    {
        var answer = RealKnowledge.Engine.Ask(question);

        Assert.True(answer.Kind is AnswerKind.Answered or AnswerKind.SmallTalk, $"{answer.Kind}");
        Assert.Equal(intent, answer.IntentId);
    }

    [Theory]
    [InlineData("Putin ki age kitni hai")]
    [InlineData("South Ossetia ki population kitni hai")]
    [InlineData("China ne kya react kiya")]
    [InlineData("Tibilov ne signing ke baad kya bola")]
    [InlineData("Abkhazia ka leader kaun hai")]
    [InlineData("Psaki abhi kya kar rahi hai")]
    [InlineData("jen psaki ab kya karti hai")]
    [InlineData("sally bokhua aur kya likhti hai")]
    [InlineData("UN ne treaty ke baare me kya statement diya")]
    [InlineData("jen psaki ab kya kar rahi hai")]
    [InlineData("treaty ka russian me naam kya hai")]
    [InlineData("Psaki ab kahan job karti hai")]
    [InlineData("روس نے ابخازیا کو 2016 میں کتنے پیسے دیے؟")]
    [InlineData("جنوبی اوسیتیا کی آبادی کتنی ہے؟")]
    public void AHinglishQuestionTheArticleDoesNotAnswerIsDeclined(string question)
    {
        Assert.False(RealKnowledge.Engine.Ask(question).Answered);
    }
}
