using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Russian, as Russian speakers write it on Telegram: whole questions in Cyrillic ("кто подписал договор?" is "who signed
/// the treaty?", "сколько денег получит Южная Осетия?" how much money South Ossetia gets, "договор на 25 лет, да?" "the
/// treaty for 25 years, right?"), Russian mixed into English ("how much rubles для Абхазии пообещали") and Russian in
/// Latin letters ("kto podpisal dogovor?"). Rewritten word for word before the question is read (the bot reads words, not
/// word order). Russian inflects: a word is looked up whole, then by its longest known stem ("договор", "договора",
/// "договором" are all the treaty; "подписал", "подписали", "подписывали" all signed). Only in a message with Cyrillic
/// letters, which no English sentence has, or with a Latin-letter word only Russian has ("kto", "dogovor"), so that
/// "a", "i", "na" or "da" elsewhere keep their meaning.
/// Latin-letter words are spelled back in Cyrillic first (see Russian.Latin), so one set of stems reads both.
/// </summary>
internal static partial class Russian
{
    /// <summary><paramref name="text"/> with Russian words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        var cyrillic = HasCyrillic(text);
        if (!cyrillic && !LatinMarkers.AreIn(text))
        {
            return text;
        }

        if (!cyrillic)
        {
            // "kto podpisyval": read as "кто подписывал" (see Russian.Latin).
            text = InCyrillicLetters(text);
            cyrillic = HasCyrillic(text);
        }

        // "договор на 25 лет, да?", "подписали 18 марта, верно?", "это так?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        if (cyrillic)
        {
            // "кто-то", "подписал-то", "что-нибудь": a particle hyphenated to its word adds nothing; "соц-эконом" is two words.
            text = HyphenatedParticle().Replace(text, string.Empty);
            text = CyrillicHyphen().Replace(text, " ");
            // "9,2 млрд": a decimal comma.
            text = DecimalComma().Replace(text, ".");
        }

        text = Phrases.InEnglish(text);
        text = Word().Replace(text, m => English(m.Value) ?? m.Value);
        return cyrillic ? AskedByItsMark(text) : text;
    }

    /// <summary>
    /// "договор подписан 17 марта?", "Тибилов — президент Абхазии?": Russian and Ukrainian ask yes or no by the question mark
    /// alone, English by its word order; "is" before the translated words asks the same.
    /// </summary>
    internal static string AskedByItsMark(string text) =>
        text.TrimEnd().EndsWith('?') && !QuestionWord().IsMatch(text) ? "is " + text.TrimStart() : text;

    /// <summary>Whether <paramref name="text"/> has a Cyrillic letter: one vectorized scan, no allocation.</summary>
    internal static bool HasCyrillic(string text) => text.AsSpan().ContainsAnyInRange('\u0400', '\u04FF');

    /// <summary>The English of one Russian word: the word itself, else its longest known stem; null when unknown.</summary>
    private static string? English(string word)
    {
        var lower = word.ToLowerInvariant().Replace('ё', 'е');
        if (Words.TryGetValue(lower, out var english))
        {
            return english;
        }

        return HasCyrillic(lower) ? StemTable.EnglishOf(lower) : null;
    }

    // Several words that mean one thing, before the words are read one by one.
    private static readonly Phrasebook Phrases = new(new Dictionary<string, string>
    {
        // "спасибо за ответ", "сенкс за ответ": thanks for the answer, not a question about responses.
        ["за ответ"] = "for the answer", ["за ответы"] = "for the answers",
        ["кто такой"] = "who is", ["кто такая"] = "who is", ["кто такие"] = "who are", ["кто это"] = "who is that", ["кто автор"] = "who is the author", ["кто лидер"] = "who is the leader",
        ["кто президент"] = "who is the president", ["кто глава"] = "who is the head", ["кто министр"] = "who is the minister",
        ["кто ты"] = "who are you", ["ты кто"] = "who are you", ["ты кто такой"] = "who are you", ["кто вы"] = "who are you",
        ["ты бот"] = "are you a bot", ["вы бот"] = "are you a bot", ["что такое"] = "what is", ["что это"] = "what is",
        ["что за"] = "what is", ["чё за"] = "what is", ["че за"] = "what is", ["шо за"] = "what is", ["в чем суть"] = "what is the gist of",
        ["в чём суть"] = "what is the gist of", ["финансовая помощь"] = "financial aid", ["финансовой помощи"] = "financial aid", ["что значит"] = "what does it mean", ["что означает"] = "what does it mean",
        ["как называется"] = "what is the name of", ["как называют"] = "what is the name of", ["как назван"] = "what is the name of",
        ["как называли"] = "what is the name of", ["название"] = "name", ["о чем"] = "what about", ["о чём"] = "what about", ["о чем говорили"] = "what was discussed",
        ["о чём говорили"] = "what was discussed", ["о чем речь"] = "what is it about", ["о чём речь"] = "what is it about",
        ["о чем там речь"] = "what is it about", ["о чём там речь"] = "what is it about",
        ["про что"] = "what is it about", ["что случилось"] = "what happened", ["что произошло"] = "what happened",
        ["какого числа"] = "what date", ["на сколько лет"] = "for how many years", ["на какой срок"] = "for how long",
        ["сколько лет"] = "how many years", ["скока лет"] = "how many years", ["в двух словах"] = "summary", ["к чему пришли"] = "what was the outcome", ["до какого года"] = "until what year", ["в связи с"] = "about",
        ["по их словам"] = "according to them", ["по их мнению"] = "in their view", ["о чем реч"] = "what is it about", ["о чём реч"] = "what is it about",
        ["глава дипломатии"] = "foreign-policy chief", ["кто глава дипломатии"] = "who is the foreign-policy chief of", ["кто спикер"] = "who is the spokeswoman of", ["мирового сообщества"] = "international", ["мировое сообщество"] = "international",
        ["кто ты такой"] = "who are you", ["кто ты такая"] = "who are you", ["ты за"] = "do you support", ["вы за"] = "do you support",
        ["были в женеве"] = "took part in Geneva", ["был в женеве"] = "took part in Geneva", ["была в женеве"] = "took part in Geneva",
        // "byli v zheneve": Latin "v" stays as written (see Words) while the words around it are spelled in Cyrillic.
        ["были v женеве"] = "took part in Geneva", ["был v женеве"] = "took part in Geneva", ["была v женеве"] = "took part in Geneva", ["в итоге"] = "outcome",
        ["как ты считаешь"] = "what do you think", ["как считаешь"] = "what do you think",
        ["при чем тут"] = "what does it have to do with", ["при чём тут"] = "what does it have to do with",
        ["причем тут"] = "what does it have to do with", ["причём тут"] = "what does it have to do with",
        ["при чем здесь"] = "what does it have to do with", ["что ты умеешь"] = "what can you do",
        ["что умеешь"] = "what can you do", ["что ты можешь"] = "what can you do", ["как тобой пользоваться"] = "how do I use you",
        ["какие вопросы можно задавать"] = "what questions can I ask", ["до свидания"] = "goodbye", ["до встречи"] = "goodbye", ["спасибо большое"] = "thanks", ["всего доброго"] = "goodbye",
        ["доброе утро"] = "good morning", ["добрый день"] = "good afternoon", ["добрый вечер"] = "good evening",
        ["есть кто"] = "anyone there", ["как думаешь"] = "what do you think", ["как ты думаешь"] = "what do you think",
        ["что думаешь"] = "what do you think", ["что ты думаешь"] = "what do you think", ["по твоему"] = "in your opinion",
        ["по вашему"] = "in your opinion", ["твой прогноз"] = "your prediction", ["твое мнение"] = "your opinion",
        ["твоё мнение"] = "your opinion", ["европейский союз"] = "EU", ["европейского союза"] = "EU", ["евросоюз"] = "EU",
        ["соединенные штаты"] = "US", ["соединённые штаты"] = "US", ["соединенных штатов"] = "US",
        ["министерство иностранных дел"] = "foreign ministry", ["министр иностранных дел"] = "foreign minister",
        ["срок действия"] = "term", ["вступает в силу"] = "enter into force", ["вступил в силу"] = "entered into force",
        ["по этому поводу"] = "about it", ["что ли"] = string.Empty, ["так ли"] = string.Empty, ["есть ли"] = "is there",
        ["был ли"] = "was there", ["была ли"] = "was there", ["были ли"] = "were there", ["по договору"] = "under the treaty",
        ["в кавычках"] = "in quotes", ["по английски"] = "in English", ["до этого"] = "before", ["тот же"] = "the same",
        ["то же"] = "the same", ["со стороны"] = "from", ["с их стороны"] = "from them", ["всё на сегодня"] = "that's all",
        ["все на сегодня"] = "that's all", ["в состав"] = "into", ["в составе"] = "in", ["обратили внимание"] = "pointed out",
        ["обратила внимание"] = "pointed out", ["обратил внимание"] = "pointed out", ["обратить внимание"] = "point out",
        ["сколько человек"] = "how many people", ["сколько людей"] = "how many people", ["на что пойдут"] = "what for",
        ["на что"] = "what", ["или нет"] = "or not", ["живой человек"] = "human", ["как дела"] = "how are you", ["ну всё"] = "bye",
        ["вкратце"] = "summary", ["не понял"] = string.Empty, ["не поняла"] = string.Empty, ["не понимаю"] = string.Empty,
        ["из статьи"] = "in the article", ["как в оригинале"] = string.Empty, ["берет на себя"] = "take responsibility for",
        ["берёт на себя"] = "take responsibility for", ["возьмет на себя"] = "take responsibility for", ["куда денутся"] = "what will happen to",
        ["куда денут"] = "what will happen to", ["к концу"] = "by the end of", ["до конца"] = "by the end of",
        ["правильно понимаю"] = "is it right", ["правильно ли я понимаю"] = "is it right", ["я правильно понимаю"] = "is it right",
        ["на переговорах"] = "at the talks", ["на встрече"] = "at the meeting", ["на встречах"] = "at the meetings",
        ["чем закончились"] = "what was the outcome of", ["чем закончилось"] = "what was the outcome", ["чем кончилось"] = "what was the outcome",
        ["чем все кончилось"] = "what was the outcome", ["чем всё кончилось"] = "what was the outcome", ["чем завершились"] = "what was the outcome of",
        ["для тупых"] = string.Empty, ["почему пишут"] = "why does it say", ["почему написано"] = "why does it say",
        ["не подскажете"] = "can you tell me", ["не подскажешь"] = "can you tell me", ["на сколько процентов"] = "by how many percent",
        ["на сколько"] = "for how long", ["поставил подписи"] = "signed", ["поставили подписи"] = "signed", ["кратко"] = "summary", ["коротко"] = "summary", ["подробнее"] = "more",
        ["kto takoy"] = "who is", ["kto takaya"] = "who is", ["chto takoe"] = "what is", ["kak nazyvaetsya"] = "what is the name of",
        ["kak nazyvayetsya"] = "what is the name of", ["o chem"] = "what is it about", ["skolko let"] = "how many years",
        ["do svidaniya"] = "goodbye", ["kto ty"] = "who are you", ["ty kto"] = "who are you", ["kto eto"] = "who is that",
        ["chto eto"] = "what is", ["o chem"] = "what about",
        // "такой же, как с Абхазией": the same as, asked of the two treaties.
        ["такой же как"] = "similar to", ["такой же"] = "similar", ["такая же"] = "similar", ["такое же"] = "similar",
        ["вооруженные силы"] = "armed forces", ["вооружённые силы"] = "armed forces", ["с лишним"] = string.Empty,
        ["кем работает"] = "who is", ["кем работал"] = "who is", ["кто прав"] = "who is right",
        ["поставил подпись"] = "signed", ["поставила подпись"] = "signed", ["поставили подпись"] = "signed",
        ["что это такое"] = "what is", ["это что такое"] = "what is", ["главный город"] = "capital", ["гос во"] = "state",
        ["сидели за столом"] = "took part", ["за столом переговоров"] = "at the talks",
        // Ossetian and Abkhaz names Russian speakers there write ("Хуссар Ирыстон" is South Ossetia, "дӕ бон хорз" good day).
        ["дӕ бон хорз"] = "good afternoon", ["хуссар ирыстон"] = "South Ossetia", ["хуссар ирыстона"] = "South Ossetia",
        ["хуссар ирыстоне"] = "South Ossetia",
        // "кто ставил подпись", "до какого года действует": ways of asking that the words alone misread.
        ["ставил подпись"] = "signed", ["ставила подпись"] = "signed", ["ставили подпись"] = "signed", ["ставил подписи"] = "signed",
        ["ставили подписи"] = "signed", ["до какого года действует"] = "how long is the treaty valid",
        ["кто она"] = "who is she", ["она кто"] = "who is she", ["кто он"] = "who is he", ["он кто"] = "who is he",
        ["к кому"] = "to whom", ["кто против"] = "who condemned", ["реакция мира"] = "international reaction",
        ["спокойнее стало"] = "is stabilizing", ["стало спокойнее"] = "is stabilizing", ["на ком"] = "who is responsible for",
        ["о чем там говорили"] = "what was discussed", ["о чём там говорили"] = "what was discussed", ["что подписали"] = "what did they sign",
        ["грузинам что сказали"] = "what were the Georgians told", ["что сказали грузинам"] = "what were the Georgians told",
        ["с этим вопросом"] = "with this issue",
        ["что об этом говорили"] = "what did they say about this", ["что об этом сказали"] = "what did they say about this",
        // "v state": "в статье" typed in Latin letters, not the English "state".
        ["v state"] = "in the article", ["v statye"] = "in the article", ["v statie"] = "in the article",
    });

    // Words looked up whole (after ё is written е): those a stem would misread, and the short ones.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Question words.
        ["кто"] = "who", ["кого"] = "who", ["кому"] = "to whom", ["кем"] = "whom", ["что"] = "what", ["чё"] = "what",
        ["че"] = "what", ["чо"] = "what", ["шо"] = "what", ["што"] = "what", ["чего"] = "what", ["чем"] = "what", ["чему"] = "what",
        ["где"] = "where", ["куда"] = "where", ["откуда"] = "where from", ["когда"] = "when", ["почему"] = "why",
        ["зачем"] = "why", ["отчего"] = "why", ["сколько"] = "how much", ["скока"] = "how much", ["скоко"] = "how much",
        ["скольких"] = "how many", ["как"] = "how", ["какой"] = "what", ["какая"] = "what", ["какое"] = "what",
        ["какие"] = "what", ["какую"] = "what", ["какого"] = "what", ["каком"] = "what", ["каким"] = "what", ["какими"] = "what",
        ["каких"] = "what", ["какому"] = "what", ["чей"] = "whose", ["чья"] = "whose", ["чьи"] = "whose", ["который"] = "which",
        ["которая"] = "which", ["которое"] = "which", ["которые"] = "which", ["ли"] = string.Empty,
        // Pronouns.
        ["я"] = "I", ["мне"] = "me", ["меня"] = "me", ["мы"] = "we", ["нас"] = "us", ["нам"] = "us", ["ты"] = "you",
        ["тебя"] = "you", ["тебе"] = "you", ["тобой"] = "you", ["вы"] = "you", ["вас"] = "you", ["вам"] = "you", ["вами"] = "you",
        ["он"] = "he", ["она"] = "she", ["оно"] = "it", ["они"] = "they", ["его"] = "his", ["ее"] = "her", ["её"] = "her",
        ["ей"] = "her", ["ему"] = "him", ["им"] = "them", ["их"] = "their", ["ними"] = "them", ["них"] = "them", ["него"] = "him",
        ["нее"] = "her", ["нему"] = "him", ["ней"] = "her", ["это"] = "it is", ["этот"] = "this", ["эта"] = "this",
        ["эти"] = "these", ["этого"] = "this", ["этому"] = "this", ["этом"] = "this", ["этой"] = "this", ["эту"] = "this",
        ["этим"] = "this", ["этих"] = "these", ["тот"] = "that", ["та"] = "that", ["те"] = "those", ["того"] = "that",
        ["том"] = "that", ["тем"] = "that", ["тех"] = "those", ["твой"] = "your", ["твоя"] = "your", ["твое"] = "your",
        ["твои"] = "your", ["ваш"] = "your", ["ваша"] = "your", ["свои"] = "their", ["свой"] = "its", ["своих"] = "their",
        ["сам"] = string.Empty, ["себя"] = string.Empty, ["себе"] = string.Empty, ["сама"] = string.Empty, ["сами"] = string.Empty, ["все"] = "all", ["всех"] = "all",
        ["всем"] = "all", ["кто-то"] = "someone", ["что-то"] = "something",
        // Prepositions and conjunctions.
        ["в"] = "in", ["во"] = "in", ["на"] = "on", ["с"] = "with", ["со"] = "with", ["о"] = "about", ["об"] = "about",
        ["обо"] = "about", ["про"] = "about", ["по"] = "on", ["для"] = "for", ["от"] = "from", ["до"] = "before",
        ["после"] = "after", ["при"] = string.Empty, ["за"] = "for", ["против"] = "against", ["между"] = "between", ["к"] = "to",
        ["ко"] = "to", ["у"] = string.Empty, ["из"] = "from", ["без"] = "without", ["под"] = "under", ["над"] = "over",
        ["через"] = "in", ["перед"] = "before", ["насчет"] = "about", ["кроме"] = "besides", ["из-за"] = "because of",
        ["и"] = "and", ["а"] = "and", ["но"] = "but", ["или"] = "or", ["если"] = "if", ["чтобы"] = "to", ["потому"] = "because",
        ["также"] = "also", ["тоже"] = "too", ["либо"] = "or",
        // Particles and fillers.
        ["не"] = "not", ["ни"] = string.Empty, ["же"] = string.Empty, ["ведь"] = string.Empty, ["вот"] = string.Empty,
        ["то"] = string.Empty, ["бы"] = "would", ["уже"] = "already", ["еще"] = "else", ["вообще"] = string.Empty,
        ["типа"] = string.Empty, ["вроде"] = string.Empty, ["ну"] = string.Empty, ["так"] = "so", ["тут"] = "here",
        ["там"] = string.Empty, ["здесь"] = "here", ["теперь"] = "now", ["сейчас"] = "now", ["потом"] = "then", ["тогда"] = "then",
        ["снова"] = "again", ["опять"] = "again", ["да"] = "yes", ["нет"] = "no", ["ага"] = "yes", ["ок"] = "ok",
        ["окей"] = "ok", ["ладно"] = "ok", ["понятно"] = "ok", ["ясно"] = "ok", ["пожалуйста"] = "please", ["плз"] = "please",
        ["плиз"] = "please", ["пжл"] = "please", ["пж"] = "please", ["пожалуйсто"] = "please", ["уважаемый"] = string.Empty,
        ["бро"] = string.Empty, ["брат"] = string.Empty, ["слушай"] = string.Empty, ["скажи"] = "tell me",
        ["скажите"] = "tell me", ["подскажи"] = "tell me", ["подскажите"] = "tell me", ["расскажи"] = "tell me about",
        ["расскажите"] = "tell me about", ["объясни"] = "explain", ["объясните"] = "explain", ["лично"] = "personally",
        ["случайно"] = string.Empty, ["наверно"] = "probably", ["наверное"] = "probably", ["точно"] = "exactly",
        ["правда"] = "true", ["верно"] = "right", ["правильно"] = "right", ["конкретно"] = "exactly", ["именно"] = "exactly",
        ["официально"] = "officially", ["можно"] = "can", ["может"] = "can", ["нужно"] = "need", ["надо"] = "need",
        ["очень"] = "very", ["суть"] = "gist", ["сути"] = "gist", ["каков"] = "what", ["какова"] = "what", ["каковы"] = "what",
        ["ваще"] = string.Empty, ["реально"] = "really", ["плс"] = "please", ["пжлст"] = "please", ["пожалста"] = "please",
        ["инфа"] = "information", ["инфу"] = "information", ["дженнифер"] = "Jennifer", ["ещё"] = "else", ["только"] = "only", ["сегодня"] = "today", ["завтра"] = "tomorrow",
        ["дальше"] = "next", ["темы"] = "topics", ["тему"] = "topic", ["тема"] = "topic", ["конца"] = "end", ["конец"] = "end", ["част"] = "part", ["пришли"] = "came", ["реч"] = "talk", ["список"] = "list", ["юж"] = "South", ["ю"] = "South",
        ["чьим"] = "whose", ["чьей"] = "whose", ["чье"] = "whose", ["чьих"] = "whose", ["вел"] = "led", ["вела"] = "led", ["вели"] = "led",
        ["раньше"] = "before", ["ранее"] = "before", ["примерно"] = string.Empty, ["должна"] = "must", ["должен"] = "must", ["должны"] = "must",
        ["силы"] = "forces", ["сил"] = "forces", ["написано"] = "say", ["линии"] = "line", ["линия"] = "line",
        ["считают"] = "consider", ["считает"] = "consider", ["особая"] = "special", ["особый"] = "special", ["особое"] = "special",
        ["ку"] = "hi", ["место"] = "place", ["места"] = "place", ["месте"] = "place", ["вместо"] = "instead of", ["стало"] = "became", ["понял"] = "understand", ["поняла"] = "understand", ["понимаю"] = "understand",
        // Being and having.
        ["был"] = "was", ["была"] = "was", ["было"] = "was", ["были"] = "were", ["будет"] = "will", ["будут"] = "will",
        ["есть"] = "is there", ["является"] = "is", ["являются"] = "are", ["стал"] = "became", ["стала"] = "became",
        ["стали"] = "became", ["станут"] = "will become", ["станет"] = "will become",
        // Small talk.
        ["привет"] = "hello", ["приветик"] = "hello", ["прив"] = "hello", ["здравствуйте"] = "hello", ["здравствуй"] = "hello",
        ["здрасте"] = "hello", ["здрасьте"] = "hello", ["хай"] = "hi", ["хелло"] = "hello", ["салют"] = "hello",
        ["спасибо"] = "thanks", ["спс"] = "thanks", ["пасиб"] = "thanks", ["пасибо"] = "thanks", ["спасибки"] = "thanks", ["пасиба"] = "thanks", ["сенкс"] = "thanks", ["благодарствую"] = "thanks",
        ["здарова"] = "hello", ["здорова"] = "hello", ["хеллоу"] = "hello", ["хелп"] = "help", ["увидимся"] = "bye",
        ["норм"] = "ok", ["хорошо"] = "ok", ["щас"] = "now",
        ["благодарю"] = "thanks", ["мерси"] = "thanks", ["пока"] = "bye", ["покеда"] = "bye", ["бб"] = "bye", ["бай"] = "bye",
        ["бот"] = "bot", ["ботом"] = "bot", ["нейросеть"] = "AI", ["нейросетью"] = "AI", ["ии"] = "AI", ["человек"] = "person",
        ["умеешь"] = "can you do", ["помощь"] = "help", ["помоги"] = "help", ["помогите"] = "help", ["помогли"] = "helped",
        ["мнение"] = "opinion", ["думаешь"] = "think", ["думаете"] = "think", ["думают"] = "think",
        // The article's people and places, and the parties.
        ["рф"] = "Russia", ["юо"] = "South Ossetia", ["ес"] = "EU", ["сша"] = "US", ["нато"] = "NATO", ["обсе"] = "OSCE",
        ["оон"] = "UN", ["мид"] = "foreign ministry", ["вс"] = "armed forces", ["риа"] = "RIA", ["сочи"] = "Sochi",
        ["тбилиси"] = "Tbilisi", ["могерини"] = "Mogherini", ["псаки"] = "Psaki", ["салли"] = "Sally", ["бохуа"] = "Bokhua",
        ["федерика"] = "Federica", ["джен"] = "Jen", ["штаты"] = "US", ["штатов"] = "US", ["штатам"] = "US",
        ["госдеп"] = "State Department", ["госдепа"] = "State Department", ["госдепе"] = "State Department",
        ["запад"] = "the West", ["запада"] = "the West", ["западу"] = "the West", ["новости"] = "Novosti", ["мир"] = "world",
        ["мира"] = "world", ["миру"] = "world", ["страна"] = "country", ["страны"] = "countries", ["стран"] = "countries",
        ["статья"] = "article", ["статье"] = "article", ["статьи"] = "article", ["статью"] = "article", ["статьей"] = "article",
        ["статей"] = "articles", ["часть"] = "part", ["частью"] = "part", ["части"] = "part",
        // Time.
        ["год"] = "year", ["года"] = "year", ["году"] = "year", ["г"] = "year", ["лет"] = "years", ["годы"] = "years",
        ["годам"] = "years", ["март"] = "March", ["марта"] = "March", ["марте"] = "March", ["август"] = "August",
        ["августа"] = "August", ["августе"] = "August", ["июнь"] = "June", ["июня"] = "June", ["июне"] = "June",
        ["июль"] = "July", ["июля"] = "July", ["ноябрь"] = "November", ["ноября"] = "November", ["ноябре"] = "November",
        ["сентябрь"] = "September", ["сентября"] = "September", ["сентябре"] = "September", ["день"] = "day", ["дня"] = "day",
        ["числа"] = "date", ["месяц"] = "month", ["месяца"] = "months", ["месяцев"] = "months",
        // Money.
        ["млрд"] = "billion", ["млн"] = "million", ["руб"] = "rubles", ["денег"] = "money", ["бабок"] = "money",
        ["бабла"] = "money", ["бабки"] = "money", ["кэш"] = "money", ["соц"] = "social", ["эконом"] = "economic",
        ["дали"] = "gave", ["дал"] = "gave", ["дала"] = "gave", ["дадут"] = "give", ["даст"] = "give", ["дать"] = "give",
        // Russian in Latin letters.
        ["kto"] = "who", ["chto"] = "what", ["shto"] = "what", ["chego"] = "what", ["gde"] = "where", ["kogda"] = "when",
        ["pochemu"] = "why", ["zachem"] = "why", ["skolko"] = "how much", ["skoka"] = "how much", ["kakoy"] = "what",
        ["kakaya"] = "what", ["kakie"] = "what", ["kakaja"] = "what", ["dogovor"] = "treaty", ["dogovora"] = "treaty",
        ["dogovore"] = "treaty", ["dogovorom"] = "treaty", ["podpisal"] = "signed", ["podpisali"] = "signed",
        ["podpisan"] = "signed", ["podpisanie"] = "signing", ["podpisaniya"] = "signing", ["deneg"] = "money",
        ["dengi"] = "money", ["privet"] = "hello", ["spasibo"] = "thanks", ["spasib"] = "thanks", ["poka"] = "bye",
        ["avtor"] = "author", ["statya"] = "article", ["statyu"] = "article", ["statye"] = "article", ["statie"] = "article",
        ["gruziya"] = "Georgia", ["gruzii"] = "Georgia", ["osetiya"] = "Ossetia", ["osetii"] = "Ossetia",
        ["abhazia"] = "Abkhazia", ["abkhaziya"] = "Abkhazia", ["abhazii"] = "Abkhazia", ["abhaziya"] = "Abkhazia",
        ["rossiya"] = "Russia", ["rossii"] = "Russia", ["yuzhnaya"] = "South", ["yuzhnoy"] = "South", ["zheneve"] = "Geneva",
        ["zheneva"] = "Geneva", ["peregovory"] = "talks", ["peregovorah"] = "talks", ["reaktsiya"] = "reaction",
        ["reakciya"] = "reaction", ["otreagirovala"] = "reacted", ["otreagiroval"] = "reacted", ["otreagirovali"] = "reacted",
        ["skazal"] = "said", ["skazala"] = "said", ["skazali"] = "said", ["srok"] = "term",
        ["granitsa"] = "border", ["granicy"] = "border", ["armiya"] = "army", ["armii"] = "army", ["obeshchali"] = "promised",
        ["obeshali"] = "promised", ["poobeshchali"] = "promised", ["nazyvaetsya"] = "called", ["takoe"] = "is",
        ["takoy"] = "is", ["takaya"] = "is", ["eto"] = "it is", ["ili"] = "or", ["ne"] = "not",
        ["sleduyushchiy"] = "next", ["sleduyushiy"] = "next", ["raund"] = "round", ["vstrecha"] = "meeting",
        ["ty"] = "you", ["tebya"] = "you", ["umeesh"] = "can you do", ["pomosh"] = "help", ["pomogi"] = "help",
        ["verno"] = "right", ["pravda"] = "true", ["rubley"] = "rubles", ["rublei"] = "rubles", ["mlrd"] = "billion", ["poluchit"] = "receive", ["poluchila"] = "received", ["poluchat"] = "receive",
        ["obeshala"] = "promised", ["obeshchala"] = "promised", ["poobeshchala"] = "promised", ["bylo"] = "was", ["byl"] = "was",
        ["byla"] = "was", ["byli"] = "were", ["kreml"] = "Kremlin", ["kremle"] = "Kremlin",
        // "v Moskve", "v Zheneve": Latin "v" is "in", which the place after it says; read as "in" it made "v kremle podpisali"
        // the treaty's overview ("signed in the Kremlin").
        ["v"] = string.Empty,
        // Ossetian and Abkhaz words in Russian messages: "бузныг" thanks, "Апсны" Abkhazia.
        ["бузныг"] = "thanks", ["апсны"] = "Abkhazia", ["бывай"] = "bye", ["выручил"] = "helped", ["выручила"] = "helped",
        ["живой"] = "human", ["сидишь"] = string.Empty, ["честно"] = "honestly", ["подробнее"] = "more", ["сколко"] = "how much",
        ["наши"] = "our", ["наших"] = "our", ["мида"] = "foreign ministry", ["миду"] = "foreign ministry", ["миде"] = "foreign ministry",
        ["мидом"] = "foreign ministry", ["сильнее"] = "deeper", ["пацанов"] = "soldiers", ["ком"] = "whom", ["грузинам"] = "to the Georgians",
    };

    // Stems: a word no whole entry has is read by its longest stem here ("договором" by "договор"), down to three letters.
    private static readonly Stems StemTable = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // The treaty and its signing.
        ["договор"] = "treaty", ["договоренн"] = "agreements", ["договорен"] = "agreements", ["договорил"] = "agreed",
        ["договорят"] = "agree", ["соглашени"] = "agreement", ["соглашения"] = "agreements", ["соглашен"] = "agreement", ["пакт"] = "pact", ["друг"] = "other", ["регион"] = "region", ["подобн"] = "similar", ["перв"] = "first", ["воид"] = "join", ["воиск"] = "troops", ["драфт"] = "draft", ["меня"] = "changed", ["финальн"] = "final", ["копи"] = "copy",
        ["силовик"] = "security agencies", ["интегрир"] = "integrate", ["швейцари"] = "Switzerland", ["организаци"] = "organizations",
        ["угрожа"] = "threaten", ["угроз"] = "threat", ["движени"] = "movement", ["тренд"] = "trend", ["спокойн"] = "calm", ["порч"] = "damage",
        ["нов"] = "new", ["ярд"] = "billion", ["дипломати"] = "diplomacy", ["спикер"] = "spokeswoman", ["призва"] = "called on",
        ["забра"] = "took", ["официальн"] = "official", ["связ"] = "connected",
        ["подпис"] = "signed", ["подписани"] = "signing", ["подписи"] = "signatures", ["подписант"] = "signatories",
        ["заключ"] = "concluded", ["союзничеств"] = "alliance", ["союз"] = "alliance", ["интеграци"] = "integration",
        ["стратегическ"] = "strategic", ["партнерств"] = "partnership", ["партнёрств"] = "partnership",
        ["назва"] = "called", ["называ"] = "called", ["имя"] = "name", ["текст"] = "text", ["проект"] = "draft",
        ["срок"] = "term", ["действ"] = "valid", ["истека"] = "expire", ["истеч"] = "expire", ["бессрочн"] = "indefinite",
        ["ратифи"] = "ratified", ["дат"] = "date", ["кремл"] = "Kremlin", ["оригинал"] = "original",
        // The treaty's clauses.
        ["оборон"] = "defence", ["безопасност"] = "security", ["охран"] = "guard", ["защит"] = "protect",
        ["защищ"] = "protect", ["границ"] = "border", ["пограничник"] = "border guards", ["погранич"] = "border", ["погран"] = "border", ["погранвойск"] = "border troops", ["погранвоиск"] = "border troops", ["погранзнак"] = "border warning signs",
        ["предлага"] = "propose", ["предлож"] = "propose", ["реша"] = "resolve", ["реши"] = "resolve", ["резултат"] = "result", ["щитае"] = "think",
        ["арми"] = "army", ["войск"] = "troops", ["вооруженн"] = "armed", ["вооружённ"] = "armed", ["силов"] = "security",
        ["структур"] = "agencies", ["спецслужб"] = "security services", ["подразделени"] = "units", ["военн"] = "military",
        ["таможн"] = "customs", ["пункт"] = "clause", ["влив"] = "merge", ["вольют"] = "merge", ["войдут"] = "join",
        ["войдет"] = "join", ["состав"] = "part", ["отвеча"] = "responsible", ["берет"] = "takes", ["берёт"] = "takes",
        ["денут"] = "happen", ["будущ"] = "future", ["отдельн"] = "separate",
        // Money.
        ["деньг"] = "money", ["деньгам"] = "money", ["бабк"] = "money", ["бабл"] = "money", ["рубл"] = "rubles",
        ["миллиард"] = "billion", ["миллион"] = "million", ["сумм"] = "amount", ["деньжат"] = "money", ["бабос"] = "money", ["федерик"] = "Federica", ["северн"] = "North", ["выдел"] = "allocate",
        ["обеща"] = "promised", ["пообеща"] = "promised", ["обещ"] = "promised", ["получ"] = "receive", ["финансир"] = "funding",
        ["выполнени"] = "implementation", ["развити"] = "development", ["социально"] = "social", ["экономическ"] = "economic",
        ["бюджет"] = "budget", ["вложил"] = "invested", ["инвестир"] = "invested", ["заплат"] = "paid", ["доллар"] = "dollars",
        ["стоит"] = "cost", ["стоимост"] = "cost", ["процент"] = "percent",
        // Russia, the Caucasus and the Crimea.
        ["росси"] = "Russia", ["российск"] = "Russian", ["русск"] = "Russian", ["москв"] = "Moscow", ["московск"] = "Moscow",
        ["путин"] = "Putin", ["медведев"] = "Medvedev", ["лавров"] = "Lavrov", ["карасин"] = "Karasin", ["тибилов"] = "Tibilov",
        ["леонид"] = "Leonid", ["григори"] = "Grigory", ["госдум"] = "State Duma", ["дум"] = "Duma",
        ["осети"] = "Ossetia", ["осетин"] = "Ossetians", ["осетинск"] = "Ossetian", ["южн"] = "South", ["цхинвал"] = "Tskhinvali",
        ["абхази"] = "Abkhazia", ["абхаз"] = "Abkhaz", ["абхазск"] = "Abkhaz", ["сухум"] = "Sokhumi", ["сухумск"] = "Sokhumi",
        ["грузи"] = "Georgia", ["грузин"] = "Georgians", ["грузинск"] = "Georgian", ["саакашвили"] = "Saakashvili",
        ["закавказ"] = "Transcaucasia", ["кавказ"] = "Caucasus", ["крым"] = "Crimea", ["крымск"] = "Crimean",
        ["аннекси"] = "annexation", ["аннексир"] = "annexed", ["присоедин"] = "annex", ["оккупаци"] = "occupation",
        ["оккупант"] = "occupying", ["режим"] = "regime", ["годовщин"] = "anniversary", ["совпа"] = "coincide",
        ["республик"] = "republic", ["независимост"] = "independence", ["город"] = "city", ["столиц"] = "capital",
        ["войн"] = "war", ["конфликт"] = "conflict",
        // The reactions.
        ["реакци"] = "reaction", ["реагир"] = "reacted", ["отреагир"] = "reacted", ["осуд"] = "condemned", ["осужд"] = "condemn",
        ["призна"] = "recognize", ["признаю"] = "recognize", ["поддерж"] = "support", ["сказал"] = "said", ["сказа"] = "said",
        ["говор"] = "say", ["заяви"] = "said", ["отнесл"] = "reacted", ["отнесут"] = "react", ["финансов"] = "financial", ["заявлени"] = "statement", ["высказ"] = "commented", ["ответ"] = "respond",
        ["международн"] = "international", ["евросоюз"] = "EU", ["европ"] = "Europe", ["америк"] = "America",
        ["американц"] = "Americans", ["американск"] = "American", ["вашингтон"] = "Washington", ["жалова"] = "complained",
        ["пожалова"] = "complained", ["обрати"] = "appealed", ["обраща"] = "appealed", ["проси"] = "asked", ["попроси"] = "asked",
        ["злы"] = "angry", ["недовольн"] = "concerned", ["беспоко"] = "worries", ["тревож"] = "worries", ["опасени"] = "concerns",
        ["обеспокоенност"] = "concern", ["против"] = "against", ["санкци"] = "sanctions", ["протест"] = "protests",
        ["китай"] = "China", ["турци"] = "Turkey", ["украин"] = "Ukraine", ["германи"] = "Germany", ["меркел"] = "Merkel",
        ["обам"] = "Obama",
        // Geneva.
        ["женев"] = "Geneva", ["женевск"] = "Geneva", ["переговор"] = "talks", ["дискусси"] = "discussions",
        ["встреч"] = "meeting", ["раунд"] = "round", ["заседани"] = "session", ["следующ"] = "next", ["предыдущ"] = "previous",
        ["прошл"] = "last", ["сопредседател"] = "co-chairs", ["сопредседательств"] = "co-chaired", ["председател"] = "chair",
        ["председательств"] = "chaired", ["делегаци"] = "delegation", ["участвова"] = "took part", ["участву"] = "take part",
        ["участник"] = "participants", ["присутствова"] = "present", ["обсужда"] = "discussed", ["обсуди"] = "discussed",
        ["учени"] = "exercises", ["противореч"] = "contradict", ["стабилизаци"] = "stabilization",
        ["стабилизир"] = "stabilize", ["стабильн"] = "stable", ["ситуаци"] = "situation", ["обстановк"] = "situation",
        ["предупрежда"] = "warning", ["предупредител"] = "warning", ["знак"] = "signs", ["табличк"] = "signs",
        ["порт"] = "damage", ["повред"] = "damaged", ["уничтож"] = "destroyed", ["внимани"] = "attention",
        ["представител"] = "representatives", ["сторон"] = "side", ["итог"] = "outcome", ["результат"] = "result",
        ["закончил"] = "ended", ["кончил"] = "ended", ["заверши"] = "ended", ["собер"] = "meet", ["соберут"] = "meet",
        ["проход"] = "held", ["прошли"] = "held", ["состоял"] = "held", ["состоит"] = "held", ["роль"] = "role",
        ["роли"] = "role", ["сыграл"] = "played", ["отмет"] = "noted", ["возглав"] = "headed", ["руковод"] = "led",
        ["вест"] = "lead", ["приеха"] = "attended", ["приезжал"] = "attended", ["требова"] = "asked", ["пуга"] = "worries", ["боит"] = "worries", ["боят"] = "worries",
        ["наруша"] = "contradict", ["заканчива"] = "expire", ["закончит"] = "expire",
        // Abkhazia's treaty.
        ["разниц"] = "difference", ["отлича"] = "differ", ["отличи"] = "difference", ["похож"] = "similar",
        ["сравн"] = "compare", ["глубже"] = "deeper", ["глубок"] = "deep", ["поменя"] = "changed", ["измен"] = "changed",
        ["пересматр"] = "revised", ["передела"] = "revised", ["окончательн"] = "final", ["вариант"] = "version", ["пересмотр"] = "revised", ["первоначальн"] = "original",
        // The article and the people in it.
        ["автор"] = "author", ["написа"] = "wrote", ["пиш"] = "write", ["журналист"] = "journalist", ["издани"] = "publication",
        ["опубликова"] = "published", ["опечатк"] = "typo", ["упомина"] = "mentioned", ["упомян"] = "mentioned",
        ["значи"] = "mean", ["означа"] = "mean", ["новост"] = "news", ["президент"] = "president", ["лидер"] = "leader",
        ["глав"] = "head", ["министр"] = "minister", ["генсек"] = "secretary general", ["генеральн"] = "general",
        ["секретар"] = "secretary", ["госсекретар"] = "secretary of state", ["должност"] = "position",
        ["пресс"] = "press", ["работа"] = "work", ["род"] = "born", ["избра"] = "elected",
        ["относит"] = "belong", ["принадлеж"] = "belong", ["страну"] = "country", ["государств"] = "state",
        ["населени"] = "population", ["жив"] = "live", ["площад"] = "area", ["язык"] = "language", ["валют"] = "currency",
        ["погод"] = "weather", ["курс"] = "exchange rate", ["рецепт"] = "recipe", ["сериал"] = "series", ["фильм"] = "film",
        ["футбол"] = "football", ["выигра"] = "won", ["аккаунт"] = "account", ["удали"] = "delete", ["билет"] = "ticket",
        ["код"] = "code", ["сортировк"] = "sorting", ["списк"] = "list", ["лиг"] = "league", ["чемпион"] = "champions",
        ["евровидени"] = "Eurovision", ["суд"] = "court", ["иск"] = "lawsuit", ["заявк"] = "application", ["опрос"] = "poll",
        ["голосова"] = "voted", ["погиб"] = "died", ["начал"] = "started", ["извини"] = "apologized", ["извиня"] = "apologize",
        ["отказа"] = "refused", ["ездил"] = "traveled", ["поехал"] = "traveled", ["приезжа"] = "visit", ["визит"] = "visit",
        ["здани"] = "building", ["зал"] = "hall", ["времен"] = "time", ["врем"] = "time", ["упал"] = "fell",
        // The bot and the conversation.
        ["благодар"] = "thanks", ["помог"] = "help", ["пользова"] = "use", ["вопрос"] = "questions", ["задава"] = "ask",
        ["спрос"] = "ask", ["ответь"] = "answer", ["бот"] = "bot", ["нейросет"] = "AI", ["чатгпт"] = "ChatGPT",
        ["мнени"] = "opinion", ["думае"] = "think", ["считае"] = "think", ["прогноз"] = "prediction",
        ["сдела"] = "did", ["дела"] = "do", ["случил"] = "happened", ["произош"] = "happened", ["происход"] = "happening",
        ["будут"] = "will", ["стату"] = "status", ["итогам"] = "outcome",
        // Misspellings and colloquial words readers write about the story.
        ["дагавор"] = "treaty", ["документ"] = "treaty", ["церемони"] = "ceremony", ["референдум"] = "referendum",
        ["стереж"] = "guard", ["стерег"] = "guard", ["спраш"] = "ask", ["программ"] = "bot", ["переведут"] = "be put into",
        ["натовск"] = "NATO", ["обеспечива"] = "ensures", ["стабильност"] = "stability", ["лома"] = "damage",
        ["встрет"] = "meet", ["продолжени"] = "next round", ["соцэконом"] = "social economic development",
        ["обознач"] = "called", ["отколовш"] = "breakaway", ["крича"] = "say", ["верн"] = "get back",
    });

    // Latin-letter words only Russian has; the short ones English or another reader shares ("da", "net", "kak", "eto")
    // count only with a second.
    private static readonly MarkerWords LatinMarkers = new(
    [
        "kto", "chto", "shto", "kogda", "pochemu", "zachem", "skolko", "dogovor", "dogovora", "dogovore", "podpisal",
        "podpisali", "podpisan", "podpisanie", "deneg", "privet", "spasibo", "avtor", "statya", "statye", "gruziya",
        "rossiya", "otreagirovala", "otreagiroval", "nazyvaetsya", "kakoy", "kakaya", "gde", "eto", "takoe", "poka",
        // Words only Russian writes, which still mark it when a reader before it has taken "kto" or "chto" as its own.
        "kakie", "zheneve", "budet", "novost", "vstrecha", "dogovorilis", "podpisyvali", "podpisyvala", "stanet",
        "deistvuet", "gruzinam", "gruzinskaya", "prisoedinili", "zakonno", "boitsya", "vozglavlyal",
        "chelovek", "budut", "ohranyat", "russkie", "stanut", "voyska", "osetinskie", "rossiyskoy", "chastyu", "yuzhnoy",
        "yuzhnaya", "yuzhnuyu", "zhenevskie", "zhenevy", "peregovory", "reakciya", "reaktsiya", "soglasheniya", "upominalis",
        "obstanovka", "lomaet", "nazvana", "gorod", "podrobnee", "annexirovali", "anneksirovali",
    ],
    ["gde", "eto", "takoe", "poka"]);

    [GeneratedRegex(@"[,\s]+(?:верно|да|правда|ага|так\s+ведь|ведь\s+так|не\s+так\s+ли|так\s+ли|это\s+так|это\s+правда|же|правильно|точно|verno|da|pravda)(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<=\p{IsCyrillic})-(?:то|нибудь|либо|ка|to|nibud|libo)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex HyphenatedParticle();

    [GeneratedRegex(@"(?<=\p{IsCyrillic})-(?=\p{IsCyrillic})")]
    private static partial Regex CyrillicHyphen();

    [GeneratedRegex(@"\b(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|do|does|did|can|will|right|tell|explain|hello|hi|thanks|bye|goodbye)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWord();

    [GeneratedRegex(@"(?<=\d),(?=\d)")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"[\p{L}]+")]
    private static partial Regex Word();
}
