using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Swahili as Kenyans, Tanzanians and Ugandans mix it into their English chat, Sheng included, from a few words up to
/// whole Swahili questions: "nani alisaini mkataba?" is "who signed the treaty?", "pesa ngapi Russia itapatia South
/// Ossetia?" how much money Russia will give South Ossetia, "ilisainiwa lini?" when was it signed, "walisign Moscow
/// sindio?" "they signed in Moscow, right?", "mkataba unaitwaje?" what the treaty is called, "wewe ni bot?" are you a
/// bot, "asante sana" thank you very much, "sasa msee, niaje" hello. Read word for word (the bot reads words, not word
/// order), a verb by its stem whatever prefixes it carries ("a-li-saini" signed, "i-li-saini-wa" was signed, "i-ta-dumu"
/// will last, "a-li-mw-ambia" told), Sheng's English verbs too ("walisign", "itaguard", "ilicondemn"), and the names of
/// the article's places as Swahili writes them ("Urusi", "Marekani", "Ossetia Kusini", "Umoja wa Ulaya"). Only in a
/// message with a word English and the other readers' languages have not ("nani", "ngapi", "mkataba", "kuhusu",
/// "asante"), two it shares with them ("ni", "nini", "sasa", "kwa", "pesa": Malay's "ni", Hinglish's "pesa", "hii" as
/// a held "hi"), or a verb with a subject and a tense on a stem it knows; "na", "ya", "wa", "la", "je" and
/// "tu", which Tagalog, Hinglish, Polish, Czech and the Romance languages write, are no sign of Swahili at all.
/// </summary>
internal static partial class Swahili
{
    /// <summary><paramref name="text"/> with Swahili and Sheng words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!Markers.AreIn(text) && !HasVerb(text) && !(text.Length < 40 && WhatAbout().IsMatch(text)))
        {
            return text;
        }

