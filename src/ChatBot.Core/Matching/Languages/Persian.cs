using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Persian, Farsi and Dari, as Iranians and Afghans type it in Latin letters ("Finglish") and mix it into English chat:
/// "ki gharardad ro emza kard?" is "who signed the treaty?", "key emza shod?" when was it signed, "chand pool be Osetia
/// midan?" how much money they give Ossetia, "moddat-e gharardad chande?" how long the treaty lasts, "EU che goft?" what
/// the EU said, "Tibilov va Putin emza kardan, doroste?" "Tibilov and Putin signed it, right?", "Mogherini kie?" who she
/// is; "salam", "kheili mamnoon", "khodahafez" and "to robot-i ya adam?" are small talk. Read word for word (the bot
/// reads words, not word order), phrases that mean one thing first ("chi shod" what happened, "che tarikhi" what date).
/// Finglish has no fixed spelling, so the tables hold its usual ones (gharardad and qarardad, mamnoon and mamnun, khoob
/// and khub, kodoom and kodum). The ezafe and the endings typed on a word ("artesh-e Osetia-ye jonubi", "marz-ha",
/// "robot-i", "esmesh", "Gorjestane") are read off it. Only in a message with a word English and the other readers have
/// not ("chie", "koja", "gharardad", "emza", "goft", "mishe"), two it shares with them ("chi", "salam", "merci", "saal"),
/// the ezafe after a hyphen, or a short question its shared words ask ("Jen Psaki ki bud?", "chand sal?", "va koja?"):
/// Hinglish "ki", "ya" and "na", Italian "che" and French "va" alone never make a message Persian, and in a sentence
/// with English words "to", "be", "in" and "man" keep their English.
/// </summary>
internal static partial class Persian
{
    /// <summary><paramref name="text"/> with Persian words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        // "کی قرارداد رو امضا کرد؟": Persian in its own letters (see Persian.Script).
        if (HasScript(text))
        {
            return FromScript(text);
        }

        if (!IsPersian(text))
        {
            return text;
        }

