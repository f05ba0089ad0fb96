using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Albanian as Albanians of Albania, Kosovo and the diaspora mix it into their English chat, from a word up to whole
/// questions, mostly typed without "ë" and "ç": "kush e nënshkroi traktatin?" is "who signed the treaty?", "sa para i dha
/// Rusia Osetisë?" how much money Russia gave Ossetia, "kur u nënshkrua traktati" when the treaty was signed, "si reagoi
/// Gjeorgjia?" how Georgia reacted, "çfarë është Osetia e Jugut?" what South Ossetia is, "cka ndodhi ne Gjeneve?" (Kosovo's
/// "çka") what happened in Geneva, "faleminderit shumë", "flm" thanks. Read word for word with the spelling and lookup of
/// <see cref="Polish"/>: a word whole, then by its longest known stem ("traktati", "traktatin", "traktatit" are the
/// treaty; "nënshkroi", "nënshkrua", "nënshkrimit" signed), with or without its diacritics ("eshte", "cfare", "Gjeneve").
/// The initials are Albanian's own: "BE" the EU, "SHBA" the US, "OKB" the UN, "OSBE" the OSCE, also with a case ending
/// ("NATO-n", "BE-se"). "a" opening a question only asks it ("a e njeh SHBA traktatin?"). Only in a message with a word
/// only Albanian writes ("është", "çfarë", "kush", "nënshkroi", "marrëveshje", "faleminderit") or two it shares with
/// English, Italian, Spanish or the Slavic languages ("para", "rubla", "autori", "tung").
/// </summary>
internal static partial class Albanian
{
    /// <summary><paramref name="text"/> with Albanian words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!Markers.AreIn(text))
        {
            // "tung!": Albanian's hello, a message of its own; in a sentence it may be English or Chinese.
            return Tung().IsMatch(text) ? "hi" : text;
        }

        // "Lavrovi ishte ne Gjeneve?": whether someone the article does not name was there is no question it answers,
        // and read in English ("was Lavrov in Geneva?") it reads as who took part; left unread, it is declined.
        if (NotInTheArticle().IsMatch(text) && !QuestionWord().IsMatch(text))
        {
            return text;
        }