        // "walisign Moscow sindio?", "ni ya miaka 25 ama?", "ni kweli?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "na Abkhazia je?": what about Abkhazia.
        text = WhatAbout().Replace(text, "what about ${subject}");
        // "ulitiwa saini" was signed, "iliunga mkono" supported: a verb with its noun, read as one verb.
        text = VerbWithNoun().Replace(text, m => m.Groups["sign"].Success ? $"{m.Groups["verb"].Value}saini{m.Groups["passive"].Value}" : $"{m.Groups["verb"].Value}ungamkono");
        // "ni viongozi gani walisign?": which leaders signed; "ni rubles ngapi?" how many rubles.
        text = WhichOne().Replace(text, "${question} ${thing}");
        // "miaka 25", "bilioni 9.2": the number after its noun.
        text = NumberAfter().Replace(text, "${number} ${noun}");
        // "Tibilov na Putin ndio walisign?": they are the ones who signed.
        text = TheOnesWho().Replace(text, "\u0001are the ones who\u0002 ");
        // "walisign Sokhumi?", "walisign kwa Kremli": signed in a place, which Swahili leaves unsaid or says with "kwa".
        text = SignedIn().Replace(text, "in ");
        text = Phrases.InEnglish(text);
        return Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value : English(m.Value) ?? m.Value);
    }

    // "itaguard", "ilisainiwa": a verb form with a subject and a tense on a stem the reader knows, which no English,
    // Italian or Malay word is ("america" and "italian" have the shape of one).
    private static bool HasVerb(string text)
    {
        foreach (Match match in VerbShape().Matches(text))
        {
            var word = match.Value.ToLowerInvariant();
            if (!EnglishWords.Contains(word) && Verb(word) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // The English of one word: as written, else the word without its locative "-ni" ("mipakani" at the border), else a
    // verb read by its stem.
    private static string? English(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Words.TryGetValue(lower, out var english))
        {
            return english;
        }

        if (lower.Length > 5 && lower.EndsWith("ni", StringComparison.Ordinal) && Words.TryGetValue(lower[..^2], out english))
        {
            return english;
        }

        return EnglishWords.Contains(lower) ? null : Verb(lower);
    }

    // "alisaini" (a-li-saini) signed, "itadumu" will last, "hajasaini" not signed, "ilipokeaje" how did it receive:
    // the shortest prefix of subject, tense and object that leaves a stem the table knows, or an English verb that Sheng
    // gives a subject ("walisign", "kuquote"; "Kitale" is no "tale").
    private static string? Verb(string word)
    {
        var how = word.Length > 6 && word.EndsWith("je", StringComparison.Ordinal);
        var form = how ? word[..^2] : word;
        for (var i = 1; i <= form.Length - 3; i++)
        {
            var stem = form[i..];
            // "wafanye", "ichukuliwe": a subject alone before a stem ending in "-e" wishes or asks ("that they do").
            if (stem.EndsWith('e') && Subjunctive().IsMatch(form[..i]) && Stems.TryGetValue(stem[..^1] + "a", out var wished))
            {
                return how ? $"how {wished.Now}" : wished.Now;
            }

            var prefix = Prefix().Match(form[..i]);
            if (!prefix.Success)
            {
                continue;
            }

            string now, past;
            if (Stems.TryGetValue(stem, out var verb))
            {
                (now, past) = verb;
            }
            else if (stem.Length >= 4 && prefix.Groups["subject"].Success && EnglishWords.Contains(stem))
            {
                (now, past) = (stem, EnglishPast(stem));
            }
            else
            {
                continue;
            }

            var tense = prefix.Groups["tense"].Value;
            var english = tense is "ta" ? $"will {now}" : tense is "" or "na" or "hu" or "ki" or "nge" ? now : past;
            english = prefix.Groups["not"].Success ? $"not {english}" : english;
            return how ? $"how {english}" : english;
        }

        return null;
    }

    // "signed", "pledged", "recognized", "paid": the past of a Sheng verb borrowed from English.
    private static string EnglishPast(string verb) =>
        IrregularPast.TryGetValue(verb, out var past) ? past
        : verb.EndsWith('e') ? verb + "d"
        : verb.EndsWith('y') && !"aeiou".Contains(verb[^2]) ? verb[..^1] + "ied"
        : verb + "ed";

    private static readonly Dictionary<string, string> IrregularPast = new(StringComparer.Ordinal)
    {
        ["pay"] = "paid", ["meet"] = "met", ["give"] = "gave", ["take"] = "took", ["lead"] = "led", ["write"] = "wrote",
        ["send"] = "sent", ["hold"] = "held", ["say"] = "said", ["tell"] = "told", ["promise"] = "promised", ["get"] = "got",
    };

    // The stems of the article's verbs and of chat's, what one does and what one did; each also in its passive
    // ("sainiwa" signed, "andikwa" written, "chukuliwa" taken), added where the table has no form of its own.
    private static readonly Dictionary<string, (string Now, string Past)> Stems = WithPassives(new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        // Signing, pledging, giving and paying.
        ["saini"] = ("sign", "signed"), ["sign"] = ("sign", "signed"), ["ahidi"] = ("pledge", "pledged"),
        ["ahidiwa"] = ("pledged", "pledged"), ["toa"] = ("give", "gave"), ["tolewa"] = ("given", "given"),
        ["pewa"] = ("given", "given"), ["patia"] = ("give", "gave"), ["pata"] = ("get", "got"),
        ["lipa"] = ("pay", "paid"), ["lipwa"] = ("paid", "paid"), ["fadhili"] = ("fund", "funded"), ["tuma"] = ("send", "sent"),
        ["tenga"] = ("allocate", "allocated"), ["wekeza"] = ("invest", "invested"), ["ungamkono"] = ("support", "supported"),
        ["saidia"] = ("help", "helped"),
        // Saying, telling, reacting.
        ["sema"] = ("say", "said"), ["semwa"] = ("said", "said"), ["ambia"] = ("tell", "told"), ["ambiwa"] = ("told", "told"),
        ["eleza"] = ("explain", "explained"), ["elezea"] = ("explain", "explained"), ["jibu"] = ("respond", "responded"),
        ["pokea"] = ("receive", "received"), ["itikia"] = ("react", "reacted"), ["itika"] = ("react", "reacted"),
        ["lalamika"] = ("complain", "complained"), ["lalamikia"] = ("complain", "complained"), ["pinga"] = ("oppose", "opposed"),
        ["kataa"] = ("reject", "rejected"), ["laani"] = ("condemn", "condemned"), ["kashifu"] = ("condemn", "condemned"),
        ["kosoa"] = ("criticize", "criticized"), ["tambua"] = ("recognize", "recognized"), ["kubali"] = ("accept", "accepted"),
        ["kubaliana"] = ("agree", "agreed"), ["onya"] = ("warn", "warned"), ["tishia"] = ("threaten", "threatened"),
        ["ongea"] = ("talk", "talked"), ["ongelea"] = ("talk about", "talked about"), ["zungumza"] = ("talk", "talked"),
        ["zungumzia"] = ("talk about", "talked about"), ["jadili"] = ("discuss", "discussed"), ["taja"] = ("mention", "mentioned"),
        ["tajwa"] = ("mentioned", "mentioned"), ["uliza"] = ("ask", "asked"), ["omba"] = ("ask", "asked"),
        ["ita"] = ("call", "called"), ["itwa"] = ("called", "called"), ["andika"] = ("write", "wrote"),
        ["andikwa"] = ("written", "written"), ["chapisha"] = ("publish", "published"), ["ripoti"] = ("report", "reported"),
        // Lasting, meeting, leading, chairing.
        ["dumu"] = ("last", "lasted"), ["isha"] = ("end", "ended"), ["malizika"] = ("end", "ended"), ["maliza"] = ("finish", "finished"),
        ["kutana"] = ("meet", "met"), ["hudhuria"] = ("attend", "attended"), ["shiriki"] = ("participate", "participated"),
        ["ongoza"] = ("lead", "led"), ["simamia"] = ("chair", "chaired"), ["endesha"] = ("chair", "chaired"),
        ["panga"] = ("schedule", "scheduled"), ["fuata"] = ("follow", "followed"),
        ["endelea"] = ("continue", "continued"), ["rudi"] = ("return", "returned"), ["fika"] = ("reach", "reached"),
        ["fikia"] = ("reach", "reached"), ["fanyika"] = ("happen", "happened"), ["tokea"] = ("happen", "happened"),
        ["fanya"] = ("do", "did"), ["fanyiwa"] = ("done", "done"),
        // Defence, the army, the border.
        ["linda"] = ("protect", "protected"), ["tetea"] = ("defend", "defended"), ["jiunga"] = ("join", "joined"),
        ["ingia"] = ("join", "joined"), ["unganisha"] = ("merge", "merged"), ["unganishwa"] = ("merged", "merged"),
        ["unga"] = ("join", "joined"), ["chukua"] = ("take", "took"), ["chukuliwa"] = ("annexed", "annexed"), ["nyakua"] = ("annex", "annexed"),
        ["vamia"] = ("invade", "invaded"), ["tawala"] = ("control", "controlled"), ["haribu"] = ("damage", "damaged"),
        ["kiuka"] = ("violate", "violated"), ["weka"] = ("put", "put"), ["tulia"] = ("calm", "calmed"),
        ["badilisha"] = ("change", "changed"), ["badilika"] = ("change", "changed"), ["fanana"] = ("resemble", "resembled"),
        ["tofautiana"] = ("differ", "differed"), ["husu"] = ("be about", "was about"), ["husiana"] = ("relate", "related"),
        ["enda"] = ("go", "went"), ["ondoka"] = ("leave", "left"), ["kuja"] = ("come", "came"),
        // Knowing, thinking, using.
        ["jua"] = ("know", "knew"), ["julikana"] = ("known", "known"), ["elewa"] = ("understand", "understood"),
        ["ona"] = ("see", "saw"), ["onekana"] = ("seem", "seemed"), ["sikia"] = ("hear", "heard"), ["soma"] = ("read", "read"),
        ["dhani"] = ("think", "thought"), ["fikiri"] = ("think", "thought"), ["amini"] = ("believe", "believed"),
        ["tumia"] = ("use", "used"), ["tumika"] = ("use", "used"), ["taka"] = ("want", "wanted"), ["weza"] = ("can", "could"),
        ["wahi"] = ("ever", "ever"), ["ruhusu"] = ("allow", "allowed"), ["jenga"] = ("build", "built"),
        ["peleka"] = ("raise", "raised"), ["rudisha"] = ("recall", "recalled"), ["jiuzulu"] = ("resign", "resigned"),
        ["kaa"] = ("stay", "stayed"), ["ishi"] = ("live", "lived"), ["kufa"] = ("die", "died"), ["fanyia"] = ("work for", "worked for"),
        ["shinda"] = ("win", "won"), ["toka"] = ("come out", "came out"), ["cheza"] = ("play", "played"),
    });

    private static Dictionary<string, (string Now, string Past)> WithPassives(Dictionary<string, (string Now, string Past)> stems)
    {
        foreach (var (stem, (_, past)) in stems.ToList())
        {
            // "saini" sainiwa, "andika" andikwa, "simamia" simamiwa, "chukua" chukuliwa, "toa" tolewa, "pokea" pokelewa
            // and "ongelea" ongelewa.
            string[] passives = !stem.EndsWith('a') ? [stem + "wa"]
                : stem.EndsWith("ia", StringComparison.Ordinal) ? [stem[..^1] + "wa"]
                : stem.EndsWith("ea", StringComparison.Ordinal) ? [stem[..^1] + "wa", stem[..^1] + "lewa"]
                : stem.EndsWith("oa", StringComparison.Ordinal) ? [stem[..^1] + "lewa"]
                : stem.EndsWith("ua", StringComparison.Ordinal) || stem.EndsWith("aa", StringComparison.Ordinal) ? [stem[..^1] + "liwa"]
                : [stem[..^1] + "wa"];
            foreach (var passive in passives)
            {
                stems.TryAdd(passive, (past, past));
            }
        }

        return stems;
    }

    // Several words that mean one thing, read before the words one by one.
    private static readonly Phrasebook Phrases = new(ReaderTables.Marked(new Dictionary<string, string>
    {
        // Question words.
        ["kwa nini"] = "why", ["kwanini"] = "why", ["kwa sababu gani"] = "why", ["ni nani"] = "who is", ["ni nini"] = "what is",
        ["ni gani"] = "what is", ["ni wapi"] = "where is", ["iko wapi"] = "where is", ["ziko wapi"] = "where are",
        ["ni lini"] = "when is", ["ni ngapi"] = "how much is", ["pesa ngapi"] = "how much money", ["kiasi gani"] = "how much",
        ["kiasi cha pesa"] = "how much money", ["miaka mingapi"] = "how many years",
        ["muda gani"] = "how long", ["kwa muda gani"] = "for how long", ["muda wa"] = "duration of",
        ["siku gani"] = "what day", ["tarehe gani"] = "what date", ["tarehe ngapi"] = "what date", ["mwaka gani"] = "what year",
        ["mwezi gani"] = "what month", ["namna gani"] = "how", ["jinsi gani"] = "how", ["kwa njia gani"] = "how",
        ["na nani"] = "by who", ["kina nani"] = "who", ["ya kwanza"] = "first", ["mara ya kwanza"] = "the first time",
        ["mpaka sasa"] = "so far", ["hadi sasa"] = "so far", ["hali ya hewa"] = "weather", ["akina nani"] = "who", ["kitu gani"] = "what",
        ["inaitwaje"] = "what is it called", ["unaitwaje"] = "what is it called", ["anaitwaje"] = "what is his name",
        ["inaitwa nini"] = "what is it called", ["unaitwa nini"] = "what is it called", ["jina lake"] = "its name",
        ["jina la"] = "name of", ["nini kilifanyika"] = "what happened", ["nini kimefanyika"] = "what happened",
        ["nini imefanyika"] = "what happened", ["kilitokea nini"] = "what happened", ["nini kilitokea"] = "what happened",
        ["mwezi wa kwanza"] = "January", ["mwezi wa pili"] = "February", ["mwezi wa tatu"] = "March",
        ["mwezi wa nne"] = "April", ["mwezi wa saba"] = "July", ["mwezi wa nane"] = "August",
        ["ni kweli"] = "is it true", ["ndio nini"] = "what is", ["inahusu nini"] = "what is it about",
        ["ni ya nini"] = "what is it for", ["ni ya"] = "is it", ["ni wa"] = "is it", ["ya nini"] = "what for", ["ni ya nani"] = "whose is it",
        // Asking to be told, what the bot is.
        ["niambie"] = "tell me", ["nieleze"] = "explain to me", ["nielezee"] = "explain to me", ["nipe"] = "give me",
        ["unaweza kufanya nini"] = "what can you do", ["unafanya nini"] = "what do you do", ["naweza kuuliza nini"] = "what can I ask",
        ["inatumika aje"] = "how do I use it", ["inatumika vipi"] = "how do I use it", ["inatumikaje"] = "how do I use it",
        ["nitumie aje"] = "how do I use it", ["unatumika aje"] = "how do I use it",
        ["wewe ni nani"] = "who are you", ["wewe ni"] = "are you", ["uko binadamu"] = "are you human",
        ["ni mtu"] = "is a person", ["mtu halisi"] = "real person", ["unaonaje"] = "what do you think",
        ["maoni yako"] = "your opinion", ["kwa maoni yako"] = "in your opinion", ["unadhani"] = "do you think",
        ["unafikiri"] = "do you think", ["kwa ufupi"] = "in short", ["kwa kifupi"] = "in short", ["kwa ujumla"] = "overall",
        // Small talk.
        // "how are you" asks the bot what it is; "mambo vipi" and "habari yako" greet.
        ["habari yako"] = "hello", ["habari zako"] = "hello", ["habari gani"] = "hello",
        ["habari za asubuhi"] = "good morning", ["habari ya asubuhi"] = "good morning", ["habari za mchana"] = "good afternoon",
        ["habari za jioni"] = "good evening", ["habari za leo"] = "hello", ["mambo vipi"] = "hello",
        ["uko aje"] = "hello", ["uko fiti"] = "hello", ["uko poa"] = "hello", ["hali yako"] = "hello",
        ["sasa msee"] = "hello", ["sasa boss"] = "hello", ["sasa bro"] = "hello", ["oli otya"] = "hello",
        ["asante sana"] = "thank you very much", ["asanteni sana"] = "thank you very much", ["webale nnyo"] = "thank you very much",
        ["nashukuru sana"] = "thank you very much", ["kwa heri"] = "goodbye", ["tutaonana baadaye"] = "see you later",
        ["tuonane baadaye"] = "see you later", ["usiku mwema"] = "good night", ["lala salama"] = "good night",
        ["siku njema"] = "have a good day", ["nimemaliza"] = "that's all", ["ni hayo tu"] = "that's all",
        ["sijaelewa"] = "I don't understand", ["sielewi"] = "I don't understand", ["sijui"] = "I don't know",
        // The people and places of the article.
        ["ossetia kusini"] = "South Ossetia", ["ossetia ya kusini"] = "South Ossetia", ["osetia kusini"] = "South Ossetia",
        ["osetia ya kusini"] = "South Ossetia", ["ossetia kaskazini"] = "North Ossetia", ["umoja wa ulaya"] = "EU",
        ["muungano wa ulaya"] = "EU", ["umoja wa mataifa"] = "UN", ["jumuiya ya kimataifa"] = "international community",
        ["wizara ya mambo ya nje"] = "foreign ministry", ["waziri wa mambo ya nje"] = "foreign minister",
        ["mambo ya nje"] = "foreign affairs", ["sera za nje"] = "foreign policy", ["ikulu ya marekani"] = "White House",
        ["mji mkuu"] = "capital", ["katibu mkuu"] = "Secretary General", ["naibu waziri"] = "deputy minister",
        // The treaty, its clauses and its money.
        ["vikosi vya ulinzi"] = "armed forces", ["vyombo vya usalama"] = "security agencies", ["alama za mpaka"] = "border signs",
        ["alama za mipaka"] = "border signs", ["ishara za onyo"] = "warning signs", ["mazoezi ya kijeshi"] = "military exercises",
        ["mwisho wa"] = "end of", ["kabla ya"] = "before", ["baada ya"] = "after", ["juu ya"] = "about", ["pamoja na"] = "with", ["kulikuwa na"] = "were there", ["kutakuwa na"] = "will there be",
        ["kuhusiana na"] = "about", ["kwa upande wa"] = "for", ["upande wa"] = "side of",
        // "kwa" is "to" ("pesa kwa Abkhazia"), but "at" a meeting and "in" a story.
        ["kwa mkutano"] = "at the meeting", ["kwa mazungumzo"] = "at the talks", ["kwa geneva"] = "at Geneva",
        ["kwa jeneva"] = "at Geneva", ["kwa hii story"] = "in this story", ["kwa hii habari"] = "in this story",
        ["kwa hii article"] = "in this article", ["kwa makala"] = "in the article", ["kwa news"] = "in the news",
        ["kwa habari"] = "in the news",
    }), hyphens: true);

    // One word each.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Question words.
        ["nani"] = "who", ["nini"] = "what", ["lini"] = "when", ["wapi"] = "where", ["gani"] = "which", ["ipi"] = "which",
        ["yupi"] = "which", ["zipi"] = "which", ["vipi"] = "how", ["aje"] = "how", ["je"] = string.Empty, ["mingapi"] = "how many",
        ["wangapi"] = "how many", ["ngapi"] = "how much", ["kwanini"] = "why",
        // Linkers, prepositions, pronouns.
        ["na"] = "and", ["ni"] = "is", ["si"] = "not", ["ya"] = "of", ["wa"] = "of", ["za"] = "of", ["la"] = "of", ["cha"] = "of",
        ["vya"] = "of", ["kwa"] = "to", ["katika"] = "in", ["huko"] = "there", ["hapa"] = "here", ["hapo"] = "there",
        ["kuhusu"] = "about", ["juu"] = "about", ["chini"] = "under", ["kati"] = "between", ["bila"] = "without",
        ["tangu"] = "since", ["hadi"] = "until", ["mpaka"] = "border", ["kabla"] = "before", ["baada"] = "after",
        ["au"] = "or", ["ama"] = "or", ["lakini"] = "but", ["kama"] = "like", ["pia"] = "also", ["nayo"] = "also",
        ["tu"] = "only", ["tena"] = "again", ["bado"] = "still", ["sasa"] = "now", ["kweli"] = "really", ["hasa"] = "exactly",
        ["kabisa"] = "completely", ["sana"] = "very", ["kwanza"] = string.Empty, ["pamoja"] = "together", ["nyingine"] = "other",
        ["mimi"] = "I", ["wewe"] = "you", ["yeye"] = "he", ["sisi"] = "we", ["nyinyi"] = "you", ["wao"] = "they",
        ["hii"] = "this", ["huu"] = "this", ["hili"] = "this", ["huyu"] = "this", ["hiyo"] = "that", ["hilo"] = "that",
        ["huo"] = "that", ["hizi"] = "these", ["hizo"] = "those", ["hawa"] = "these", ["hao"] = "those", ["ile"] = "that",
        ["yule"] = "that", ["yake"] = "its", ["lake"] = "its", ["wake"] = "its", ["yao"] = "their", ["zao"] = "their",
        ["lao"] = "their", ["yako"] = "your", ["yangu"] = "my", ["kila"] = "every",
        ["yenyewe"] = "itself", ["wenyewe"] = "themselves", ["kutoka"] = "from", ["mbona"] = "why", ["mara"] = "time",
        ["yoyote"] = "any", ["wote"] = "all", ["zote"] = "all", ["yote"] = "all", ["kitu"] = "thing", ["vitu"] = "things",
        ["kina"] = string.Empty, ["akina"] = string.Empty,
        // Being and having.
        ["ndio"] = string.Empty, ["ndiyo"] = string.Empty, ["ndo"] = string.Empty, ["sio"] = "not", ["siyo"] = "not", ["iko"] = "is", ["yuko"] = "is",
        ["uko"] = "are you", ["niko"] = "I am", ["ziko"] = "are", ["wako"] = "are", ["kuna"] = "is there", ["hakuna"] = "there is no",
        ["kulikuwa"] = "there was", ["ilikuwa"] = "was", ["alikuwa"] = "was", ["walikuwa"] = "were", ["zilikuwa"] = "were",
        ["ulikuwa"] = "was", ["yalikuwa"] = "were", ["ilikuwepo"] = "was present", ["zilikuwepo"] = "were present",
        ["walikuwepo"] = "were present", ["alikuwepo"] = "was present", ["ilianza"] = "started", ["zilianza"] = "started",
        ["yalianza"] = "started", ["itaanza"] = "will start", ["zitaanza"] = "will start", ["imeanza"] = "started", ["itakuwa"] = "will be", ["watakuwa"] = "will be",
        ["kutakuwa"] = "will there be", ["atakuwa"] = "will be", ["litakuwa"] = "will be", ["utakuwa"] = "will be",
        ["ana"] = "has", ["ina"] = "has", ["wana"] = "have", ["zina"] = "have", ["una"] = "you have", ["nina"] = "I have",
        ["kuwa"] = "be", ["inayofuata"] = "next", ["ujao"] = "next", ["ijayo"] = "next", ["unaofuata"] = "next",
        ["ujayo"] = "next", ["zijazo"] = "next", ["iliyopita"] = "last", ["uliopita"] = "last", ["imekuwa"] = "has been",
        ["zimekuwa"] = "have been", ["zitakuwa"] = "will be", ["yatakuwa"] = "will be", ["yalikuwa"] = "were",
        // Asking, chat and Sheng.
        ["tafadhali"] = "please", ["naomba"] = "please", ["asante"] = "thanks", ["asanteni"] = "thanks", ["ahsante"] = "thanks",
        ["asanti"] = "thanks", ["shukran"] = "thanks", ["shukrani"] = "thanks", ["nashukuru"] = "thanks", ["webale"] = "thanks",
        ["kwaheri"] = "goodbye", ["baadaye"] = "see you later", ["badae"] = "see you later", ["tutaonana"] = "see you",
        ["niaje"] = "hello", ["mambo"] = "hello", ["jambo"] = "hello", ["hujambo"] = "hello", ["shikamoo"] = "hello",
        ["habari"] = "news", ["salama"] = "fine", ["poa"] = "ok", ["boss"] = string.Empty, ["fiti"] = "fine", ["sawa"] = "ok", ["basi"] = string.Empty,
        ["msee"] = string.Empty, ["wasee"] = "guys", ["manze"] = string.Empty, ["maze"] = string.Empty, ["bana"] = string.Empty,
        ["buda"] = string.Empty, ["mkuu"] = string.Empty, ["kaka"] = string.Empty, ["dada"] = string.Empty,
        ["ssebo"] = string.Empty, ["nyabo"] = string.Empty, ["eti"] = string.Empty, ["kwani"] = string.Empty,
        ["ngoja"] = "wait", ["swali"] = "question", ["maswali"] = "questions", ["mfano"] = "example", ["mifano"] = "examples",
        ["msaada"] = "help", ["nisaidie"] = "help me", ["mtu"] = "person", ["watu"] = "people", ["binadamu"] = "human",
        ["roboti"] = "robot", ["mashine"] = "machine", ["maoni"] = "opinion", ["mbaya"] = "bad", ["nzuri"] = "good",
        ["nataka"] = "I want", ["naweza"] = "can I", ["unaweza"] = "can you", ["nasikia"] = "I heard", ["tofauti"] = "difference",
        ["sawasawa"] = "same", ["mwisho"] = "end",
        // The treaty, its money and its time.
        ["mkataba"] = "treaty", ["mikataba"] = "treaties", ["makubaliano"] = "agreement", ["mapatano"] = "agreement",
        ["muungano"] = "alliance", ["ushirikiano"] = "partnership", ["ushirika"] = "partnership", ["kifungu"] = "clause",
        ["vifungu"] = "clauses", ["pesa"] = "money", ["fedha"] = "money", ["hela"] = "money", ["doh"] = "money",
        ["ganji"] = "money", ["mulla"] = "money", ["kiasi"] = "amount", ["ufadhili"] = "funding", ["bajeti"] = "budget",
        ["bilioni"] = "billion", ["milioni"] = "million", ["rubo"] = "rubles", ["rubeli"] = "rubles", ["shilingi"] = "shillings",
        ["shillingi"] = "shillings", ["tarehe"] = "date", ["siku"] = "day", ["mwezi"] = "month", ["miezi"] = "months", ["mwaka"] = "year",
        ["miaka"] = "years", ["muda"] = "duration", ["saa"] = "time", ["jina"] = "name", ["majina"] = "names",
        ["rasmi"] = "official", ["kamili"] = "full", ["leo"] = "today", ["jana"] = "yesterday",
        ["mwandishi"] = "author", ["makala"] = "article", ["ripoti"] = "report", ["muhtasari"] = "summary",
        ["historia"] = "history", ["jinsi"] = "how",
        // Defence, the army and the border.
        ["ulinzi"] = "defence", ["usalama"] = "security", ["jeshi"] = "army", ["majeshi"] = "armies", ["vikosi"] = "forces",
        ["kikosi"] = "force", ["wanajeshi"] = "soldiers", ["askari"] = "soldiers", ["kijeshi"] = "military",
        ["mipaka"] = "borders", ["alama"] = "signs", ["ishara"] = "signs", ["onyo"] = "warning", ["jukumu"] = "responsibility",
        ["vita"] = "war", ["amani"] = "peace", ["hali"] = "situation", ["utulivu"] = "calm", ["shida"] = "problem",
        ["tatizo"] = "problem", ["uhuru"] = "independence", ["unyakuzi"] = "annexation", ["uvamizi"] = "invasion",
        // Reactions and who is who.
        ["msimamo"] = "position", ["tamko"] = "statement", ["taarifa"] = "statement", ["kauli"] = "statement",
        ["majibu"] = "response", ["matokeo"] = "outcome", ["lengo"] = "goal", ["serikali"] = "government", ["rais"] = "president",
        ["waziri"] = "minister", ["wizara"] = "ministry", ["msemaji"] = "spokeswoman", ["kiongozi"] = "leader",
        ["viongozi"] = "leaders", ["mjumbe"] = "delegate", ["wajumbe"] = "delegates", ["ujumbe"] = "delegation",
        ["mwakilishi"] = "representative", ["wawakilishi"] = "representatives", ["mwenyekiti"] = "chair",
        ["wenyeviti"] = "co-chairs", ["bunge"] = "parliament", ["kazi"] = "job",
        // Countries, peoples and places.
        ["nchi"] = "country", ["mataifa"] = "countries", ["taifa"] = "nation", ["eneo"] = "region", ["maeneo"] = "regions",
        ["sehemu"] = "part", ["mji"] = "city", ["mahali"] = "place", ["dunia"] = "world", ["ulimwengu"] = "world",
        ["kimataifa"] = "international", ["umbali"] = "distance", ["lugha"] = "language", ["huru"] = "independent",
        ["raia"] = "citizens", ["balozi"] = "ambassador", ["maandamano"] = "protests", ["bei"] = "price", ["kubwa"] = "big", ["urusi"] = "Russia", ["warusi"] = "Russians", ["jojia"] = "Georgia",
        ["marekani"] = "US", ["amerika"] = "America", ["ulaya"] = "Europe", ["uswisi"] = "Switzerland", ["jeneva"] = "Geneva",
        ["moskwa"] = "Moscow", ["moskow"] = "Moscow", ["kremli"] = "Kremlin", ["krimea"] = "Crimea", ["ukreni"] = "Ukraine",
        ["uchina"] = "China", ["kusini"] = "south", ["kaskazini"] = "north", ["abkazia"] = "Abkhazia", ["osetia"] = "Ossetia",
        ["mkutano"] = "meeting", ["mikutano"] = "meetings", ["mazungumzo"] = "talks", ["majadiliano"] = "negotiations",
        ["awamu"] = "round", ["duru"] = "round", ["kikao"] = "session", ["vikao"] = "sessions",
        // Months and numbers.
        ["januari"] = "January", ["februari"] = "February", ["machi"] = "March", ["aprili"] = "April", ["mei"] = "May",
        ["juni"] = "June", ["julai"] = "July", ["agosti"] = "August", ["septemba"] = "September", ["oktoba"] = "October",
        ["novemba"] = "November", ["desemba"] = "December", ["moja"] = "one", ["mbili"] = "two", ["tatu"] = "three",
        ["nne"] = "four", ["tano"] = "five", ["kumi"] = "ten", ["ishirini"] = "twenty", ["hamsini"] = "fifty",
    };

    // Words neither English nor another reader's language writes. Those one of them shares count with another only:
    // "ni" (Malay, Tagalog, Spanish), "nini" (a voice typist's "Mogherini"), "hii" (a held "hi"), "kwa" ("Bo-kwa"),
    // "kuna" (Croatian), "pesa" (Hinglish), "shukran" (Arabizi), "ama" (Turkish), "dunia" (Malay), "mimi", "yao" and "niko" (names). "sana",
    // which Tagalog, Malay and Arabizi write, is no sign at all: "asante sana" has its "asante".
    private static readonly MarkerWords Markers = new(
    [
        "nani", "lini", "wapi", "ngapi", "mingapi", "gani", "vipi", "ndio", "ndiyo", "sindio", "sindiyo", "kuhusu",
        "hakuna", "iko", "ziko", "uko", "yuko", "huyu", "wewe", "lakini", "katika", "bado", "kweli", "huko",
        "ilikuwa", "walikuwa", "alikuwa", "itakuwa", "kutakuwa", "kwanini", "tafadhali", "asante", "ahsante", "asanteni",
        "kwaheri", "baadaye", "niaje", "msee", "wasee", "manze", "hujambo", "shikamoo", "webale", "habari", "nipe",
        "niambie", "nieleze", "mkataba", "mikataba", "makubaliano", "fedha", "bilioni", "miaka", "mwaka", "mwezi",
        "tarehe", "siku", "ulinzi", "usalama", "jeshi", "majeshi", "vikosi", "mipaka", "mpaka", "msimamo", "serikali",
        "urusi", "marekani", "mkutano", "mazungumzo", "kusini", "nchi", "sehemu", "mji", "mwandishi", "makala",
        "viongozi", "kiongozi", "zipi", "ipi", "yupi", "wangapi", "watu", "kitu", "kutoka", "kulikuwa", "shukrani",
        "unaonaje", "unadhani", "inaitwaje", "unaitwaje", "sijaelewa", "tofauti", "matokeo",
    ],
    [
        "ni", "nini", "hii", "kwa", "kuna", "sasa", "pesa", "ama", "poa", "mambo", "sawa", "hawa", "sisi", "pia", "tena",
        "kama", "aje", "bana", "eti", "rais", "jina", "hali", "dunia", "yake", "yao", "wao", "huu", "mimi", "yeye", "hapa",
        "niko", "hiyo", "hizi", "hizo", "hilo", "shukran",
    ]);

    // A word, or the English of a phrase, marked so that its words are not read again.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+")]
    private static partial Regex Word();

    // "sindio?", "si ndio?", "ama?", "au sio?", "ni kweli?", "right?" at the end: whether it is so.
    [GeneratedRegex(@"[,\s]+(?:si\s*ndi?y?o|sio|siyo|ama|ama\s+sio|au\s+sio|au\s+vipi|ama\s+vipi|ni\s+kweli|kweli|eh)(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    // "ni viongozi gani", "ni rubles ngapi": which, how many of a thing. "siku gani" asks what day, which a phrase reads.
    [GeneratedRegex(@"(?<!\p{L})ni\s+(?!(?:siku|tarehe|mwaka|mwezi)\s)(?<thing>\p{L}+)\s+(?<question>gani|ngapi|mingapi|wangapi)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex WhichOne();

    [GeneratedRegex(@"(?<!\p{L})(?<noun>miaka|mwaka|miezi|siku|bilioni|milioni)\s+(?<number>\d+(?:[.,]\d+)*)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex NumberAfter();

    // "ndio walisign", "ndio itakuwa": "ndio" before a verb says who does it.
    [GeneratedRegex(@"(?<!\p{L})ndi?y?o\s+(?=(?:wa|a|i|u|zi|ya)(?:li|ta|me|na)\p{L}{3,})", RegexOptions.IgnoreCase)]
    private static partial Regex TheOnesWho();

    // "walisign Sokhumi", "ilisainiwa kwa Kremli": the place after a verb of signing, with its "kwa" or without.
    [GeneratedRegex(@"(?<=(?:sign|saini|sainiwa)\s+)(?:kwa\s+|huko\s+)?(?=(?:moscow|moskwa|moskow|kremli|kremlin|sokhumi|sukhumi|tskhinvali|tbilisi|geneva|jeneva)(?!\p{L}))", RegexOptions.IgnoreCase)]
    private static partial Regex SignedIn();

    // "na Abkhazia je?": a follow-up about something else.
    [GeneratedRegex(@"^\W*na\s+(?<subject>[^?]+?)\s+je(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex WhatAbout();

    // "ulitiwa saini" (was put a signature) was signed; "iliunga mkono" (joined hands) supported.
    [GeneratedRegex(@"(?<!\p{L})(?<verb>\p{L}*?)(?:(?<sign>ti(?<passive>wa)?\s+saini)|unga\s+mkono)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex VerbWithNoun();

    // A subject, a tense and a stem: the shape of a Swahili verb ("alisaini", "itaguard", "wanaongelea").
    [GeneratedRegex(@"(?<!\p{L})(?:[aiu]|wa|ki|vi|li|zi|tu|ni|ha|si|ku)(?:li|na|ta|me|sha|ja)\p{L}{3,}", RegexOptions.IgnoreCase)]
    private static partial Regex VerbShape();

    // A subject and an object before a verb that wishes ("wa-fanye", "ni-ende", "i-chukuliwe").
    [GeneratedRegex(@"^(?:a|wa|i|u|ki|vi|li|ya|zi|tu|ni|m|mu)(?:mw|m|wa|ni|ku|tu|i|u|ki|vi|li|ya|zi|ji)?$")]
    private static partial Regex Subjunctive();

    // What comes before a verb's stem: not, a subject, a tense ("li" did, "ta" will, "na" does), a relative and an object.
    [GeneratedRegex(@"^(?:(?<not>ha|si|hawa|hai|hatu)?(?<subject>a|wa|i|u|ki|vi|li|ya|zi|tu|ni|m|mu|ku|n)?(?<tense>li|na|ta|me|sha|lisha|mesha|ja|ki|nge|ka|hu)(?:yo|ye|cho|vyo|zo|lo|po|ko|mo|o)?(?:mw|m|wa|ni|ku|tu|i|u|ki|vi|li|ya|zi|ji)?|(?<subject>ku)(?:ji)?)$")]
    private static partial Regex Prefix();
}