        // "did they sign in Moscow? koja?": in an English sentence "be", "to", "too", "man" and "key" are English.
        var english = EnglishWord().IsMatch(text);
        // "Tibilov va Putin emza kardan, doroste?", "25 sal, na?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "artesh-e Osetia-ye jonubi", "marz-ha", "robot-i", "key-e": the ezafe, a plural or an ending typed after a hyphen.
        text = Ending().Replace(text, string.Empty);
        // "ki gharardad ro emza kard?": Persian puts the verb last, and "who treaty signed" asks no question; "who signed
        // the treaty" does.
        text = WhoDidIt().Replace(text, m => $"{m.Groups["who"].Value} {m.Groups["verb"].Value} {m.Groups["done"].Value.TrimEnd()}");
        text = Phrases.InEnglish(text);
        // "key emza shod?", "next round key hast?": when; "key points" keeps its English.
        text = When().Replace(text, "\u0001when\u0002");
        // "UN chi goft?": in capitals the UN, not "un" (that).
        return Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : m.Value == "UN" ? m.Value
            : english && EnglishToo.Contains(m.Value) ? m.Value
            : English(m.Value) ?? m.Value);
    }

    // One of its marker words; else the ezafe after a hyphen ("moddat-e gharardad", "robot-i"), or a short question its
    // shared words ask ("Jen Psaki ki bud?", "chand sal?", "va koja?"); never with a Hindi word Persian has not.
    private static bool IsPersian(string text) =>
        (Markers.AreIn(text)
            || (text.Contains('-') && Ezafe().IsMatch(text))
            || (text.Length < 60 && AskedWithBe().IsMatch(text))
            || (text.Length < 40 && FollowUp().IsMatch(text)))
        && !Hindi.AreIn(text);

    /// <summary>The English of one word: the word itself, else without an ending ("esmesh", "Gorjestane"); null when unknown.</summary>
    private static string? English(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Words.TryGetValue(lower, out var english))
        {
            return english;
        }

        if (EnglishWords.Contains(lower))
        {
            return null;
        }

        if (ReaderTables.WithEndingOff(Words, Endings, lower, 2) is { } stemmed)
        {
            return stemmed;
        }

        return null;
    }

    // The endings Persian types on a word: plurals ("-ha", "-haye"), its, my, your ("-esh", "-am", "-et"), the object
    // ("-ro", "-o"), "is" ("-e", "-ast") and the ezafe ("-ye", "-e", "-i"), longest first.
    private static readonly string[] Endings = ["haye", "hash", "ast", "ash", "esh", "ha", "ye", "ro", "am", "et", "sh", "e", "i", "o", "h"];

    // The Persian words an English sentence has: kept as English there ("be valid", "to whom", "too", "man", "key points").
    private static readonly HashSet<string> EnglishToo = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "to", "too", "in", "man", "bad", "are", "age", "key", "ham", "pool", "dad", "dare", "bud", "mars", "har", "ye",
        "e", "ha", "ut", "ru", "mal", "dor", "ta", "ra", "un", "kar", "adam", "rus", "bein", "chan",
    };

    // Several words that mean one thing, before the words are read one by one; a hyphen may join their words.
    private static readonly Dictionary<string, string> PhraseTable = new(StringComparer.OrdinalIgnoreCase)
    {
        // Question words.
        ["chi shod"] = "what happened", ["chi shode"] = "what happened", ["che shod"] = "what happened",
        ["che shode"] = "what happened", ["chi shodeh"] = "what happened", ["chi mishe"] = "what happens to",
        ["che mishe"] = "what happens to", ["chi misheh"] = "what happens to", ["chi bud"] = "what was", ["chi bood"] = "what was",
        ["che bud"] = "what was", ["chi budan"] = "what were", ["chi kar kard"] = "what did do", ["chi kar kardan"] = "what did do",
        ["che kar kard"] = "what did do", ["che kar kardan"] = "what did do", ["chikar kard"] = "what did do",
        ["chikar kardan"] = "what did do", ["chi goft"] = "what did say", ["che goft"] = "what did say",
        ["chi goftan"] = "what did say", ["che goftan"] = "what did say", ["chi gofte"] = "what did say",
        ["che gofte"] = "what did say", ["chi goftand"] = "what did say", ["che goftand"] = "what did say",
        ["chi mige"] = "what does say", ["che mige"] = "what does say", ["chi migan"] = "what do say", ["che migan"] = "what do say",
        ["chi kare"] = "what is the job of", ["che kare"] = "what is the job of", ["chi kare ast"] = "what is the job of",
        ["che kare ast"] = "what is the job of", ["shoghlesh chie"] = "what is the job of", ["kare ast"] = "job",
        ["chi kasi"] = "who", ["che kasi"] = "who", ["che kasani"] = "who", ["chi kasaie"] = "who", ["ki dige"] = "who",
        ["kie dige"] = "who", ["ki digeh"] = "who", ["che kasi dige"] = "who", ["chi dige"] = "what",
        ["che tarikhi"] = "what date", ["chi tarikhi"] = "what date", ["che tarikhe"] = "what date", ["che rooz"] = "what day",
        ["che roozi"] = "what day", ["che ruzi"] = "what day", ["chi ruzi"] = "what day", ["che sali"] = "what year",
        ["che mahi"] = "what month", ["che vaght"] = "when", ["chevaght"] = "when", ["che vakht"] = "when",
        ["chi waqt"] = "when", ["chi vaght"] = "when", ["che zamani"] = "when", ["che saati"] = "what time",
        ["ta key"] = "until when", ["ta kei"] = "until when", ["az key"] = "since when", ["az kei"] = "since when",
        ["chand sal"] = "how many years", ["chand saal"] = "how many years", ["chand ta"] = "how many",
        ["chand nafar"] = "how many people", ["che moddat"] = "how long", ["chand vaght"] = "how long",
        ["che modat"] = "how long", ["chand moddat"] = "how long", ["baraye chi"] = "why", ["bara chi"] = "why",
        ["barae chi"] = "why", ["be che dalil"] = "why", ["be chi dalil"] = "why", ["yani chi"] = "what does mean",
        ["ya'ni chi"] = "what does mean", ["yaani chi"] = "what does mean", ["yani che"] = "what does mean",
        ["che vakoneshi neshoon dad"] = "how did react", ["che vakoneshi neshoon dadan"] = "how did react",
        ["che vakoneshi neshan dad"] = "how did react", ["chi vakoneshi neshoon dad"] = "how did react",
        ["che vakoneshi dasht"] = "how did react", ["che vakoneshi dashtan"] = "how did react",
        ["chand pool"] = "how much money", ["chand pul"] = "how much money", ["che rabti"] = "what connection", ["chi rabti"] = "what connection", ["che rabti dare"] = "what does have to do with",
        ["chi rabti dare"] = "what does have to do with", ["rajebe chie"] = "what is about", ["darbare chie"] = "what is about",
        ["darbareye chie"] = "what is about", ["dar morede chie"] = "what is about", ["daste kie"] = "who is responsible for",
        ["daste kiye"] = "who is responsible for", ["be ohde kie"] = "who is responsible for", ["che vakoneshi"] = "what reaction",
        ["chi shodan"] = "what happened",
        // Signing, giving, reacting.
        ["emza kard"] = "signed it", ["emza kardan"] = "signed it", ["emza kardand"] = "signed it", ["emza karde"] = "signed it",
        ["emza kardeh"] = "signed it", ["emza kardid"] = "signed it", ["emza shod"] = "was signed", ["emza shode"] = "was signed",
        ["emza shodeh"] = "was signed", ["emza shodan"] = "were signed", ["emza mikonan"] = "sign", ["emza mikone"] = "signs",
        ["emza kone"] = "sign", ["emza konan"] = "sign", ["emza karde bud"] = "signed",
        ["ghol dad"] = "pledged", ["ghowl dad"] = "pledged", ["ghol dade"] = "pledged", ["ghol dadan"] = "pledged",
        ["va'de dad"] = "pledged", ["vade dad"] = "pledged", ["vaade dad"] = "pledged", ["va'de dadan"] = "pledged",
        ["vade dadan"] = "pledged", ["ta'ahod kard"] = "pledged", ["taahod kard"] = "pledged", ["ta'ahod dad"] = "pledged",
        ["vakonesh neshoon dad"] = "reacted", ["vakoneshi neshoon dad"] = "reacted", ["vakonesh nishan dad"] = "reacted",
        ["vakonesh neshan dad"] = "reacted", ["vakoneshi neshan dad"] = "reacted", ["vakonesh neshun dad"] = "reacted",
        ["vakoneshi neshun dad"] = "reacted", ["vakonesh dasht"] = "reacted", ["vakonesh dashtan"] = "reacted",
        ["mahkoom kard"] = "condemned", ["mahkoom kardan"] = "condemned", ["mahkum kard"] = "condemned",
        ["mahkum kardan"] = "condemned", ["be rasmiyat shenakht"] = "recognized", ["be rasmiat shenakht"] = "recognized",
        ["be rasmiyat mishnase"] = "recognize", ["be rasmiat mishnase"] = "recognize", ["be rasmiyat shenakhtan"] = "recognized",
        ["sherkat kardan"] = "took part", ["sherkat dashtan"] = "took part", ["sherkat kard"] = "took part",
        ["riasat kard"] = "chaired", ["riyasat kard"] = "chaired", ["riasat kardan"] = "chaired", ["riyasat kardan"] = "chaired",
        ["ghabool dare"] = "recognize", ["ghabul dare"] = "recognize", ["etebar dare"] = "is valid", ["etebar dareh"] = "is valid", ["e'tebar dare"] = "is valid", ["tamoom mishe"] = "expire",
        ["tamum mishe"] = "expire", ["tamoom mishe gharardad"] = "treaty expire", ["monghazi mishe"] = "expire",
        ["negaran budan"] = "were worried", ["negaran boodan"] = "were worried", ["negaran hastan"] = "are worried",
        ["shekayat kard"] = "complained", ["shekayat kardan"] = "complained", ["darkhast kard"] = "asked",
        ["darkhast kardan"] = "asked", ["tasmim gereftan"] = "decided", ["tasmim gereft"] = "decided",
        ["tavafogh kardan"] = "agreed", ["be tavafogh residan"] = "agreed", ["zendegi mikonan"] = "live",
        ["zendegi mikonand"] = "live", ["zamime kard"] = "annexed", ["zamime kardan"] = "annexed", ["elhagh kard"] = "annexed",
        ["edgham mishe"] = "merges", ["edgham mishan"] = "merge", ["yeki mishe"] = "merges", ["yeki mishan"] = "merge",
        ["etefagh oftad"] = "happened", ["ettefagh oftad"] = "happened",
        // The people, places and bodies of the article.
        ["osetia jonubi"] = "South Ossetia", ["osetiya jonubi"] = "South Ossetia", ["osetie jonubi"] = "South Ossetia",
        ["osetiaye jonubi"] = "South Ossetia", ["osetia jonoobi"] = "South Ossetia", ["ossetia jonubi"] = "South Ossetia",
        ["osetia junubi"] = "South Ossetia", ["osetiye jonubi"] = "South Ossetia", ["osetia shomali"] = "North Ossetia",
        ["ettehadie oroopa"] = "EU", ["ettehadiye oroopa"] = "EU", ["etehadie oroopa"] = "EU", ["etehadiye orupa"] = "EU",
        ["ettehadie orupa"] = "EU", ["ettehadiye orupa"] = "EU", ["etehadie orupa"] = "EU", ["ettehadie europa"] = "EU",
        ["ettehadiyeh oroopa"] = "EU", ["ettehadie urupa"] = "EU", ["sazman melal"] = "UN", ["sazmane melal"] = "UN",
        ["sazman melal mottahed"] = "UN", ["sazeman melal"] = "UN", ["kakh sefid"] = "White House",
        ["kakhe sefid"] = "White House", ["vezarat kharje"] = "foreign ministry", ["vezarate kharje"] = "foreign ministry",
        ["vezarat omur kharje"] = "foreign ministry", ["vezarat khareje"] = "foreign ministry",
        ["vezarat kharejeh"] = "foreign ministry", ["vazir kharje"] = "foreign minister", ["vazire kharje"] = "foreign minister",
        ["vazir omur kharje"] = "foreign minister", ["moaven vazir kharje"] = "deputy foreign minister",
        ["rais jomhur"] = "president", ["raees jomhur"] = "president", ["raees jomhoor"] = "president",
        ["rais jomhoor"] = "president", ["ra'is jomhur"] = "president", ["raeis jomhur"] = "president",
        ["rais jomhor"] = "president", ["raees jalase"] = "chair", ["rais jalase"] = "chair",
        ["riasat jalase"] = "chair", ["riyasat jalase"] = "chair", ["hamrais"] = "co-chair", ["ham rais"] = "co-chair",
        ["sokhangoo kakh sefid"] = "White House spokesperson", ["mavara ghafghaz"] = "Transcaucasia",
        ["mavaraye ghafghaz"] = "Transcaucasia", ["mavara qafqaz"] = "Transcaucasia", ["jonub ghafghaz"] = "South Caucasus",
        // The clauses, the money and Geneva.
        ["niroohaye mosallah"] = "armed forces", ["niroo haye mosallah"] = "armed forces", ["niruhaye mosallah"] = "armed forces",
        ["niru haye mosallah"] = "armed forces", ["niroo mosallah"] = "armed forces", ["niroohaye amniyati"] = "security agencies",
        ["nahad haye amniyati"] = "security agencies", ["nahadhaye amniyati"] = "security agencies",
        ["sazman haye amniyati"] = "security agencies", ["alamat hoshdar"] = "warning signs", ["alaem hoshdar"] = "warning signs",
        ["alamate hoshdar"] = "warning signs", ["alaeme hoshdar"] = "warning signs", ["tablo hoshdar"] = "warning signs",
        ["alamat hushdar"] = "warning signs", ["dor baadi"] = "next round", ["dore baadi"] = "next round",
        ["dor badi"] = "next round", ["dore badi"] = "next round", ["dowr baadi"] = "next round", ["dowre baadi"] = "next round",
        ["jalase baadi"] = "next meeting", ["jalase badi"] = "next meeting", ["jalaseye baadi"] = "next meeting",
        ["neshast baadi"] = "next meeting", ["mozakerat jeneve"] = "Geneva talks", ["komak mali"] = "financial aid",
        ["ta akhar"] = "by the end of", ["ta akhare"] = "by the end of", ["ta payan"] = "by the end of",
        ["be samt"] = "towards", ["be samte"] = "towards", ["mal kodoom"] = "part of which", ["male kodoom"] = "part of which",
        // Asking, the bot and small talk.
        ["nazaret chie"] = "what do you think", ["nazaret chiye"] = "what do you think", ["nazare to chie"] = "what do you think",
        ["nazar to chie"] = "what do you think", ["nazare shoma chie"] = "what do you think", ["nazaretun chie"] = "what do you think",
        ["be nazaret"] = "what do you think", ["be nazare to"] = "what do you think", ["be nazare shoma"] = "what do you think",
        ["fekr mikoni"] = "do you think", ["to ki hasti"] = "who are you", ["ki hasti to"] = "who are you",
        ["ki hasti"] = "who are you", ["to chi hasti"] = "what are you", ["chi hasti"] = "what are you", ["to kie"] = "who are you",
        ["robot hasti"] = "are you a robot", ["to robot"] = "are you a robot", ["bot hasti"] = "are you a bot",
        ["to bot"] = "are you a bot", ["adam hasti"] = "are you human", ["ensan hasti"] = "are you human", ["ya adam"] = "or human",
        ["ya ensan"] = "or human", ["hoosh masnooi"] = "AI", ["hush masnui"] = "AI", ["hoosh masnoi"] = "AI",
        ["chi kar mitooni bokoni"] = "what can you do", ["chikar mitooni bokoni"] = "what can you do",
        ["chi kar mituni koni"] = "what can you do", ["chikar mituni koni"] = "what can you do",
        ["chi kar mituni bokoni"] = "what can you do", ["che kari mitooni bokoni"] = "what can you do",
        ["chi mitooni bokoni"] = "what can you do", ["chi mituni koni"] = "what can you do", ["chikar mikoni"] = "what do you do",
        ["chi kar mikoni"] = "what do you do", ["azat estefade konam"] = "use you", ["azat estefade kard"] = "use you",
        ["estefade konam"] = "use you", ["chejoori azat estefade konam"] = "how do I use you",
        ["chetor azat estefade konam"] = "how do I use you", ["chetori kar mikoni"] = "how do you work",
        ["chetor kar mikoni"] = "how do you work", ["chi mitoonam beporsam"] = "what can I ask", ["chia mitoonam beporsam"] = "what can I ask",
        ["chi beporsam"] = "what can I ask", ["chi mitunam beporsam"] = "what can I ask", ["komakam kon"] = "help me",
        ["komak kon"] = "help me", ["kholase bede"] = "give me a summary", ["kholase begoo"] = "give me a summary",
        ["kholase begu"] = "give me a summary", ["kholase kon"] = "summarize", ["mokhtasar begoo"] = "in short",
        ["mokhtasar begu"] = "in short", ["tozih bede"] = "explain", ["be man begoo"] = "tell me", ["be man begu"] = "tell me",
        ["che khabar"] = "what's up", ["chi khabar"] = "what's up", ["halet chetore"] = "how are you",
        ["hal shoma"] = "how are you", ["haletoon chetore"] = "how are you", ["khubi"] = "how are you", ["khoobi"] = "how are you",
        ["khoobin"] = "how are you", ["khubin"] = "how are you", ["chetori"] = "how are you",
        ["salam aleykom"] = "hello", ["salam alaykom"] = "hello", ["salam aleikom"] = "hello", ["salamon aleykom"] = "hello",
        ["salam alaikum"] = "hello", ["sobh bekheir"] = "good morning", ["sobh bekheyr"] = "good morning",
        ["sobh bekhair"] = "good morning", ["asr bekheir"] = "good afternoon", ["asr bekheyr"] = "good afternoon",
        ["ruz bekheir"] = "good day", ["rooz bekheir"] = "good day", ["vaght bekheir"] = "hello", ["shab bekheir"] = "good night",
        ["shab bekheyr"] = "good night", ["shab khosh"] = "good night",
        ["kheili mamnoon"] = "thanks a lot", ["kheili mamnun"] = "thanks a lot", ["kheyli mamnoon"] = "thanks a lot",
        ["kheili merci"] = "thanks a lot", ["kheili mersi"] = "thanks a lot", ["mersi kheili"] = "thanks a lot",
        ["merci kheili"] = "thanks a lot", ["kheili mochakeram"] = "thanks a lot", ["kheili motshakeram"] = "thanks a lot",
        ["dastet dard nakone"] = "thanks", ["dastet dard nakoneh"] = "thanks", ["dast shoma dard nakone"] = "thanks",
        ["damet garm"] = "thanks", ["ghorbanet beram"] = string.Empty, ["ghorbunet beram"] = string.Empty,
        ["ghorboonet beram"] = string.Empty, ["ghorbonet beram"] = string.Empty, ["ghorbanet"] = string.Empty,
        ["ghorboonet"] = string.Empty,
        ["khoda hafez"] = "goodbye", ["khoda hafiz"] = "goodbye", ["khuda hafiz"] = "goodbye", ["bye felan"] = "bye for now",
        ["felan bye"] = "bye for now", ["felan khodahafez"] = "bye for now", ["baadan miam"] = "see you later",
        ["badan miam"] = "see you later", ["ba'dan miam"] = "see you later", ["baadan mibinamet"] = "see you later",
        ["ta baad"] = "see you later", ["ta ba'd"] = "see you later", ["bazam miam"] = "see you later",
    };

    private static readonly Phrasebook Phrases = new(ReaderTables.Marked(new Dictionary<string, string>(PhraseTable)), hyphens: true);

    // One word each. Words of address ("dadash", "azizam", "jan") and the object marker ("ro", "ra") are no words of the question.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Question words.
        ["ki"] = "who", ["kie"] = "who is", ["kiye"] = "who is", ["kieh"] = "who is", ["kiyeh"] = "who is", ["kian"] = "who are",
        ["kiha"] = "who", ["kia"] = "who", ["chi"] = "what", ["che"] = "what", ["chie"] = "what is", ["chiye"] = "what is",
        ["chieh"] = "what is", ["chiyeh"] = "what is", ["chiha"] = "what", ["chera"] = "why", ["chra"] = "why", ["chira"] = "why",
        ["cheraa"] = "why", ["koja"] = "where", ["kuja"] = "where", ["kojaa"] = "where", ["kojast"] = "where is",
        ["kojas"] = "where is", ["kujast"] = "where is", ["kojaast"] = "where is", ["kodoom"] = "which", ["kodom"] = "which",
        ["kodum"] = "which", ["kudum"] = "which", ["kodam"] = "which", ["kudam"] = "which", ["kodoomesh"] = "which",
        ["chand"] = "how many", ["chan"] = "how many", ["cand"] = "how many", ["chande"] = "how much is",
        ["chandeh"] = "how much is", ["cheghadr"] = "how much", ["cheghad"] = "how much", ["cheqadr"] = "how much",
        ["cheghadre"] = "how much is", ["cheqadre"] = "how much is", ["cheqadar"] = "how much", ["cheghadar"] = "how much",
        ["chqd"] = "how much", ["chetor"] = "how", ["chetoor"] = "how", ["chitor"] = "how", ["chetowr"] = "how",
        ["chetore"] = "how is", ["chetoreh"] = "how is", ["chejoori"] = "how", ["chejuri"] = "how", ["chejori"] = "how",
        ["chegoone"] = "how", ["chegune"] = "how", ["aya"] = string.Empty, ["chiz"] = "thing", ["chizi"] = "anything",
        // Being, having, doing.
        ["hast"] = "is", ["hastesh"] = "is", ["hastan"] = "are", ["hastand"] = "are", ["hasti"] = "are you", ["ast"] = "is",
        ["nist"] = "is not", ["nis"] = "is not", ["bud"] = "was", ["bood"] = "was", ["bude"] = "was", ["boode"] = "was",
        ["budan"] = "were", ["boodan"] = "were", ["budand"] = "were", ["mishe"] = "will be", ["misheh"] = "will be",
        ["mishan"] = "will be", ["mishavad"] = "will be", ["shod"] = "was", ["shode"] = "was", ["shodeh"] = "was",
        ["shodan"] = "were", ["dare"] = "has", ["dareh"] = "has", ["daran"] = "have", ["darand"] = "have", ["darim"] = "have",
        ["dari"] = "have you", ["dasht"] = "had", ["dashtan"] = "had", ["dashtand"] = "had", ["kard"] = "did",
        ["kardan"] = "did", ["kardand"] = "did", ["karde"] = "did", ["kardeh"] = "did", ["mikone"] = "does", ["mikonan"] = "do",
        ["mikonand"] = "do", ["konam"] = "do", ["kone"] = "do", ["konan"] = "do", ["bokon"] = "do", ["mitoonam"] = "can I",
        ["mitunam"] = "can I", ["mitooni"] = "can you", ["mituni"] = "can you", ["mikhastam"] = "I wanted",
        ["mikham"] = "I want", ["midoonam"] = "I know", ["nemidoonam"] = "I don't know", ["nemidunam"] = "I don't know",
        // The verbs of the article's topics.
        ["emza"] = "sign", ["emzash"] = "signature", ["emzaha"] = "signatures", ["emzakonandegan"] = "signatories",
        ["goft"] = "said", ["goftan"] = "said", ["goftand"] = "said", ["gofte"] = "said", ["gofteh"] = "said", ["mige"] = "says",
        ["migeh"] = "says", ["migan"] = "say", ["migand"] = "say", ["bege"] = "say", ["begoo"] = "tell", ["begu"] = "tell",
        ["bego"] = "tell", ["begid"] = "tell", ["dad"] = "gave", ["dadan"] = "gave", ["dadand"] = "gave", ["dade"] = "gave",
        ["dadeh"] = "gave", ["midan"] = "give", ["midand"] = "give", ["mide"] = "gives", ["mideh"] = "gives",
        ["midahad"] = "gives", ["bede"] = "give", ["bedeh"] = "give", ["bedid"] = "give", ["gereft"] = "got",
        ["gereftan"] = "got", ["gereftand"] = "got", ["gerefte"] = "got", ["migire"] = "gets", ["migiran"] = "get",
        ["mirese"] = "get", ["miresad"] = "get", ["resid"] = "got", ["pardakht"] = "pay", ["mipardaze"] = "pays",
        ["neveshte"] = "wrote", ["neveshteh"] = "wrote", ["nevesht"] = "wrote", ["neveshtan"] = "wrote", ["minevise"] = "writes",
        ["ghol"] = "pledge", ["va'de"] = "pledge", ["vade"] = "pledge", ["vaade"] = "pledge", ["ta'ahod"] = "pledge",
        ["taahod"] = "pledge", ["vakonesh"] = "reaction", ["vakoneshi"] = "reaction", ["vakonish"] = "reaction",
        ["vakoneshesh"] = "reaction", ["mahkoom"] = "condemned", ["mahkum"] = "condemned", ["mahkoomiat"] = "condemnation",
        ["shenakht"] = "recognized", ["mishnase"] = "recognize", ["neshoon"] = "show", ["neshun"] = "show", ["neshan"] = "show",
        ["hemayat"] = "support", ["mokhalef"] = "against", ["mokhalefat"] = "opposed", ["negaran"] = "worried",
        ["nagaran"] = "worried", ["negarani"] = "concerns", ["negaraniha"] = "concerns", ["tars"] = "fear",
        ["shekayat"] = "complaint", ["darkhast"] = "request", ["sherkat"] = "took part", ["riasat"] = "chair",
        ["riyasat"] = "chair", ["hedayat"] = "led", ["rahbari"] = "led", ["tamdid"] = "renew", ["tamoom"] = "end",
        ["tamum"] = "end", ["monghazi"] = "expire", ["tasvib"] = "ratify", ["bahs"] = "discuss", ["tasmim"] = "decision",
        ["tavafogh"] = "agreement", ["tavafoq"] = "agreement", ["taghir"] = "change", ["ta'ghir"] = "change",
        ["estefade"] = "use", ["komak"] = "help", ["azat"] = "you", ["zendegi"] = "live", ["moghayese"] = "compare",
        ["khorab"] = "damaged", ["kharab"] = "damaged", ["takhrib"] = "damage", ["hefazat"] = "protect",
        ["mohafezat"] = "protect", ["negahbani"] = "guard", ["edgham"] = "merge", ["beporsam"] = "ask", ["porsidan"] = "ask",
        ["tozih"] = "explain", ["raft"] = "went", ["raftan"] = "went", ["miad"] = "comes", ["miam"] = "come",
        // The treaty and its terms.
        ["gharardad"] = "treaty", ["qarardad"] = "treaty", ["gharardaad"] = "treaty", ["qarardaad"] = "treaty",
        ["ghararda"] = "treaty", ["gharadad"] = "treaty", ["qharardad"] = "treaty", ["gharardade"] = "treaty",
        ["gharardado"] = "treaty", ["qarardade"] = "treaty", ["gharardadha"] = "treaties", ["tavafoghname"] = "agreement",
        ["tavafoqname"] = "agreement", ["tavafoghnameh"] = "agreement", ["tawafoq"] = "agreement", ["towafoq"] = "agreement",
        ["peyman"] = "pact", ["paiman"] = "pact", ["moahede"] = "treaty", ["mo'ahede"] = "treaty", ["moahedeh"] = "treaty",
        ["ahdname"] = "treaty", ["ettehad"] = "alliance", ["etehad"] = "alliance", ["ettelaf"] = "alliance",
        ["hamkari"] = "cooperation", ["rahbordi"] = "strategic", ["esteratejik"] = "strategic", ["mosharekat"] = "partnership",
        ["hamgerayi"] = "integration", ["yekparchegi"] = "integration", ["esm"] = "name", ["esme"] = "name", ["esmesh"] = "name",
        ["namesh"] = "name", ["naam"] = "name", ["onvan"] = "title", ["onvanesh"] = "title", ["rasmi"] = "official",
        ["moddat"] = "term", ["moddate"] = "term", ["muddat"] = "term", ["modat"] = "term", ["etebar"] = "valid",
        ["e'tebar"] = "valid", ["etebaresh"] = "valid", ["daemi"] = "permanent", ["da'emi"] = "permanent",
        ["daaemi"] = "permanent", ["movaghat"] = "temporary", ["band"] = "clause", ["bande"] = "clause",
        ["pishnevis"] = "draft", ["matn"] = "text",
        // The clauses.
        ["defa"] = "defence", ["defa'"] = "defence", ["defaa"] = "defence", ["defae"] = "defence", ["amniyat"] = "security",
        ["amniat"] = "security", ["amnit"] = "security", ["amniyati"] = "security", ["masool"] = "responsible",
        ["mas'ool"] = "responsible", ["masul"] = "responsible", ["masooliat"] = "responsibility",
        ["masuliat"] = "responsibility", ["masooliyat"] = "responsibility", ["marz"] = "border", ["marzi"] = "border",
        ["marzha"] = "borders", ["marzhaye"] = "borders", ["marzban"] = "border guards", ["marzbani"] = "border guard",
        ["marzbanan"] = "border guards", ["artesh"] = "army", ["arteshe"] = "army", ["niroo"] = "forces", ["niru"] = "forces",
        ["nirooha"] = "forces", ["niruha"] = "forces", ["nezami"] = "military", ["nezamian"] = "military",
        ["sarbaz"] = "soldiers", ["sarbazan"] = "soldiers", ["sarbazha"] = "soldiers", ["joda"] = "separate",
        ["nahad"] = "agencies", ["nahadha"] = "agencies", ["mosallah"] = "armed", ["payegah"] = "base",
        // Money.
        ["pool"] = "money", ["pul"] = "money", ["poul"] = "money", ["poolesh"] = "money", ["pulesh"] = "money",
        ["milyard"] = "billion", ["miliard"] = "billion", ["milyad"] = "billion", ["milyardi"] = "billion",
        ["milyoon"] = "million", ["milyun"] = "million", ["rubl"] = "rubles", ["roubl"] = "rubles", ["roobl"] = "rubles",
        ["rubel"] = "rubles", ["rublesh"] = "rubles", ["dolar"] = "dollars", ["dollar"] = "dollars", ["mali"] = "financial",
        ["boodje"] = "budget", ["budje"] = "budget", ["sarmayegozari"] = "investment", ["akhar"] = "end", ["payan"] = "end",
        // Time.
        ["sal"] = "years", ["saal"] = "years", ["sale"] = "years", ["mah"] = "months", ["maah"] = "months",
        ["rooz"] = "day", ["ruz"] = "day", ["rouz"] = "day", ["hafte"] = "week", ["tarikh"] = "date", ["tarikhe"] = "date",
        ["tarikhi"] = "date", ["tarikhesh"] = "date", ["saat"] = "time", ["emrooz"] = "today", ["emruz"] = "today",
        ["farda"] = "tomorrow", ["dirooz"] = "yesterday", ["ghablan"] = "before", ["qablan"] = "before", ["ghabl"] = "before",
        ["qabl"] = "before", ["ba'd"] = "after", ["baad"] = "after", ["baadi"] = "next", ["ba'di"] = "next",
        ["badi"] = "next", ["dobare"] = "again", ["dobareh"] = "again", ["hala"] = "now", ["alan"] = "now",
        ["hanooz"] = "still", ["hanuz"] = "still", ["felan"] = "for now", ["fe'lan"] = "for now", ["baadan"] = "later",
        ["ba'dan"] = "later", ["badan"] = "later", ["mars"] = "March", ["maars"] = "March", ["zhuan"] = "June",
        ["juan"] = "June", ["zhoan"] = "June", ["agust"] = "August", ["ut"] = "August", ["septambr"] = "September",
        ["salgard"] = "anniversary", ["salgarde"] = "anniversary", ["tasadof"] = "coincidence", ["tasaddof"] = "coincidence",
        // The article.
        ["maghale"] = "article", ["maghaleh"] = "article", ["maqale"] = "article", ["maqaleh"] = "article",
        ["maqala"] = "article", ["maghala"] = "article", ["khabar"] = "news", ["gozaresh"] = "report",
        ["nevisande"] = "author", ["nevisandeh"] = "author", ["nevisandash"] = "author",
        ["khabarnegar"] = "journalist", ["ruznamenegar"] = "journalist", ["kholase"] = "summary", ["kholaseh"] = "summary",
        ["kholasa"] = "summary", ["khulasa"] = "summary", ["mokhtasar"] = "in short", ["dastan"] = "story",
        ["dastanesh"] = "story", ["majara"] = "story", ["majera"] = "story", ["mozoo"] = "topic", ["mozoo'"] = "topic",
        ["mozu"] = "topic", ["mozoosh"] = "topic", ["mowzu"] = "topic", ["rajebe"] = "about", ["rajeb"] = "about",
        ["darbare"] = "about", ["darbareye"] = "about", ["darbareh"] = "about", ["fargh"] = "difference",
        ["farq"] = "difference", ["farghe"] = "difference", ["farqe"] = "difference", ["farghesh"] = "difference",
        ["tafavot"] = "difference", ["tafavotesh"] = "difference", ["shabih"] = "similar", ["shabihe"] = "similar",
        ["mesle"] = "like", ["mesl"] = "like", ["yeki"] = "same", ["yekie"] = "the same", ["hamoon"] = "same",
        ["hamun"] = "same", ["natije"] = "outcome", ["natijeh"] = "outcome", ["natijash"] = "outcome",
        ["natayej"] = "outcome", ["rabt"] = "connection", ["rabti"] = "connection", ["ertebat"] = "connection",
        ["ertebatesh"] = "connection", ["soal"] = "question", ["so'al"] = "question", ["soaal"] = "question",
        ["nazar"] = "opinion", ["nazaret"] = "your opinion", ["taraf"] = "side", ["tarafe"] = "side",
        ["tarafdar"] = "on the side of", ["shoghl"] = "job", ["shoghlesh"] = "job", ["semat"] = "position", ["semati"] = "position", ["mablagh"] = "amount",
        ["negaranan"] = "worried", ["ghaati"] = "part of", ["ghati"] = "part of",
        // "tarikh e emza", "marz ha": the ezafe and the plural typed apart.
        ["e"] = string.Empty, ["ha"] = string.Empty, ["haye"] = string.Empty, ["hayi"] = string.Empty,
        ["sematesh"] = "position", ["kar"] = "job",
        // Geneva.
        ["jalase"] = "meeting", ["jalaseh"] = "meeting", ["jalasat"] = "meetings", ["neshast"] = "meeting",
        ["mozakerat"] = "talks", ["mozakere"] = "talks", ["mozakereh"] = "talks", ["mozaakerat"] = "talks",
        ["goftogoo"] = "talks", ["goftogu"] = "talks", ["gofteguha"] = "talks", ["dor"] = "round", ["dowr"] = "round",
        ["dore"] = "round", ["baynolmelali"] = "international", ["beinolmelali"] = "international",
        ["beynolmelali"] = "international", ["namayande"] = "representatives", ["namayandegan"] = "representatives",
        ["namayandeh"] = "representatives", ["hey'at"] = "delegation", ["heyat"] = "delegation", ["heiat"] = "delegation",
        ["hey'ate"] = "delegation", ["raees"] = "head", ["rais"] = "head", ["ra'is"] = "head", ["raeis"] = "head",
        ["rahbar"] = "leader", ["moaven"] = "deputy", ["vazir"] = "minister", ["vezarat"] = "ministry",
        ["sokhangoo"] = "spokesperson", ["sokhangu"] = "spokesperson", ["alamat"] = "signs", ["alaem"] = "signs",
        ["alayem"] = "signs", ["neshane"] = "signs", ["tablo"] = "signs", ["tabloha"] = "signs", ["hoshdar"] = "warning",
        ["hushdar"] = "warning", ["hoshdari"] = "warning", ["vaziyat"] = "situation", ["vaziat"] = "situation",
        ["vazeiat"] = "situation", ["vaz'iyat"] = "situation", ["sobat"] = "stability", ["sebat"] = "stability",
        ["payedar"] = "stable", ["paydar"] = "stable", ["behtar"] = "better", ["badtar"] = "worse", ["harekat"] = "move",
        ["harkat"] = "move", ["samt"] = "towards", ["nazdik"] = "closer", ["nazdiktar"] = "closer", ["ozviat"] = "membership",
        ["ozviyat"] = "membership", ["khelaf"] = "against", ["zed"] = "against", ["razmayesh"] = "exercises",
        ["razmayeshha"] = "exercises", ["zirsakht"] = "infrastructure", ["zirsakhtha"] = "infrastructure",
        ["tahdid"] = "threat", ["jang"] = "war", ["jange"] = "war",
        // Places, people and parties.
        ["rusiye"] = "Russia", ["rusie"] = "Russia", ["rusieh"] = "Russia", ["roosie"] = "Russia", ["roosiye"] = "Russia",
        ["rusiya"] = "Russia", ["rosiye"] = "Russia", ["russie"] = "Russia", ["rus"] = "Russian", ["roos"] = "Russian",
        ["rusi"] = "Russian", ["roosi"] = "Russian", ["mosko"] = "Moscow", ["moskow"] = "Moscow", ["mosku"] = "Moscow",
        ["gorjestan"] = "Georgia", ["gorjistan"] = "Georgia", ["gurjistan"] = "Georgia", ["gorgestan"] = "Georgia",
        ["gorjestun"] = "Georgia", ["gorji"] = "Georgian", ["gorjiha"] = "Georgians", ["gurji"] = "Georgian",
        ["tiflis"] = "Tbilisi", ["osetia"] = "Ossetia", ["osetiya"] = "Ossetia", ["osetiye"] = "Ossetia",
        ["osetie"] = "Ossetia", ["osetya"] = "Ossetia", ["jonubi"] = "South", ["jonoobi"] = "South", ["junubi"] = "South",
        ["jenubi"] = "South", ["shomali"] = "North", ["abkhazi"] = "Abkhaz", ["abkhazie"] = "Abkhazia",
        ["abkhaziye"] = "Abkhazia", ["abkhazya"] = "Abkhazia", ["krimea"] = "Crimea", ["krime"] = "Crimea",
        ["krimeh"] = "Crimea", ["kerime"] = "Crimea", ["kerimeh"] = "Crimea", ["kirimeh"] = "Crimea", ["krim"] = "Crimea",
        ["jeneve"] = "Geneva", ["jenev"] = "Geneva", ["zhenev"] = "Geneva", ["zheneve"] = "Geneva", ["jenewa"] = "Geneva",
        ["genewa"] = "Geneva", ["amrika"] = "America", ["emrika"] = "America", ["amrica"] = "America",
        ["amreeka"] = "America", ["amrikayi"] = "American", ["amrikaei"] = "American", ["amrikaiha"] = "Americans",
        ["oroopa"] = "Europe", ["orupa"] = "Europe", ["urupa"] = "Europe", ["ookrain"] = "Ukraine", ["okrain"] = "Ukraine",
        ["ukrain"] = "Ukraine", ["ghafghaz"] = "Caucasus", ["qafqaz"] = "Caucasus", ["kerimlin"] = "Kremlin",
        ["natu"] = "NATO", ["naato"] = "NATO", ["tibilof"] = "Tibilov", ["medvedef"] = "Medvedev", ["lavrof"] = "Lavrov",
        ["mogerini"] = "Mogherini", ["pesaki"] = "Psaki", ["keshvar"] = "country", ["keshvare"] = "country",
        ["keshvarha"] = "countries", ["mamlekat"] = "country", ["mantaghe"] = "region", ["mantaqe"] = "region",
        ["mantagheh"] = "region", ["jodayi"] = "breakaway", ["jodaye"] = "breakaway", ["mostaghel"] = "independent",
        ["mostaqel"] = "independent", ["esteghlal"] = "independence", ["shahr"] = "city", ["paytakht"] = "capital",
        ["paitakht"] = "capital", ["jamiyat"] = "population", ["jamiat"] = "population", ["jam'iyat"] = "population",
        ["mardom"] = "people", ["nafar"] = "people", ["hokoomat"] = "government", ["dolat"] = "government",
        ["dowlat"] = "government", ["rejim"] = "regime", ["rezhim"] = "regime", ["eshghal"] = "occupation",
        ["ishghal"] = "occupation", ["eshghali"] = "occupation", ["elhagh"] = "annexation", ["elhaq"] = "annexation",
        ["zamime"] = "annexation", ["mal"] = "part", ["male"] = "part",
        // Function words.
        ["va"] = "and", ["o"] = "and", ["ya"] = "or", ["vali"] = "but", ["amma"] = "but", ["ama"] = "but", ["chon"] = "because",
        ["chun"] = "because", ["age"] = "if", ["agar"] = "if", ["ke"] = "that", ["az"] = "from", ["be"] = "to", ["ba"] = "with",
        ["bedoone"] = "without", ["bedun"] = "without", ["dar"] = "in", ["too"] = "in", ["tu"] = "in", ["tooye"] = "in",
        ["tuye"] = "in", ["toye"] = "in", ["dakhel"] = "in", ["ru"] = "on", ["rooye"] = "on", ["ruye"] = "on", ["ta"] = "by",
        ["bein"] = "between", ["beyn"] = "between", ["beyne"] = "between", ["baraye"] = "for", ["barae"] = "for",
        ["bara"] = "for", ["barai"] = "for", ["baray"] = "for", ["ro"] = string.Empty, ["ra"] = string.Empty,
        ["in"] = "this", ["inam"] = "this too", ["un"] = "that", ["oon"] = "that", ["unja"] = "there", ["oonja"] = "there",
        ["inja"] = "here", ["ishoon"] = "they", ["ishun"] = "they", ["unha"] = "they", ["oonha"] = "they", ["man"] = "I",
        ["to"] = "you", ["shoma"] = "you", ["khodesh"] = "himself", ["khodet"] = "yourself", ["hame"] = "all",
        ["hamash"] = "all", ["har"] = "each", ["dige"] = string.Empty, ["digeh"] = string.Empty, ["digar"] = "other", ["ham"] = "too",
        ["ye"] = "a", ["yek"] = "a", ["yeh"] = "a", ["hamin"] = "this", ["kheili"] = "very", ["kheyli"] = "very",
        ["khaili"] = "very", ["khayli"] = "very", ["xeili"] = "very", ["khob"] = "good", ["khub"] = "good", ["khoob"] = "good",
        ["khoobe"] = "is good", ["khube"] = "is good", ["bad"] = "bad", ["bade"] = "is bad", ["aslan"] = string.Empty,
        ["asan"] = string.Empty, ["daghighan"] = "exactly", ["dighighan"] = "exactly", ["daqiqan"] = "exactly",
        ["vaghean"] = "really", ["vaqean"] = "really", ["faghat"] = "only", ["faqat"] = "only", ["shayad"] = "maybe",
        ["yani"] = "means", ["ya'ni"] = "means", ["na"] = "no", ["nah"] = "no", ["kheir"] = "no", ["are"] = "yes",
        ["areh"] = "yes", ["bale"] = "yes", ["baleh"] = "yes", ["ari"] = "yes", ["doroste"] = "right", ["dorost"] = "right",
        ["sahih"] = "correct", ["bashe"] = "ok", ["baashe"] = "ok", ["kasi"] = "anyone",
        // The bot and small talk.
        ["salam"] = "hello", ["slm"] = "hello", ["salaam"] = "hello", ["dorood"] = "hello", ["dorud"] = "hello",
        ["durud"] = "hello", ["merci"] = "thanks", ["mersi"] = "thanks", ["mrc"] = "thanks", ["mamnoon"] = "thanks",
        ["mamnun"] = "thanks", ["mamnoonam"] = "thanks", ["mamnunam"] = "thanks", ["motshakeram"] = "thanks",
        ["moteshakeram"] = "thanks", ["mochakeram"] = "thanks", ["sepas"] = "thanks", ["sepasgozaram"] = "thanks",
        ["tashakor"] = "thanks", ["tashakkor"] = "thanks", ["tashakur"] = "thanks", ["khodahafez"] = "goodbye",
        ["khodafez"] = "goodbye", ["khodahafes"] = "goodbye", ["khodahafiz"] = "goodbye", ["bedrood"] = "goodbye",
        ["bedrud"] = "goodbye", ["lotfan"] = "please", ["lotfn"] = "please", ["lutfan"] = "please",
        ["bebakhshid"] = "sorry", ["bebakhshin"] = "sorry", ["bebakhsid"] = "sorry", ["azizam"] = string.Empty,
        ["aziz"] = string.Empty, ["dadash"] = string.Empty, ["dadashi"] = string.Empty, ["dadashe"] = string.Empty,
        ["joon"] = string.Empty, ["jan"] = string.Empty, ["jaan"] = string.Empty, ["agha"] = string.Empty,
        ["khanoom"] = string.Empty, ["rafigh"] = string.Empty, ["adam"] = "human", ["ensan"] = "human", ["insan"] = "human",
        ["adami"] = "human", ["robot"] = "robot", ["robat"] = "robot", ["bot"] = "bot",
    };

    // Words another reader has in a sentence of its own ("chi" is Italian, "salam" and "mamnoon" Arabizi's, "saal",
    // "khabar" and "agar" Hinglish, "hava" and "saat" Turkish, "merci" French): a marker with another only.
    private static readonly string[] Shared =
    [
        "saal", "mah", "pul", "hala", "alan", "agar", "vali", "amma", "ama", "chon", "chun", "aziz", "joon", "jaan",
        "agha", "bale", "ari", "kheir", "salam", "slm", "salaam", "merci", "mersi", "mamnoon", "mamnun", "tashakor",
        "tashakkor", "khabar", "jang", "nafar", "rusi", "naam", "esm", "tarikh", "yani", "hava", "saat", "nazar", "soal",
        "rais", "khub", "khoob", "oon", "rahbar", "vazir", "hafte", "baad", "badi", "asan", "aslan", "faqat", "shayad",
        "insan", "chand", "cand", "kharab", "alamat", "rabt", "inam", "bara", "chiz", "kasi", "mali", "band", "bande",
        "tars", "sale", "male", "raft", "sahih", "matn", "joda", "tablo", "marz", "krim", "esteghlal", "rasmi", "dolar",
        "ba", "rus", "roos", "ensan", "milyard", "masool", "moddat", "shahr", "qabl", "raees", "kholasa",
        "khulasa", "maqala", "maqaleh", "takhrib", "shoghl", "bein", "beyn", "milyoon", "alaykom", "alaikum", "etehad",
        "mokhtasar", "yaani", "roosi",
    ];

    // Words that show no Persian at all: Hinglish "ki", "ya", "na", "ke", "kar" and "waqt", Italian "che", French "va" and
    // "tu", Malay "dari", German "hast", and the names the other readers spell alike ("Osetia", "Tiflis", "Amrika",
    // "rubl", "miliard").
    private static readonly string[] NotMarkers =
    [
        "e", "ha", "haye", "hayi", "ki", "kia", "ya", "na", "ke", "ro", "ra", "chi", "che", "va", "taraf", "tarafe", "tarafdar", "o", "tu", "dar", "az", "ye", "yek", "yeh", "kar", "kare",
        "kiye", "kon", "waqt", "muddat", "farq", "aya", "bade", "baray", "hame", "har", "hast", "bude", "dast", "dari",
        "badan", "rejim", "bahs", "mrc", "dadash", "ossetia", "osetia", "osetiya", "osetie", "osetya", "abkhazi", "abkhazie",
        "abkhazya", "krimea", "tiflis", "mosko", "moskow", "mosku", "jenewa", "genewa", "zheneve", "jenev", "rusiya",
        "russie", "mogerini", "natu", "amrika", "amreeka", "emrika", "rubl", "roubl", "rubel", "miliard", "ukrain",
    ];

    // Hinglish words Persian does not write: a message with one is Hinglish's, whose "ki", "taraf", "saal" and "agar" are
    // Persian's too ("russia ki taraf se kisne sign kiya?").
    private static readonly MarkerWords Hindi = new(
        ["kya", "hai", "hain", "kaun", "kisne", "kitna", "kitne", "kab", "kahan", "kyun", "kyu", "aur", "bhi", "nahi", "nahin",
            "tha", "thi", "mein", "wala", "wali", "kiya", "kiye", "gaya"],
        []);

    // Words a Persian sentence has and English and the readers near it have not: any of the tables' words that is no
    // English word.
    private static readonly MarkerWords Markers = new(
        Words.Keys.Concat(PhraseTable.Keys.SelectMany(phrase => phrase.Split(' ')))
            .Where(word => !EnglishWords.Contains(word) && !NotMarkers.Contains(word)),
        Shared);

    // "doroste?", ", dorost?", ", na?", "mage na?", "are na?": the tag at the end that asks whether it is so.
    [GeneratedRegex(@"[,\s]+(?:doroste|dorosteh|dorost|dorost\s+mige?m|mage\s+na|age\s+na|ye\s+na|ya\s+na|are\s+na|dige\s+na|na\s+dige|na)(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    // "Osetia-ye", "moddat-e", "marz-ha", "robot-i", "key-e", "hey'at-e": an ending after a hyphen, no word of its own.
    [GeneratedRegex(@"(?<=\p{L})-(?:ye|e|ie|i|ha|haye|hay|ro|o)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Ending();

    // "key emza shod?", "next round key hast?": when, but not an English "key" before its noun ("key points").
    [GeneratedRegex(@"(?<!\p{L})(?:key|kei|kay|kai)(?!\p{L})(?!\s+(?:points?|facts?|questions?|issues?|words?|figures?|takeaways?|details?|terms?|players?|parts?|roles?|dates?|things?|clauses?|moments?|findings?|people|persons?|aspects?|elements?|provisions?|differences?|numbers?|events?|takeaway|to\b))", RegexOptions.IgnoreCase)]
    private static partial Regex When();

    // "artesh-e Osetia", "robot-i", "jalase-ye Jeneve": the ezafe or an ending after a hyphen, which English does not write.
    [GeneratedRegex(@"\p{L}{3,}-(?:ye|e|i)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Ezafe();

    // "Jen Psaki ki bud?", "esmesh chi bud?", "key hast?": a question word and "was" or "is", each shared alone.
    [GeneratedRegex(@"(?<!\p{L})(?:ki|chi|che|key|kei|koja)\s+(?:bud|bood|hast|ast)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex AskedWithBe();

    // "ki gharardad ro emza kard?", "ki in maghale ro neveshte?": who, what was done to, and the verb after its object.
    [GeneratedRegex(@"(?<who>(?<!\p{L})(?:ki|che\s+kasi|chi\s+kasi))\s+(?<done>(?:\p{L}[\p{L}']*\s+){1,3}?)(?:ro|ra)\s+(?<verb>emza\s+\p{L}+|\p{L}+)", RegexOptions.IgnoreCase)]
    private static partial Regex WhoDidIt();

    // "chand sal?", "chand?", "va koja?", "va Gorjestan?": a short follow-up only Persian opens so.
    [GeneratedRegex(@"^\W*(?:chand(?:\s+(?:sal|saal|ta|mah|pool|pul|nafar|rooz|ruz))?|va\s+(?:koja|key|kei|chi|ki|chera|chand|un|oon)\b.*)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();

    [GeneratedRegex(@"\b(?:the|is|are|was|were|did|does|what|who|when|where|how|which|why|of|and|it|they|this|that|with|for|about|you|can|will|has|have|on|his|her|their|signed|money|right)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    // A word, or the English of a phrase, marked so that its words are not read again.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|[\\p{L}']+")]
    private static partial Regex Word();
}
