using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Ukrainian, as Ukrainians write it to the bot: whole questions in Cyrillic ("хто підписав договір?" is "who signed the
/// treaty?", "скільки грошей пообіцяла Росія?" how much money Russia promised), Ukrainian mixed into English ("who signed
/// it, Путін?") and Ukrainian in Latin letters ("khto pidpysav dohovir?", "skilky hroshei?"). Rewritten word for word
/// before the question is read, like Russian (see <see cref="Russian"/>), which reads what is left after it: a word is
/// looked up whole, then by its longest known stem ("договору", "договором" and "договорі" are all the treaty). Only in
/// a message with a letter only Ukrainian writes (і, ї, є, ґ), a Cyrillic word only Ukrainian has ("хто", "що", "коли"),
/// or a Latin-letter word only it has ("khto", "dohovir"), so that Russian and English keep theirs.
/// </summary>
internal static partial class Ukrainian
{
    /// <summary><paramref name="text"/> with Ukrainian words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        var cyrillic = HasUkrainianLetter(text) || CyrillicMarkers.AreIn(text);
        if (!cyrillic && !LatinMarkers.AreIn(text))
        {
            return text;
        }

        // "договір на 25 років, так?", "підписали 18 березня, правда?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "Чи був договір з Абхазією?": "чи" opening a question only asks it; inside one it is "or" ("бот чи людина?").
        text = OpeningChy().Replace(text, string.Empty);
        text = Apostrophe().Replace(text, string.Empty);
        // "шо", "шось", "скіки": spoken spellings, read as the written ones so the phrases serve both; "9,2 млрд" a decimal.
        text = cyrillic ? Spoken().Replace(DecimalComma().Replace(text, "."), m => SpokenWords[m.Value.ToLowerInvariant()]) : text;
        text = Phrases.InEnglish(text);
        // "riznytsya mizh dogovoramy": the Latin words no Latin entry has, read by the Cyrillic ones (see Ukrainian.Latin).
        text = cyrillic ? text : InCyrillicLetters(AskedAlready().Replace(text, string.Empty));
        // "YeS" is the EU's Ukrainian initials in Latin letters, "yes" English.
        text = Word().Replace(text, m => m.Value == "YeS" ? "EU" : English(m.Value) ?? m.Value);
        // "Абхазія - це частина Грузії?": asked by its question mark alone, as Russian asks.
        return cyrillic ? Russian.AskedByItsMark(text) : text;
    }

    /// <summary>Whether <paramref name="text"/> has a letter only Ukrainian writes: і, ї, є, ґ (no allocation).</summary>
    private static bool HasUkrainianLetter(string text) => text.AsSpan().IndexOfAny("іїєґІЇЄҐ") >= 0;

    /// <summary>The English of one Ukrainian word: the word itself, else its longest known stem; null when unknown.</summary>
    private static string? English(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Words.TryGetValue(lower, out var english))
        {
            return english;
        }

        return Russian.HasCyrillic(lower) ? StemTable.EnglishOf(lower) ?? PlainStems.EnglishOf(lower.Replace("ь", string.Empty)) : null;
    }

    // Several words that mean one thing, before the words are read one by one.
    private static readonly Phrasebook Phrases = new(new Dictionary<string, string>
    {
        ["хто такий"] = "who is", ["хто така"] = "who is", ["хто такі"] = "who are", ["хто це"] = "who is", ["що таке"] = "what is",
        ["що це"] = "what is", ["це що"] = "what is it", ["що за"] = "what is", ["шо за"] = "what is", ["про що"] = "what about",
        ["як називається"] = "what is the name of", ["як називали"] = "what is the name of", ["на скільки років"] = "for how many years",
        ["на який термін"] = "for how long", ["на який строк"] = "for how long", ["скільки років"] = "how many years",
        ["який звязок"] = "what does it have to do with",
        ["при чому тут"] = "what does it have to do with", ["причому тут"] = "what does it have to do with",
        ["до чого тут"] = "what does it have to do with", ["з приводу"] = "about", ["з боку"] = "from", ["брав участь"] = "took part",
        ["брали участь"] = "took part", ["взяли участь"] = "took part", ["збройні сили"] = "armed forces",
        ["збройних сил"] = "armed forces", ["силові структури"] = "security agencies", ["силових структур"] = "security agencies",
        ["будь ласка"] = "please", ["будь-ласка"] = "please", ["до побачення"] = "goodbye", ["на все добре"] = "goodbye",
        ["добрий день"] = "good afternoon", ["доброго дня"] = "good afternoon", ["доброго ранку"] = "good morning",
        ["добрий вечір"] = "good evening", ["як думаєш"] = "what do you think", ["що думаєш"] = "what do you think",
        ["що ти думаєш"] = "what do you think", ["як ти думаєш"] = "what do you think", ["що ти вмієш"] = "what can you do",
        ["що вмієш"] = "what can you do", ["жива людина"] = "human", ["до кінця"] = "by the end of", ["чим закінчились"] = "what was the outcome of",
        ["чим закінчилися"] = "what was the outcome of", ["чим завершились"] = "what was the outcome of", ["що вирішили"] = "what was the outcome",
        ["соціально-економічний"] = "socio-economic", ["соціально економічний"] = "socio-economic", ["головне місто"] = "main city", ["такий самий як"] = "the same as", ["такий же як"] = "the same as",
        ["така сама як"] = "the same as", ["таке саме як"] = "the same as", ["про що ця"] = "what is this about",
        ["міністерство закордонних справ"] = "foreign ministry", ["міністр закордонних справ"] = "foreign minister",
        ["європейський союз"] = "EU", ["сполучені штати"] = "US", ["державний департамент"] = "State Department",
        ["khto takyi"] = "who is", ["khto taka"] = "who is", ["khto taki"] = "who are", ["shcho take"] = "what is",
        ["sho take"] = "what is", ["shcho za"] = "what is", ["sho za"] = "what is", ["yak nazyvaietsia"] = "what is the name of",
        ["yak nazyvayetsya"] = "what is the name of", ["na skilky rokiv"] = "for how many years", ["prychomu tut"] = "what does it have to do with",
        ["pry chomu tut"] = "what does it have to do with", ["do pobachennia"] = "goodbye", ["do pobachennya"] = "goodbye",
        ["na vse dobre"] = "goodbye", ["bud laska"] = "please", ["zhyva liudyna"] = "human", ["zhyva lyudyna"] = "human",
        ["slava ukraini"] = string.Empty, ["slava ukrayini"] = string.Empty, ["слава україні"] = string.Empty,
        ["хто лідер"] = "who is the leader", ["хто вона"] = "who is she", ["хто він"] = "who is he", ["хто ти"] = "who are you",
        ["ти хто"] = "who are you", ["що ти за бот"] = "what kind of bot are you", ["ти бот"] = "are you a bot", ["а хто ще"] = "who else",
        ["хто як"] = "how did each", ["до кого"] = "to whom", ["до якого року"] = "until what year", ["який зараз рік"] = "what year is it now",
        ["в чому"] = "what is", ["у чому"] = "what is", ["до цього"] = "before this", ["до неї"] = "before it",
        ["на переговорах"] = "at the talks", ["на дискусіях"] = "at the discussions", ["на тих дискусіях"] = "at those discussions",
        ["у склад"] = "part of", ["в склад"] = "part of", ["до складу"] = "part of", ["по договору"] = "under the treaty",
        ["по цьому договору"] = "under this treaty", ["що буде з"] = "what will happen to", ["по баблу"] = "about money",
        ["по грошах"] = "about money", ["на що підуть"] = "what will it be spent on", ["дати оцінку"] = "give an assessment",
        ["на твою думку"] = "in your opinion", ["на вашу думку"] = "in your opinion", ["в тебе"] = "you", ["у тебе"] = "you",
        ["як тобою користуватися"] = "how do I use you", ["до зустрічі"] = "goodbye", ["поставив підписи"] = "signed",
        ["поставили підписи"] = "signed", ["до чого домовилися"] = "what did they agree", ["на коли"] = "for when",
        ["khto vona take"] = "who is she", ["khto vin takyi"] = "who is he", ["хто вона така"] = "who is she",
        ["хто він такий"] = "who is he", ["хто спікер"] = "who is the spokesperson", ["хто речник"] = "who is the spokesperson",
        ["грузинська сторона"] = "the Georgian side", ["так робить"] = "does this", ["це нормально"] = "is it normal",
        ["по зовнішній політиці"] = "for foreign policy", ["в підсумку"] = "in the end",
        ["khto vona"] = "who is she", ["khto vin"] = "who is he", ["khto yak"] = "how did each", ["do koho"] = "to whom",
        ["do yakoho roku"] = "until what year", ["v chomu"] = "what is", ["u chomu"] = "what is", ["v tebe"] = "you",
        ["do zustrichi"] = "goodbye", ["zbroynyh syl"] = "armed forces", ["zbroinykh syl"] = "armed forces",
        ["yakyi zvyazok"] = "what does it have to do with", ["yakyi zviazok"] = "what does it have to do with",
        ["tse shcho"] = "what is it", ["tse sho"] = "what is it", ["chym zakinchylys"] = "what was the outcome of",
        ["yak dumaiesh"] = "what do you think", ["yak dumayesh"] = "what do you think", ["shcho dumaiesh"] = "what do you think",
    }, hyphens: true);

    // Words looked up whole: those a stem would misread, the short ones, and Ukrainian in Latin letters.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Question words.
        ["хто"] = "who", ["кого"] = "who", ["кому"] = "to whom", ["ким"] = "whom", ["що"] = "what", ["шо"] = "what",
        ["чого"] = "what", ["чим"] = "what", ["де"] = "where", ["куди"] = "where", ["звідки"] = "where from", ["коли"] = "when",
        ["чому"] = "why", ["навіщо"] = "why", ["скільки"] = "how much", ["як"] = "how", ["який"] = "what", ["яка"] = "what",
        ["яке"] = "what", ["які"] = "what", ["якого"] = "what", ["якої"] = "what", ["якому"] = "what", ["яким"] = "what",
        ["якій"] = "what", ["якими"] = "what", ["яких"] = "what", ["яку"] = "what", ["чий"] = "whose", ["чия"] = "whose",
        ["чиї"] = "whose", ["котрий"] = "which", ["чи"] = "or",
        // Pronouns.
        ["я"] = "I", ["мені"] = "me", ["мене"] = "me", ["ми"] = "we", ["нас"] = "us", ["нам"] = "us", ["ти"] = "you",
        ["тебе"] = "you", ["тобі"] = "you", ["ви"] = "you", ["вас"] = "you", ["вам"] = "you", ["він"] = "he", ["вона"] = "she",
        ["воно"] = "it", ["вони"] = "they", ["його"] = "his", ["її"] = "her", ["їх"] = "their", ["їхня"] = "their",
        ["їхній"] = "their", ["їхні"] = "their", ["їм"] = "them", ["це"] = "it is", ["цей"] = "this", ["ця"] = "this",
        ["ці"] = "these", ["цього"] = "this", ["цю"] = "this", ["цієї"] = "this", ["цим"] = "this", ["цих"] = "these",
        ["той"] = "that", ["те"] = "that", ["ті"] = "those", ["того"] = "that", ["щось"] = "something", ["хтось"] = "someone",
        ["всі"] = "all", ["усі"] = "all", ["свої"] = "their", ["свій"] = "its",
        // Prepositions and conjunctions.
        ["в"] = "in", ["у"] = "in", ["на"] = "on", ["з"] = "with", ["зі"] = "with", ["із"] = "with", ["про"] = "about",
        ["по"] = "on", ["для"] = "for", ["від"] = "from", ["до"] = "to", ["після"] = "after", ["за"] = "for",
        ["проти"] = "against", ["між"] = "between", ["без"] = "without", ["під"] = "under", ["через"] = "in", ["щодо"] = "about",
        ["стосовно"] = "about", ["і"] = "and", ["й"] = "and", ["та"] = "and", ["а"] = "and", ["але"] = "but", ["або"] = "or",
        ["якщо"] = "if", ["щоб"] = "to", ["бо"] = "because", ["також"] = "also", ["теж"] = "too", ["тобто"] = "so",
        // Particles and fillers.
        ["не"] = "not", ["ні"] = "no", ["ж"] = string.Empty, ["же"] = string.Empty, ["ну"] = string.Empty, ["от"] = string.Empty,
        ["ось"] = string.Empty, ["тут"] = "here", ["там"] = string.Empty, ["так"] = "yes", ["ага"] = "yes", ["зараз"] = "now",
        ["тепер"] = "now", ["вже"] = "already", ["ще"] = "else", ["тільки"] = "only", ["лише"] = "only", ["взагалі"] = string.Empty,
        ["типу"] = string.Empty, ["власне"] = string.Empty, ["слухай"] = string.Empty, ["скажи"] = "tell me", ["скажіть"] = "tell me",
        ["розкажи"] = "tell me about", ["розкажіть"] = "tell me about", ["поясни"] = "explain", ["поясніть"] = "explain",
        ["справді"] = "really", ["правда"] = "true", ["вірно"] = "right", ["правильно"] = "right", ["точно"] = "exactly",
        ["дуже"] = "very", ["зрештою"] = "eventually", ["повністю"] = "fully", ["можна"] = "can", ["треба"] = "need",
        // Being.
        ["був"] = "was", ["була"] = "was", ["було"] = "was", ["були"] = "were", ["буде"] = "will", ["будуть"] = "will",
        ["є"] = "is", ["стане"] = "will become", ["стануть"] = "will become", ["став"] = "became", ["стала"] = "became",
        // Small talk and the bot.
        ["привіт"] = "hello", ["привітик"] = "hello", ["вітаю"] = "hello", ["дякую"] = "thanks", ["дяки"] = "thanks",
        ["спасибі"] = "thanks", ["бувай"] = "bye", ["бувайте"] = "bye", ["па"] = "bye", ["бот"] = "bot", ["ботику"] = "bot",
        ["людина"] = "human", ["ші"] = "AI", ["допоміг"] = "helped", ["допомогла"] = "helped", ["допомога"] = "help",
        ["допоможи"] = "help", ["зрозуміло"] = "ok", ["добре"] = "ok", ["гаразд"] = "ok", ["все"] = "that's all",
        // The parties and places.
        ["рф"] = "Russia", ["єс"] = "EU", ["євросоюз"] = "EU", ["сша"] = "US", ["штати"] = "US", ["нато"] = "NATO",
        ["оон"] = "UN", ["обсє"] = "OSCE", ["мзс"] = "foreign ministry", ["держдеп"] = "State Department", ["світ"] = "world",
        ["цхінвалі"] = "Tskhinvali", ["сухумі"] = "Sokhumi", ["тбілісі"] = "Tbilisi", ["могеріні"] = "Mogherini",
        ["псакі"] = "Psaki", ["джен"] = "Jen", ["федеріка"] = "Federica", ["саллі"] = "Sally", ["бохуа"] = "Bokhua",
        ["сохумі"] = "Sokhumi", ["пд"] = "South", ["курс"] = "course", ["цього"] = "this", ["цьому"] = "this", ["нього"] = "him",
        ["така"] = "such", ["такий"] = "such", ["таке"] = "such", ["шось"] = "something", ["якийсь"] = "some", ["якоюсь"] = "some",
        ["чиєї"] = "whose", ["чия"] = "whose", ["нібито"] = "allegedly", ["йдеться"] = "is it", ["коротко"] = "briefly",
        ["особисто"] = "personally", ["детальніше"] = "in detail", ["каже"] = "says", ["кажуть"] = "say", ["назвали"] = "called",
        ["назвав"] = "called", ["назвала"] = "called", ["теми"] = "topics", ["тему"] = "topic", ["темах"] = "topics",
        ["діє"] = "valid", ["стало"] = "became", ["червень"] = "June", ["липень"] = "July", ["лінії"] = "line", ["лінія"] = "line",
        ["роль"] = "role", ["рух"] = "movement", ["статю"] = "article", ["нє"] = "no",
        ["місто"] = "city", ["представникам"] = "to representatives", ["делегації"] = "delegation", ["країна"] = "country", ["частина"] = "part", ["частиною"] = "part",
        // Time.
        ["рік"] = "year", ["року"] = "year", ["роки"] = "years", ["років"] = "years", ["березня"] = "March",
        ["березень"] = "March", ["серпня"] = "August", ["серпень"] = "August", ["червня"] = "June", ["липня"] = "July",
        ["млрд"] = "billion", ["млн"] = "million", ["руб"] = "rubles",
        // Ukrainian in Latin letters.
        ["khto"] = "who", ["shcho"] = "what", ["scho"] = "what", ["sho"] = "what", ["shchos"] = "something", ["koly"] = "when",
        ["kolu"] = "when", ["chomu"] = "why", ["skilky"] = "how much", ["skil'ky"] = "how much", ["yak"] = "how",
        ["yakyi"] = "what", ["yaka"] = "what", ["yake"] = "what", ["yaki"] = "what", ["chy"] = "or", ["tse"] = "it is",
        ["tsei"] = "this", ["tsia"] = "this", ["tsi"] = "these", ["dohovir"] = "treaty", ["dohovoru"] = "treaty",
        ["dohovori"] = "treaty", ["dohovorom"] = "treaty", ["dohovory"] = "treaties", ["uhoda"] = "agreement",
        ["uhody"] = "agreements", ["uhodu"] = "agreement", ["pidpysav"] = "signed", ["pidpysala"] = "signed",
        ["pidpysaly"] = "signed", ["pidpysano"] = "signed", ["pidpysanyi"] = "signed", ["pidpysannia"] = "signing",
        ["pidpysuvala"] = "signed", ["pidpysuvaly"] = "signed", ["hroshi"] = "money", ["hroshei"] = "money",
        ["hroshey"] = "money", ["hroshakh"] = "money", ["koshty"] = "funds", ["rubliv"] = "rubles", ["milyardiv"] = "billion",
        ["rosiia"] = "Russia", ["rosiya"] = "Russia", ["rosii"] = "Russia", ["rosiyi"] = "Russia", ["rosiieiu"] = "Russia",
        ["pivdenna"] = "South", ["pivdennoi"] = "South", ["pivdennii"] = "South", ["pivdennoiu"] = "South",
        ["pivdennoyi"] = "South", ["osetiia"] = "Ossetia", ["osetiya"] = "Ossetia", ["osetii"] = "Ossetia",
        ["osetiyi"] = "Ossetia", ["osetiieiu"] = "Ossetia", ["abkhaziia"] = "Abkhazia", ["abkhaziya"] = "Abkhazia",
        ["abkhazii"] = "Abkhazia", ["abkhaziyi"] = "Abkhazia", ["abkhaziieiu"] = "Abkhazia", ["abkhazkoho"] = "Abkhaz",
        ["hruziia"] = "Georgia", ["hruziya"] = "Georgia", ["gruziia"] = "Georgia", ["hruzii"] = "Georgia", ["hruziyi"] = "Georgia",
        ["hruzynska"] = "Georgian", ["hruzynskyi"] = "Georgian", ["hruzynskoi"] = "Georgian", ["zheneva"] = "Geneva",
        ["zhenevi"] = "Geneva", ["krym"] = "Crimea", ["krymu"] = "Crimea", ["kremli"] = "Kremlin", ["takyi"] = "is",
        ["taka"] = "is", ["nazyvaietsia"] = "called", ["nazva"] = "name", ["statti"] = "article",
        ["stattia"] = "article", ["stattiu"] = "article", ["avtor"] = "author", ["napysav"] = "wrote", ["pryvit"] = "hello",
        ["dyakuyu"] = "thanks", ["diakuiu"] = "thanks", ["dyakuju"] = "thanks", ["spasybi"] = "thanks", ["buvai"] = "bye",
        ["ty"] = "you", ["vy"] = "you", ["buv"] = "was", ["bula"] = "was", ["bulo"] = "was", ["buly"] = "were", ["bude"] = "will",
        ["rokiv"] = "years", ["rik"] = "year", ["roky"] = "years", ["termin"] = "term", ["kordon"] = "border",
        ["kordony"] = "borders", ["kordonakh"] = "borders", ["kordoni"] = "border", ["kordoniv"] = "borders",
        ["armiia"] = "army", ["armiieiu"] = "army", ["armiya"] = "army", ["armii"] = "army", ["okhoroniaty"] = "guard",
        ["okhoroniatyme"] = "guard", ["dast"] = "give", ["dadut"] = "give", ["daly"] = "gave", ["dala"] = "gave",
        ["poobitsiav"] = "promised", ["poobitsiala"] = "promised", ["poobitsialy"] = "promised", ["obitsiala"] = "promised",
        ["vidreahuvala"] = "reacted", ["vidreahuvav"] = "reacted", ["vidreahuvaly"] = "reacted", ["reahuvav"] = "reacted",
        ["reahuvala"] = "reacted", ["reaktsiia"] = "reaction", ["skazav"] = "said", ["skazala"] = "said", ["skazaly"] = "said",
        ["kazaly"] = "said", ["kazala"] = "said", ["zaiavyla"] = "said", ["ssha"] = "US",
        ["perehovory"] = "talks", ["perehovorakh"] = "talks", ["perehovoriv"] = "talks", ["nastupnyi"] = "next",
        ["nastupna"] = "next", ["nastupnoho"] = "next", ["raund"] = "round", ["zustrich"] = "meeting",
        ["spivholovuvav"] = "co-chaired", ["spivholovy"] = "co-chairs", ["spivholovamy"] = "co-chairs",
        ["delehatsiia"] = "delegation", ["delehatsii"] = "delegation", ["zrobyla"] = "did", ["zrobyly"] = "did",
        ["sytuatsiia"] = "situation", ["znaky"] = "signs", ["poshkodzheni"] = "damaged", ["serpnia"] = "August",
        ["bereznia"] = "March", ["chervnia"] = "June", ["lypnia"] = "July", ["svit"] = "world", ["rozkazhy"] = "tell me about",
        ["aneksiiu"] = "annexation", ["aneksiia"] = "annexation", ["aneksii"] = "annexation", ["dumaiesh"] = "think",
        ["liudyna"] = "human", ["lyudyna"] = "human", ["zrozumilo"] = "ok", ["dobre"] = "ok", ["slukhai"] = string.Empty,
        ["tezh"] = "too", ["vidrizniaietsia"] = "differ", ["vidriznyayetsya"] = "differ", ["vid"] = "from", ["chym"] = "what",
        ["zakinchylys"] = "ended", ["pro"] = "about", ["z"] = "with",
        ["v"] = "in", ["u"] = "in", ["na"] = "on", ["de"] = "where", ["ni"] = "no", ["tak"] = "yes", ["ale"] = "but",
        ["vona"] = "she", ["vin"] = "he", ["vony"] = "they", ["tam"] = string.Empty, ["tut"] = "here", ["shchodo"] = "about",
        ["obhovoriuvaly"] = "discussed", ["obhovoryuvaly"] = "discussed", ["vyrishyly"] = "decided", ["uchasnyky"] = "participants",
        ["uchast"] = "part", ["brav"] = "took", ["braly"] = "took", ["mistom"] = "city", ["misto"] = "city",
        ["stolytsia"] = "capital", ["chastyna"] = "part", ["chastynoiu"] = "part", ["oborona"] = "defence",
        ["oboronu"] = "defence", ["bezpeka"] = "security", ["bezpeku"] = "security", ["stabilizatsiia"] = "stabilization",
        ["predstavnykam"] = "representatives", ["predstavnyky"] = "representatives", ["okupatsiia"] = "occupation",
        ["rezhym"] = "regime", ["vyznaiut"] = "recognize", ["vyznaie"] = "recognize", ["zasudyly"] = "condemned",
        ["zasudyla"] = "condemned", ["putin"] = "Putin", ["putina"] = "Putin", ["tibilov"] = "Tibilov",
        ["ranshe"] = "before", ["ranishe"] = "before", ["piznishe"] = "later", ["rf"] = "Russia",
        ["hto"] = "who", ["mlrd"] = "billion", ["mln"] = "million", ["statyu"] = "article", ["stattyu"] = "article",
        ["sokhumi"] = "Sokhumi", ["sukhumi"] = "Sokhumi", ["privit"] = "hello", ["pryvitt"] = "hello",
    };

    // Stems: a word no whole entry has is read by its longest stem here ("договору" by "договор"), down to three letters.
    private static readonly Dictionary<string, string> StemWords = new(StringComparer.Ordinal)
    {
        // The treaty and its signing.
        ["договір"] = "treaty", ["договор"] = "treaty", ["домовлен"] = "agreements", ["угод"] = "agreement", ["пакт"] = "pact",
        ["підпис"] = "signed", ["підписанн"] = "signing", ["підписант"] = "signatories", ["уклад"] = "signed", ["уклал"] = "signed",
        ["союзн"] = "alliance", ["інтеграці"] = "integration", ["стратегічн"] = "strategic", ["партнерств"] = "partnership",
        ["назв"] = "name", ["називаєт"] = "called", ["називают"] = "called", ["термін"] = "term", ["строк"] = "term",
        ["діє"] = "valid", ["дії"] = "valid", ["ратифі"] = "ratified", ["дат"] = "date", ["кремл"] = "Kremlin",
        ["проєкт"] = "draft", ["проект"] = "draft", ["текст"] = "text", ["перш"] = "first",
        // The clauses.
        ["оборон"] = "defence", ["безпек"] = "security", ["охорон"] = "guard", ["захист"] = "protect", ["захищ"] = "protect",
        ["кордон"] = "border", ["прикордон"] = "border guards", ["армі"] = "army", ["військ"] = "troops", ["збройн"] = "armed",
        ["силов"] = "security", ["спецслужб"] = "security services", ["підрозділ"] = "units", ["митн"] = "customs",
        ["увійд"] = "join", ["частин"] = "part", ["відповіда"] = "responsible",
        // Money.
        ["грош"] = "money", ["кошт"] = "funds", ["рубл"] = "rubles", ["мільярд"] = "billion", ["мільйон"] = "million",
        ["сум"] = "amount", ["обіця"] = "promised", ["пообіця"] = "promised", ["отрима"] = "receive", ["фінансу"] = "funding",
        ["розвит"] = "development", ["соціальн"] = "social", ["економічн"] = "economic", ["бюджет"] = "budget",
        ["дадут"] = "give", ["дасть"] = "give", ["дал"] = "gave", ["дав"] = "gave", ["кінц"] = "end", ["долар"] = "dollars",
        // Russia, the Caucasus and the Crimea.
        ["росі"] = "Russia", ["російськ"] = "Russian", ["москв"] = "Moscow", ["московськ"] = "Moscow", ["путін"] = "Putin",
        ["медведєв"] = "Medvedev", ["лавров"] = "Lavrov", ["карасін"] = "Karasin", ["тібілов"] = "Tibilov",
        ["леонід"] = "Leonid", ["григорі"] = "Grigory", ["осеті"] = "Ossetia", ["осетин"] = "Ossetians", ["осетинськ"] = "Ossetian",
        ["південн"] = "South", ["північн"] = "North", ["абхазі"] = "Abkhazia", ["абхаз"] = "Abkhaz", ["абхазьк"] = "Abkhaz",
        ["грузі"] = "Georgia", ["грузин"] = "Georgians", ["грузинськ"] = "Georgian", ["кавказ"] = "Caucasus", ["крим"] = "Crimea",
        ["кримськ"] = "Crimean", ["анексі"] = "annexation", ["анексу"] = "annex", ["приєдна"] = "annex", ["окупаці"] = "occupation",
        ["окупова"] = "occupied", ["окупант"] = "occupying", ["режим"] = "regime", ["річниц"] = "anniversary",
        ["збіг"] = "coincide", ["республік"] = "republic", ["незалежн"] = "independence", ["міст"] = "city", ["столиц"] = "capital",
        ["війн"] = "war", ["конфлікт"] = "conflict", ["україн"] = "Ukraine", ["китай"] = "China", ["туреччин"] = "Turkey",
        // The reactions.
        ["реакці"] = "reaction", ["реагува"] = "reacted", ["відреагува"] = "reacted", ["засуд"] = "condemned",
        ["визна"] = "recognize", ["підтрима"] = "support", ["сказа"] = "said", ["каза"] = "said", ["заяв"] = "said",
        ["говор"] = "say", ["міжнародн"] = "international", ["європ"] = "Europe", ["америк"] = "America", ["вашингтон"] = "Washington",
        ["звернул"] = "appealed", ["зверта"] = "appealed", ["проси"] = "asked", ["попроси"] = "asked", ["скарж"] = "complained",
        ["стурбован"] = "concern", ["занепокоєн"] = "concern", ["боят"] = "fear", ["санкці"] = "sanctions",
        ["протест"] = "protests", ["думк"] = "opinion",
        // Geneva.
        ["женев"] = "Geneva", ["переговор"] = "talks", ["дискусі"] = "discussions", ["зустріч"] = "meeting", ["раунд"] = "round",
        ["засідан"] = "session", ["наступн"] = "next", ["попередн"] = "previous", ["співголов"] = "co-chairs",
        ["голов"] = "chair", ["очолюва"] = "headed", ["очоли"] = "headed", ["делегаці"] = "delegation", ["учасник"] = "participants",
        ["участ"] = "part", ["обговорю"] = "discussed", ["обговори"] = "discussed", ["навчан"] = "exercises",
        ["суперечи"] = "contradict", ["стабілізаці"] = "stabilization", ["стабільн"] = "stable", ["ситуаці"] = "situation",
        ["обстановк"] = "situation", ["попередж"] = "warning", ["знак"] = "signs", ["пошкодж"] = "damaged", ["знищ"] = "destroyed",
        ["представник"] = "representatives", ["сторон"] = "side", ["підсум"] = "outcome", ["результат"] = "result",
        ["закінчил"] = "ended", ["заверши"] = "ended", ["вирішил"] = "decided", ["відбул"] = "held",
        ["відбуд"] = "held", ["згаду"] = "mentioned", ["згада"] = "mentioned",
        // Abkhazia's treaty.
        ["різниц"] = "difference", ["відрізня"] = "differ", ["схож"] = "similar", ["порівня"] = "compare", ["глибш"] = "deeper",
        ["глибок"] = "deep", ["зміни"] = "changed", ["перегляну"] = "revised", ["самий"] = "same",
        // The article and the people in it.
        ["автор"] = "author", ["написа"] = "wrote", ["пише"] = "writes", ["журналіст"] = "journalist", ["статт"] = "article",
        ["новин"] = "news", ["значи"] = "mean", ["означа"] = "mean", ["президент"] = "president",
        ["лідер"] = "leader", ["керівник"] = "leader", ["очільник"] = "leader", ["міністр"] = "minister", ["речни"] = "spokesperson",
        ["секретар"] = "secretary", ["посад"] = "position", ["працю"] = "work", ["насел"] = "population", ["мов"] = "language",
        ["валют"] = "currency", ["погод"] = "weather", ["футбол"] = "football", ["рецепт"] = "recipe",
        // The bot and the conversation.
        ["дяку"] = "thanks", ["допомо"] = "help", ["користува"] = "use", ["питан"] = "questions", ["запита"] = "ask",
        ["відпові"] = "answer", ["нейромереж"] = "AI", ["думає"] = "think", ["вважає"] = "think", ["прогноз"] = "prediction",
        ["місяц"] = "months", ["відколот"] = "breakaway", ["регіон"] = "region", ["драфт"] = "draft", ["міня"] = "changed",
        ["вийшл"] = "came out", ["абхази"] = "Abkhazia", ["стерег"] = "guard", ["стереж"] = "guard", ["силовик"] = "security forces",
        ["вход"] = "join", ["ввійд"] = "join", ["війд"] = "join", ["країн"] = "countries", ["боїт"] = "fear", ["напряга"] = "concern",
        ["інфраструктур"] = "infrastructure", ["альянс"] = "alliance", ["порушу"] = "violate", ["спокійн"] = "stable",
        ["відзначи"] = "noted", ["позитив"] = "positive trend", ["псу"] = "damage", ["держкордон"] = "state border",
        ["вирішува"] = "resolve", ["пропону"] = "propose", ["домовил"] = "agreed", ["запланова"] = "scheduled",
        ["виділ"] = "allocated", ["бабл"] = "money", ["підуть"] = "go", ["головн"] = "chief", ["зовнішн"] = "foreign",
        ["політик"] = "policy", ["політиц"] = "policy", ["спікер"] = "spokesperson", ["держдеп"] = "State Department", ["територі"] = "territory",
        ["зреагува"] = "reacted", ["офіційн"] = "official", ["оцінк"] = "assessment", ["нормальн"] = "normal",
        ["робить"] = "does", ["правий"] = "right", ["англійськ"] = "in English", ["місц"] = "place", ["співпа"] = "coincide",
        ["продовжу"] = "continue", ["робот"] = "work", ["символ"] = "symbolism", ["повн"] = "full", ["пита"] = "ask", ["користува"] = "use",
        ["зроби"] = "did", ["сталос"] = "happened", ["трапил"] = "happened", ["відбува"] = "happening",
    };

    private static readonly Stems StemTable = new(StemWords);

    // The stems without their soft signs, which Latin writers drop ("rezultat" is "результат").
    private static readonly Stems PlainStems = new(StemWords
        .GroupBy(stem => stem.Key.Replace("ь", string.Empty))
        .ToDictionary(group => group.Key, group => group.First().Value, StringComparer.Ordinal));

    // The Cyrillic words without their soft signs, and what they are ("скілки" is "скільки").
    private static readonly Dictionary<string, string> PlainWords = Words.Keys
        .Where(word => word.Contains('ь'))
        .GroupBy(word => word.Replace("ь", string.Empty))
        .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);

    // Cyrillic words only Ukrainian has, without its own letters: "хто", "що" and "коли" are Russian "кто", "что", "когда".
    private static readonly MarkerWords CyrillicMarkers = new(
        ["хто", "що", "шо", "коли", "де", "чи", "як", "яка", "який", "яке", "ця", "цей", "це", "щодо", "щоб", "скажи", "бувай", "тобто",
         "дякую", "дяки", "шось", "скіки", "буде", "будуть", "кажуть", "каже", "чого", "якого", "якому", "ти", "цього", "цьому",
         "стаття", "грошей", "березня", "серпня", "червня", "липня", "побачення", "звернулися", "питання", "питанням"],
        ["шо", "скажи"]);

    // Latin-letter words only Ukrainian has; those Russian or English writes too ("sho", "yak", "avtor") count only with
    // another, and those Romance languages write over and over ("de", "na", "pro", "tak") not at all.
    private static readonly MarkerWords LatinMarkers = new(
    [
        "khto", "shcho", "scho", "shchos", "koly", "chomu", "skilky", "yakyi", "chy", "tse", "tsei", "tsia", "dohovir",
        "dohovoru", "pidpysav", "pidpysala", "pidpysaly", "pidpysano", "hroshi", "hroshei", "rosiia", "pivdenna",
        "pivdennoi", "osetiia", "osetii", "abkhaziia", "abkhazii", "hruziia", "zhenevi", "pryvit", "dyakuyu", "diakuiu",
        "spasybi", "nazyvaietsia", "statti", "takyi", "vidreahuvala", "vidreahuvav", "vidreahuvaly", "perehovory",
        "perehovorakh", "nastupnyi", "nastupna", "spivholovuvav", "delehatsiia", "rokiv", "buvai", "zrozumilo", "sho",
        "yak", "buv", "bulo", "avtor", "krym", "raund", "uhody", "kordonakh", "skazaly", "pobachennia", "pobachennya", "vse",
        "prychomu", "rozkazhy", "aneksiiu", "reahuvav", "reahuvala", "slukhai", "dumaiesh", "liudyna",
        "dogovir", "pidpysuvaly", "pidpysuvav", "zreahuvala", "zreahuvav", "zreahuvaly", "mozhna", "pytaty", "yakoho",
        "skazav", "spivholovy", "zhenevskyh", "zhenevskykh", "kordonah", "abkhaziyeyu", "osetiyeyu", "hruziya",
        "bereznya", "oznachaye", "stalosya", "terytoriya", "krayina", "novyna", "povna", "riznytsya", "mizh", "pidrozdily",
        "viyskovi", "rosiya", "pivdennoyi", "osetiyi", "privit", "zustrichi", "gruzynska", "delegatsiya", "tsyu", "tsya",
    ],
    ["sho", "yak", "buv", "bulo", "avtor", "krym", "raund"]);

    [GeneratedRegex(@"[,\s]+(?:так|правда|вірно|правильно|точно|чи\s+не\s+так|хіба\s+ні|так\s+же|чи\s+нє|чи\s+ні|я\s+правильно\s+(?:поняв|зрозумів|розумію)|tak|pravda|virno|chy\s+ni|chy\s+ne\s+tak)(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?:^|(?<=[.!?]\s*))\s*(?:чи|chy)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningChy();

    // "зв'язок", "п'ять", "зв’язок": Ukrainian writes an apostrophe inside words, which the words are looked up without.
    [GeneratedRegex(@"(?<=\p{IsCyrillic})['’ʼ](?=\p{IsCyrillic})")]
    private static partial Regex Apostrophe();

    private static readonly Dictionary<string, string> SpokenWords = new(StringComparer.Ordinal)
    {
        ["шо"] = "що", ["шось"] = "щось", ["скіки"] = "скільки", ["шоб"] = "щоб",
    };

    [GeneratedRegex(@"(?<!\p{L})(?:шо|шось|скіки|шоб)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Spoken();

    // "is shcho stalosya v krymu?": a reader before this one took "v krymu" for its own and asked it by its question
    // mark, which the Ukrainian question word asks already.
    [GeneratedRegex(@"^\s*is\s+(?=(?:khto|hto|shcho|scho|sho|koly|chomu|skilky|yak|yakyi|yaka|yake|yaki|de)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AskedAlready();

    [GeneratedRegex(@"(?<=\d),(?=\d)")]
    private static partial Regex DecimalComma();

    // A word, with an apostrophe only inside it: "'договір" in quotes is "договір".
    [GeneratedRegex(@"\p{L}+(?:'\p{L}+)*")]
    private static partial Regex Word();
}