        // "who signed it? vetem Putini?": in an English sentence "a", "i", "me", "do", "per" and "so" are English.
        var english = EnglishWord().IsMatch(text);
        // "kush e nenshkroi, apo jo?", "pra Ruset ua ruajne kufirin, sakte?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "kur ishte firma, ne mars a?": a trailing "a" only asks.
        text = TrailingA().Replace(text, string.Empty);
        // "Sokhumi cfare eshte?", "po Sokhumi kush/cka eshte?": a name before "what is" is what is asked about.
        text = NameWhatIs().Replace(text, "\u0001what is\u0002 ${name}");
        // "a e njeh SHBA traktatin?": "a" opening a question only asks it.
        text = english ? text : OpeningParticle().Replace(text, "${before}");
        // "Osetia e Jugut", "Osetisë së Jugut", "Osetinë e Jugut": South Ossetia in each of its cases.
        text = SouthOssetia().Replace(text, "\u0001South Ossetia\u0002");
        // "cfare tha BE?", "NATO-n", "OSBE-ne": the initials, in capitals, with or without a case ending.
        text = Initials().Replace(text, m => m.Groups["name"].Value switch
        {
            "BE" => "\u0001EU\u0002",
            "SHBA" or "USA" => "\u0001US\u0002",
            "OKB" => "\u0001UN\u0002",
            "OSBE" => "\u0001OSCE\u0002",
            var name => $"\u0001{name}\u0002",
        });
        text = Phrases.InEnglish(text);
        text = Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : english && EnglishToo.Contains(m.Value) ? m.Value
            : Polish.EnglishOf(m.Value, Words, StemTable) ?? m.Value);
        text = Polish.InEnglishOrder(text);
        // "ky pakt a shkon", "ua ruajne": the particles read as nothing leave their spaces.
        text = Spaces().Replace(text, " ");
        // "Osetia eshte shtet apo?": asked by its question mark alone.
        return english ? text : Russian.AskedByItsMark(text);
    }

    // Several words that mean one thing, read before the words one by one; each also typed plain.
    private static readonly Phrasebook Phrases = new(Polish.Marked(new Dictionary<string, string>
    {
        // Question words.
        ["për çfarë flet ky artikull"] = "what is this article about", ["për çfarë flet artikulli"] = "what is the article about",
        ["për çfarë flet"] = "what is about", ["për çka flet"] = "what is about", ["për çfarë bëhet fjalë"] = "what is about",
        ["çfarë është"] = "what is", ["çka është"] = "what is", ["ça është"] = "what is", ["qka është"] = "what is",
        ["kush është"] = "who is", ["kush ishte"] = "who was", ["kush janë"] = "who are", ["kush ishin"] = "who were",
        ["cili është"] = "what is", ["cila është"] = "what is", ["cilat ishin"] = "what were", ["cilët ishin"] = "who were",
        ["si quhet"] = "what is the name of", ["si quhej"] = "what was the name of", ["si i thonë"] = "what is the name of",
        ["si i thone"] = "what is the name of", ["sa vjet"] = "how many years", ["sa vite"] = "how many years",
        ["sa kohë"] = "how long", ["për sa kohë"] = "for how long", ["sa vjeç"] = "how old", ["sa vjec"] = "how old",
        ["deri kur"] = "until when", ["në cilën datë"] = "on what date", ["në cilin vend"] = "in what place",
        ["me kë"] = "with whom", ["me kënd"] = "with whom", ["për kë"] = "for whom", ["për kënd punon"] = "who does work for",
        ["për kë punon"] = "who does work for", ["i përket kujt"] = "belongs to whom", ["kujt i përket"] = "belongs to whom",
        ["do me thënë"] = "does mean", ["do të thotë"] = "does mean", ["do me thene"] = "does mean",
        // What happened, what was done and said.
        ["çfarë ndodhi"] = "what happened", ["çka ndodhi"] = "what happened", ["ça ndodhi"] = "what happened",
        ["çka ka ndodh"] = "what happened", ["çfarë ka ndodhur"] = "what happened", ["çka ndodh"] = "what happens",
        ["çfarë ndodh"] = "what happens", ["ça u bë"] = "what happened", ["ça u bë me"] = "what happened between", ["çfarë u bë"] = "what happened", ["çka u bë"] = "what happened",
        ["çfarë tha"] = "what did say", ["çfarë thanë"] = "what did say", ["çka tha"] = "what did say", ["ça tha"] = "what did say",
        ["çfarë thotë"] = "what does say", ["çka thotë"] = "what does say", ["çfarë deklaroi"] = "what did say",
        ["çfarë bëri"] = "what did do", ["çka bëri"] = "what did do", ["u nënshkrua"] = "was signed", ["u firmos"] = "was signed",
        ["u diskutua"] = "was discussed", ["u vendos"] = "was decided", ["u tha"] = "was said", ["u kërkua"] = "was asked",
        ["mori pjesë"] = "took part", ["morën pjesë"] = "took part", ["mori pjese"] = "took part",
        ["bie ndesh"] = "is contrary to", ["bie në kundërshtim"] = "is contrary to", ["në fund"] = "in the end",
        ["ministria e jashtme"] = "foreign ministry", ["ministrinë e jashtme"] = "foreign ministry",
        ["bashkimi evropian"] = "EU", ["bashkimi europian"] = "EU", ["bashkimit evropian"] = "EU", ["bashkimit europian"] = "EU",
        ["përfaqësuesja e lartë"] = "High Representative", ["përfaqësuesi i lartë"] = "High Representative",
        ["departamenti i shtetit"] = "State Department", ["shtetet e bashkuara"] = "US", ["kombet e bashkuara"] = "UN",
        ["tabelat paralajmëruese"] = "warning signs", ["shenjat paralajmëruese"] = "warning signs",
        ["shenjat e kufirit"] = "border warning signs", ["të njëjtën ditë"] = "same day", ["të njejten dite"] = "same day",
        ["në të njëjtën ditë"] = "on the same day", ["ngritën çështjen"] = "raised the issue", ["ngriten ceshtjen"] = "raised the issue",
        ["ia ngritën çështjen"] = "raised the issue with", ["iu drejtua"] = "appealed to", ["i vuni firmën"] = "signed",
        ["merr përsipër"] = "is responsible for", ["ruajnë kufirin"] = "guard the borders", ["nga ana osetine"] = "on the Ossetian side",
        ["nga ana osetine kush firmosi"] = "who signed on the Ossetian side", ["nga ana osetine kush nënshkroi"] = "who signed on the Ossetian side",
        ["çfarë thotë traktati"] = "what does the treaty say", ["çfarë thotë marrëveshja"] = "what does the treaty say",
        ["çfarë thotë artikulli"] = "what does the article say", ["çka thotë artikulli"] = "what does the article say",
        ["ku e bënë"] = "where did they do", ["ku e bëne"] = "where did they do", ["më thellë"] = "deeper", ["se ai i"] = "than the one of",
        ["si përfunduan bisedimet"] = "how did the talks end", ["si përfunduan"] = "how did end", ["çfarë pune bën"] = "what job does do",
        ["çka pune bën"] = "what job does do", ["s'e kam dëgjuar kurrë"] = "I have never heard of", ["se kam dëgjuar kurrë"] = "I have never heard of",
        ["nju jork"] = "New York", ["raundi tjetër"] = "next round", ["raundi i ardhshëm"] = "next round",
        ["takohen prapë"] = "meet again", ["zhvillimin ekonomik"] = "economic development", ["forcat e armatosura"] = "armed forces",
        ["njësitë ushtarake"] = "military units", ["agjencitë e sigurisë"] = "security agencies",
        // Asking to be told, and the bot.
        ["më thuaj"] = "tell me", ["me thuaj"] = "tell me", ["më trego"] = "tell me", ["trego pak"] = "tell me",
        ["tregom"] = "tell me", ["shpjegoma"] = "explain it to me", ["më shpjegon"] = "explain to me", ["me shpjegon"] = "explain to me",
        ["çfarë mund të të pyes"] = "what can I ask", ["çfarë mund të pyes"] = "what can I ask", ["çka mund të pyes"] = "what can I ask",
        ["çfarë di të bësh"] = "what can you do", ["çka di me bo"] = "what can you do", ["si funksionon"] = "how does it work",
        ["çfarë mendon"] = "what do you think", ["çka mendon"] = "what do you think", ["mendimi yt"] = "your opinion",
        ["çfarë parashikon"] = "what do you predict", ["çfarë je ti"] = "what are you", ["çka je ti"] = "what are you",
        ["kush je ti"] = "who are you", ["je njeri"] = "are you human", ["ti je"] = "are you", ["a je aty"] = "are you there",
        ["je aty"] = "are you there", ["s'kam kohë me lexu"] = "no time to read", ["s'kam kohe me lexu"] = "no time to read",
        // Small talk.
        ["faleminderit shumë"] = "thanks a lot", ["shumë faleminderit"] = "thanks a lot", ["rrofsh"] = "thanks",
        ["natën e mirë"] = "good night", ["mirupafshim"] = "goodbye", ["po iki"] = "bye", ["mirë se erdhe"] = "welcome",
        ["shumë e qartë"] = "very clear", ["si je"] = "how are you", ["kalofsh mirë"] = "goodbye",
        ["ministria e punëve të jashtme"] = "foreign ministry", ["ministri i jashtëm"] = "foreign minister",
        ["integritetin territorial"] = "territorial integrity", ["integriteti territorial"] = "territorial integrity",
    }), hyphens: false);

    // One word each, as written and typed plain: the short words, and those a stem would misread.
    private static readonly Dictionary<string, string> Words = Polish.WithPlain(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Question words, as written and as chat spells them.
        ["kush"] = "who", ["çfarë"] = "what", ["çfar"] = "what", ["qfarë"] = "what", ["qfare"] = "what", ["çka"] = "what",
        ["qka"] = "what", ["ça"] = "what", ["kur"] = "when", ["ku"] = "where", ["sa"] = "how much", ["pse"] = "why", ["si"] = "how",
        ["cili"] = "which", ["cila"] = "which", ["cilët"] = "which", ["cilat"] = "which", ["cilin"] = "which", ["cilën"] = "which",
        ["cilit"] = "which", ["kujt"] = "to whom", ["kë"] = "whom", ["kënd"] = "whom", ["apo"] = "or", ["ose"] = "or",
        // Being, having, doing.
        ["është"] = "is", ["esht"] = "is", ["ishte"] = "was", ["ishin"] = "were", ["janë"] = "are", ["jam"] = "I am", ["je"] = "are",
        ["ka"] = "has", ["kanë"] = "have", ["kishte"] = "had", ["kishin"] = "had", ["pati"] = "had", ["pasur"] = "had", ["do"] = "will",
        ["u"] = "was", ["bë"] = "done", ["bëri"] = "did", ["bënë"] = "did", ["bën"] = "does", ["bëjë"] = "do", ["bëhen"] = "become",
        ["dha"] = "gave", ["dhanë"] = "gave", ["jep"] = "gives", ["japin"] = "give", ["marrë"] = "get", ["mori"] = "got",
        ["tha"] = "said", ["thanë"] = "said", ["thotë"] = "says", ["thonë"] = "say", ["thuaj"] = "tell", ["di"] = "know",
        ["flet"] = "talks", ["folën"] = "talked", ["ndodhi"] = "happened", ["ndodh"] = "happens", ["ndodhur"] = "happened",
        ["zgjat"] = "lasts", ["vlen"] = "valid", ["njeh"] = "recognize", ["njohur"] = "recognized", ["mbron"] = "defends",
        ["ruan"] = "guards", ["ruajnë"] = "guard", ["merr"] = "takes", ["trego"] = "tell", ["shpjego"] = "explain",
        ["mendon"] = "think", ["pyes"] = "ask", ["besh"] = "do", ["bësh"] = "do", ["iki"] = "go", ["jetoj"] = "I live",
        ["degjova"] = "heard", ["dëgjova"] = "heard", ["dëgjuar"] = "heard", ["punon"] = "works", ["mund"] = "can",
        // Function words.
        ["e"] = "the", ["i"] = "the", ["të"] = "the", ["së"] = "the", ["se"] = "that", ["që"] = "that", ["qe"] = "that",
        ["në"] = "in", ["ne"] = "in", ["me"] = "with", ["më"] = "more", ["për"] = "about", ["per"] = "about", ["dhe"] = "and",
        ["edhe"] = "also", ["nga"] = "from", ["pas"] = "after", ["midis"] = "between", ["mes"] = "between", ["ndërmjet"] = "between",
        ["sipas"] = "according to", ["ndaj"] = "to", ["kundër"] = "against", ["nën"] = "under", ["afër"] = "near",
        ["ky"] = "this", ["kjo"] = "this", ["këtë"] = "this", ["këtij"] = "this", ["kësaj"] = "this", ["ktu"] = "here",
        ["këtu"] = "here", ["ajo"] = "she", ["ata"] = "they", ["ato"] = "those", ["keta"] = "these",
        ["këta"] = "these", ["atë"] = "that", ["atij"] = "that", ["asaj"] = "that", ["tyre"] = "their", ["atyre"] = "their",
        ["ia"] = "to", ["iu"] = "to", ["ti"] = "you", ["ty"] = "you", ["unë"] = "I", ["yt"] = "your",
        ["jo"] = "no", ["po"] = "but", ["a"] = "", ["shkon"] = "goes", ["ua"] = "", ["pra"] = "so", ["tani"] = "now", ["sot"] = "today", ["ende"] = "still",
        ["vetëm"] = "only", ["dikush"] = "someone", ["diçka"] = "something", ["dikujt"] = "someone", ["ndonjë"] = "any",
        ["gjë"] = "anything", ["asgjë"] = "nothing", ["tjetër"] = "other", ["tjeter"] = "other", ["prapë"] = "again",
        ["përsëri"] = "again", ["shkurt"] = "briefly", ["thjesht"] = "simply", ["pak"] = "a little", ["saktë"] = "exactly",
        ["sinqerisht"] = "honestly", ["shumë"] = "very", ["shum"] = "very", ["mirë"] = "good", ["keq"] = "bad", ["aty"] = "there",
        ["vlla"] = "bro", ["vëlla"] = "bro", ["lol"] = "lol", ["kurrë"] = "never", ["heret"] = "earlier", ["herët"] = "earlier",
        ["vonë"] = "later", ["fund"] = "end", ["gjithë"] = "all", ["zyrtar"] = "official", ["zyrtare"] = "official",
        // The bot and small talk.
        ["përshëndetje"] = "hello", ["pershendetje"] = "hello", ["tung"] = "hi", ["mirëdita"] = "good afternoon",
        ["mirdita"] = "good afternoon", ["mirëmëngjes"] = "good morning", ["mirëmbrëma"] = "good evening",
        ["faleminderit"] = "thanks", ["falemnderit"] = "thanks", ["flm"] = "thanks", ["tungjatjeta"] = "hello",
        ["çkemi"] = "hi", ["qkemi"] = "hi", ["rrofsh"] = "thanks", ["shihemi"] = "see you", ["natën"] = "night",
        ["njeri"] = "human", ["robot"] = "robot", ["ndihmë"] = "help", ["ndihmo"] = "help", ["qartë"] = "clear",
        ["mendimi"] = "opinion", ["mendim"] = "opinion",
        // Money, time and numbers.
        ["para"] = "money", ["lek"] = "money", ["lekë"] = "money", ["rubla"] = "rubles", ["euro"] = "euros", ["shuma"] = "sum",
        ["vjet"] = "years", ["vite"] = "years", ["vit"] = "year", ["vitin"] = "year", ["vjeç"] = "years old", ["kohë"] = "time",
        ["ditë"] = "day", ["dite"] = "day", ["data"] = "date", ["datë"] = "date", ["datën"] = "date", ["afat"] = "term",
        ["mars"] = "March", ["marsit"] = "March", ["qershor"] = "June", ["qershorit"] = "June", ["korrik"] = "July",
        ["korrikut"] = "July", ["gusht"] = "August", ["gushtit"] = "August", ["përgjithmonë"] = "forever",
        // Names the stems would misread, and initials.
        ["jugut"] = "South", ["jug"] = "south", ["veriut"] = "North", ["nato"] = "NATO", ["rus"] = "Russian", ["ruse"] = "Russian",
        ["rusët"] = "Russia", ["ruset"] = "Russia", ["rusëve"] = "Russians", ["pakt"] = "pact", ["pakti"] = "pact",
        ["paktin"] = "pact", ["paktit"] = "pact", ["bota"] = "world", ["shtet"] = "state", ["shtetit"] = "State",
        ["vete"] = "own", ["vetë"] = "own", ["pjesë"] = "part", ["vend"] = "place", ["qytet"] = "city", ["genf"] = "Geneva",
        ["zvicër"] = "Geneva", ["zvicer"] = "Geneva", ["evropa"] = "Europe", ["europa"] = "Europe", ["amerika"] = "America",
        ["ana"] = "side", ["palët"] = "sides", ["dyja"] = "two", ["dy"] = "two", ["parë"] = "first", ["pare"] = "first",
    });

    // Stems, as written (each also typed plain): a word no whole entry has is read by its longest stem, down to three letters.
    private static readonly Stems StemTable = Polish.PlainStems(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // The treaty and its signing.
        ["traktat"] = "treaty", ["marrëveshj"] = "agreement", ["mareveshj"] = "agreement", ["nënshkro"] = "signed",
        ["nënshkru"] = "signed", ["nënshkrim"] = "signing", ["nënshkrua"] = "signed", ["nenshkr"] = "signed", ["firmos"] = "signed",
        ["firm"] = "signing", ["ceremoni"] = "ceremony", ["emr"] = "name", ["titull"] = "title", ["quaj"] = "called",
        ["vlefshm"] = "valid", ["kohëzgjatj"] = "duration", ["zgjat"] = "lasts", ["aleanc"] = "alliance", ["integrim"] = "integration",
        ["draft"] = "draft", ["ngjashëm"] = "similar", ["ngjashm"] = "similar", ["ndryshim"] = "difference", ["ndryshuan"] = "changed",
        ["krahas"] = "compare", ["thellë"] = "deeper", ["rëndësi"] = "significance", ["lidhj"] = "connection",
        ["përvjetor"] = "anniversary", ["shënon"] = "marked", ["rastësi"] = "coincidence", ["qëllimshm"] = "intentional",
        // The clauses.
        ["mbroj"] = "defence", ["mbrojtj"] = "defence", ["mbron"] = "defends", ["siguri"] = "security", ["kufi"] = "border",
        ["kufij"] = "borders", ["ushtri"] = "army", ["ushtar"] = "soldiers", ["ushtarak"] = "military", ["forc"] = "forces",
        ["njësi"] = "units", ["agjenci"] = "agencies", ["bashkoh"] = "merge", ["bashkim"] = "union", ["përfundoj"] = "end up",
        ["kalojn"] = "pass", ["ruaj"] = "guard", ["përsipër"] = "responsibility",
        // Money.
        ["rubl"] = "rubles", ["miliard"] = "billion", ["milion"] = "million", ["premto"] = "promised", ["premtu"] = "promised",
        ["premtim"] = "pledge", ["financim"] = "funding", ["zhvillim"] = "development", ["ekonomik"] = "economic",
        ["parashikuar"] = "envisaged", ["buxhet"] = "budget",
        // Russia, the Caucasus and the Crimea.
        ["rusi"] = "Russia", ["rusisë"] = "Russia", ["mosk"] = "Moscow", ["oseti"] = "Ossetia", ["osetin"] = "Ossetia",
        ["osetet"] = "Ossetians", ["abkhazi"] = "Abkhazia", ["abhazi"] = "Abkhazia", ["abkhazet"] = "Abkhaz", ["abhazet"] = "Abkhaz",
        ["gjeorgji"] = "Georgia", ["gjeorgjian"] = "Georgian", ["gjeorgjianët"] = "Georgians",
        ["gjenev"] = "Geneva", ["kreml"] = "Kremlin", ["tskhinval"] = "Tskhinvali", ["cchinval"] = "Tskhinvali",
        ["sokhum"] = "Sokhumi", ["suhum"] = "Sokhumi", ["tbilis"] = "Tbilisi", ["krime"] = "Crimea", ["ukrain"] = "Ukraine",
        ["amerik"] = "America", ["amerikan"] = "Americans", ["uashington"] = "Washington", ["europ"] = "Europe",
        ["evrop"] = "Europe", ["kaukaz"] = "Caucasus", ["aneks"] = "annexation", ["aneksim"] = "annexation", ["aneksoi"] = "annexed",
        ["pushtim"] = "occupation", ["luft"] = "war", ["përkist"] = "belonged", ["përket"] = "belongs",
        ["republik"] = "republic", ["rajon"] = "region", ["regjim"] = "regime", ["pavarësi"] = "independence",
        ["shqipëri"] = "Albania", ["kosov"] = "Kosovo", ["gjermani"] = "Germany", ["itali"] = "Italy", ["turqi"] = "Turkey",
        // The reactions.
        ["reago"] = "reacted", ["reagu"] = "reacted", ["reagim"] = "reaction", ["deklaro"] = "said", ["deklarat"] = "statement",
        ["dëno"] = "condemned", ["dënu"] = "condemned", ["kundërshtu"] = "opposed", ["kundërshtim"] = "contrary",
        ["njoh"] = "recognize", ["ndërkombëtar"] = "international", ["ministri"] = "ministry", ["ministr"] = "minister",
        ["jashtm"] = "foreign", ["zëdhënës"] = "spokeswoman", ["sovranitet"] = "sovereignty", ["shkel"] = "violates",
        ["paligjshëm"] = "illegal", ["paligjshm"] = "illegal", ["provokues"] = "provocative", ["okupu"] = "occupied", ["okupim"] = "occupation",
        ["dollar"] = "dollars", ["departament"] = "Department", ["kryetar"] = "leader", ["protest"] = "protests", ["sanksion"] = "sanctions",
        // Geneva.
        ["bisedim"] = "talks", ["diskutim"] = "discussions", ["diskut"] = "discussed", ["takim"] = "meeting", ["takoh"] = "meet",
        ["delegacion"] = "delegation", ["kryeso"] = "chaired", ["bashkëkryesues"] = "co-chair", ["drejto"] = "led",
        ["drejtu"] = "appealed", ["udhëhoq"] = "led", ["udhëheq"] = "leader", ["pjesëmarrës"] = "participants",
        ["organizat"] = "organizations", ["shqetësim"] = "concern", ["shqetëso"] = "worries", ["mërzit"] = "worried",
        ["infrastruktur"] = "infrastructure", ["stërvitj"] = "exercises", ["ushtrim"] = "exercises", ["kërcënim"] = "threat",
        ["situat"] = "situation", ["stabiliz"] = "stabilized", ["qetë"] = "calm", ["tabel"] = "signs", ["shenj"] = "signs",
        ["paralajmër"] = "warning", ["çështj"] = "issues", ["kërku"] = "asked",
        ["përfundu"] = "ended", ["vendos"] = "decided", ["arrit"] = "reached", ["raund"] = "round",
        ["ardhshëm"] = "next", ["ardhshm"] = "next", ["përmend"] = "mention",
        // The article and the people in it.
        ["artikull"] = "article", ["lajm"] = "news", ["autor"] = "author", ["gazetar"] = "journalist", ["gazet"] = "newspaper",
        ["shkro"] = "wrote", ["publiku"] = "published", ["shkru"] = "written", ["lider"] = "leader", ["presiden"] = "president", ["kryeministr"] = "prime minister",
        ["rol"] = "role", ["pozicion"] = "position", ["post"] = "post", ["pun"] = "job", ["sekretar"] = "secretary",
        ["putin"] = "Putin", ["tibilov"] = "Tibilov", ["karasin"] = "Karasin", ["mogherini"] = "Mogherini", ["lavrov"] = "Lavrov",
        ["medvedev"] = "Medvedev", ["psaki"] = "Psaki",
        // The bot and the conversation.
        ["funksion"] = "works", ["përgjigj"] = "answer", ["shpjeg"] = "explain", ["përmbledhj"] = "summary",
        ["sulm"] = "attack", ["parashik"] = "predict", ["bashkohet"] = "will join",
    });

    // Words of the tables English writes too, left as they are in an English sentence ("who signed it? vetem Putini?").
    private static readonly HashSet<string> EnglishToo = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "i", "me", "do", "so", "be", "pas", "data", "euro", "lol", "robot", "draft", "post", "u", "ana", "mars", "fund",
    };

    // Words only Albanian writes, as typed with and without diacritics where the plain form is no other language's
    // word; those it shares with English, Italian, Spanish, Finnish or the Slavic languages ("para", "rubla", "autori",
    // "putinin") count only with a second. Its short words ("si", "sa", "ti", "je", "ku"), Greek's "tha" and "apo" and
    // Tagalog's "nga" are no markers: "ko si ti?" is Serbian, "tha ypografei apo" Greek.
    private static readonly MarkerWords Markers = new(
    [
        // Question words, function words and the verbs every question leans on.
        "kush", "çfarë", "cfare", "çfar", "cfar", "qfare", "çka", "cka", "qka", "pse", "cili", "cila", "cilët", "cilet",
        "cilat", "cilin", "cilën", "cilen", "kujt", "kënd", "kend", "është", "eshte", "ështe", "esht", "ishte", "ishin", "janë", "kishte", "kishin", "thanë", "thane", "thotë", "thote", "thonë", "thone", "thuaj", "ndodhi", "ndodh", "ndodhur",
        "këtë", "kete", "këtij", "ketij", "kësaj", "ktu", "këtu", "ketu", "atyre", "vetëm", "vetem", "dikush",
        "diçka", "dicka", "ndonjë", "ndonje", "tjetër", "tjeter", "prapë", "prape", "saktë", "sakte", "shumë", "shume",
        "sinqerisht", "mendon", "mendimi", "vlla", "kurrë", "kurre", "sipas", "midis", "ndaj", "kundër", "kunder", "aty",
        "trego", "tregom", "shpjego", "shpjegoma", "shpjegon", "quhet", "quhej", "zgjat", "vlen", "njeh", "mbron", "dha",
        "premtoi", "reagoi", "deklaroi", "funksionon", "pyes", "bësh", "besh", "bëri", "beri", "flet", "folën", "folen",
        "jetoj", "degjova", "dëgjova", "degjuar", "dëgjuar", "punon", "heret", "edhe", "dhe", "mirë", "keq",
        // Small talk.
        "përshëndetje", "pershendetje", "tungjatjeta", "falemnderit", "çkemi", "ckemi", "zëdhënësja", "zedhenesja", "mirëdita", "mirdita", "faleminderit", "flm", "rrofsh", "mirupafshim", "shihemi",
        "natën", "naten", "njeri",
        // The article's acts and things.
        "ceremoninë", "ceremonine", "bënë", "nënshkroi", "nenshkroi", "nënshkrua", "nenshkrua", "nënshkruan", "nenshkruan", "nënshkrimit", "nenshkrimit",
        "nënshkrimi", "nenshkrimi", "firmosi", "firmosen", "firmosën", "firmos", "firmës", "traktati",
        "traktatin", "traktatit", "marrëveshje", "marreveshje", "marrëveshja", "marreveshja", "marrëveshjen",
        "marreveshjen", "marrëveshjes", "marreveshjes", "marrëveshjet", "marreveshjet", "artikull", "artikulli", "artikullin",
        "artikullit", "lajmit", "gazetares", "gazetarit", "shkroi", "vjet", "kohë", "vlefshme", "kohëzgjatja", "kohezgjatja",
        "përgjithmonë", "pergjithmone", "afat", "rendesi", "rëndësi", "lidhje", "pervjetori", "përvjetori", "qëllimshme",
        "qellimshme", "aneksoi", "aneksimin", "luftën", "luften", "mbrojtjen", "mbrojtja", "sigurinë", "sigurine", "sigurisë",
        "sigurise", "kufi", "kufiri", "kufirin", "kufirit", "kufijtë", "kufijte", "ushtrinë", "ushtrine", "ushtrisë",
        "ushtrise", "ushtarët", "ushtaret", "ushtarake", "njësitë", "njesite", "agjencitë", "agjencite", "bisedimet",
        "bisedimeve", "bisedime", "takimet", "takimit", "takimi", "takohen", "delegacioni", "delegacionin", "delegacione",
        "kryesoi", "drejtonin", "udhëhoqi", "udhehoqi", "bashkëkryesuese", "bashkekryesuese", "diskutimeve", "shqetësimi",
        "shqetesimi", "shqeteson", "shqetëson", "mërzitur", "merzitur", "reagimet", "ndërkombëtare", "nderkombetare", "dënoi",
        "denoi", "kundërshtua", "kundershtua", "quajti", "raundi", "ardhshëm", "ardhshem", "premtuar", "financime",
        "parashikuar", "zhvillimin", "ngjashme", "ngjashëm", "ngjashem", "ndryshimi", "krahasohet", "ndryshuan",
        "stabilizua", "tabelat", "paralajmëruese", "paralajmeruese", "kërkua", "kerkua", "perfunduan", "përfunduan",
        "arritën", "arriten", "përmenden", "permenden", "kundërshtim", "kundershtim", "integrimi", "pjesëmarrësit",
        "pjesemarresit", "roli", "pozicion", "pozicioni", "regjimi", "ministria", "jashtme", "perket",
        "përket", "perkiste", "përkiste", "sulmoje", "parashikon", "bashkohet", "bashkohen",
        // Places and people as Albanian writes them.
        "rusisë", "rusise", "rusinë", "rusine", "osetisë", "osetise", "osetinë", "jugut", "gjeorgji", "gjeorgjia",
        "gjeorgjisë", "gjeorgjise", "gjeorgjinë", "gjeorgjine", "gjeorgjiane", "gjeorgjian", "gjeorgjianët", "gjeorgjianet",
        "gjenevë", "gjeneve", "gjenevës", "gjeneves", "abkhazisë", "abkhazise", "abkhazinë", "abkhazine", "abhazinë",
        "abhazine", "abhazisë", "abhazise", "krimenë", "krimene", "krimesë", "krimese", "moskës", "moskes",
        "putinit", "ukrainës", "shba", "okb", "osbe", "amerikanët", "amerikanet", "zvicër",
        "bashkimi", "evropian", "përfaqësuesja", "perfaqesuesja", "shqipëri", "shqiperi", "shqiperise", "shqipërisë",
    ],
    ["para", "rubla", "autori", "pakt", "pakti", "miliard", "lek", "gusht", "mars", "ushtare", "jane", "mund", "tyre",
        "firmen", "firmes", "osetine", "mori", "putinin", "tibilovi", "lavrovi", "ukraines", "lideri"]);

    // A word, or the English of a phrase, marked so that its words are not read again.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:the|is|are|was|were|did|does|what|who|when|where|how|which|why|of|and|it|they|this|that|with|for|about|you|can|will|has|have|his|her|their|signed|money|right|name|treaty|please|pls|thanks|bye|hello|hi|happened|tell|more|main|news|here|even|mean)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    // "apo jo?", "sakte?", "a?" at the end: whether it is so.
    [GeneratedRegex(@"(?:[,\s]+(?:apo\s+jo|apo|saktë|sakte|a\s+jo|po|apo\s+si)|,\s*(?:jo|po))(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    // "a" opening a question, or a clause in it ("... ne Gjeneve? a u be me i ngjashem"): it only asks.
    [GeneratedRegex(@"(?<before>(?:^|[.?!;:(,])\W*)a\s+", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningParticle();

    [GeneratedRegex(@"[,\s]+a(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingA();

    // "Sokhumi cfare eshte", "Sokhumi kush/cka eshte": a capitalised name, then what it is.
    [GeneratedRegex(@"(?<name>\p{Lu}\p{Ll}+)\s+(?:(?:kush|çka|cka|çfarë|cfare|cfar|ça|ca)/)?(?:çka|cka|çfarë|cfare|cfar|ça|ca)\s+(?:është|eshte|esht)\b")]
    private static partial Regex NameWhatIs();

    // People the article does not name, as Albanian writes them ("Lavrovi", "Obamës", "Merkelit").
    [GeneratedRegex(@"\b(?:lavrov|obam|merkel|medvedev|kerry|saakashvil|margvelashvil|poroshenk|erdogan|shoigu)\p{L}*", RegexOptions.IgnoreCase)]
    private static partial Regex NotInTheArticle();

    // Albanian's question words: with one, the question asks for what the article may say.
    [GeneratedRegex(@"\b(?:kush|çfarë|cfare|cfar|çka|cka|qka|ça|ca|sa|si|kur|ku|pse|cil\p{L}*|kujt|kë|kend|kënd)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWord();

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\W*tung\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Tung();

    // "Osetia e Jugut", "Osetisë së Jugut", "Osetinë e Jugut", "Osetine te Jugut".
    [GeneratedRegex(@"\boset\p{L}*\s+(?:e|së|se|të|te)\s+jugut\b", RegexOptions.IgnoreCase)]
    private static partial Regex SouthOssetia();

    // "BE", "SHBA", "OKB", "OSBE", "NATO-n", "BE-se", "OSBE-ne": capitals, with a case ending after a hyphen.
    [GeneratedRegex(@"\b(?<name>BE|SHBA|USA|OKB|OSBE|NATO|EU|UN|OSCE)(?:-(?:ja|në|ne|n|së|se|s|ja|ve|të|te))?\b")]
    private static partial Regex Initials();
}
