namespace ChatBot.Core.Matching;

/// <summary>Closed word lists of English: words that carry no topic, and chat shorthand worth expanding.</summary>
internal static class WordLists
{
    /// <summary>Function words: ignored for matching (question words are read separately, as <see cref="QuestionType"/>).</summary>
    public static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "about", "into", "over", "under",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "doing", "have", "has",
        "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "i", "me", "my",
        "mine", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its", "we", "our", "they",
        "them", "their", "theirs", "this", "that", "these", "those", "there", "here", "what", "which", "who", "whom",
        "whose", "when", "where", "why", "how", "and", "or", "but", "if", "so", "than", "then", "as", "any", "some",
        "not", "no", "yes", "also", "too", "very", "just", "only", "ever", "much", "many", "s", "t", "d", "ll", "re",
        "ve", "m", "whats", "what's", "who's", "whos", "wheres", "when's", "hows", "it's", "its", "there's", "that's",
        "dont", "don't", "didn't", "didnt", "doesn't", "doesnt", "isn't", "isnt", "wasn't", "wasnt", "u", "ur", "r", "y",
        "such", "own", "same", "each", "both", "all", "either", "while",
        "up", "down", "out", "off", "via", "per", "one's", "ya", "yall",
        "i'm", "im", "i've", "ive", "i'd", "i'll", "you're", "youre", "you've", "you'll", "we're", "we've", "they're",
        "theyre", "they've", "he's", "she's", "won't", "wont", "can't", "cant", "couldn't", "wouldn't", "shouldn't",
        "aren't", "arent", "weren't", "werent", "hasn't", "haven't", "hadn't", "it'll", "that'll", "y'all", "what're",
        "itself", "himself", "herself", "themselves", "yourself", "myself", "ourselves", "whether", "ones",
        "regarding", "concerning", "around", "though", "although", "most", "until", "till", "til",
    };

    /// <summary>Terms of address, filler too: "what was Tbilisi's response, dear?", "thanks, mate".</summary>
    public static readonly HashSet<string> AddressTerms = new(StringComparer.Ordinal)
    {
        "dear", "darling", "mate", "pal", "buddy", "fam", "folks", "gentleman", "fellow", "amigo", "bhai", "bro", "dude", "guys", "sir", "madam",
        "helper", "mr", "mrs", "ms", "signora", "signor", "madame", "monsieur", "herr", "frau",
        // "what is the news here brother", "kardesim, when was it signed?", "wallah i dont understand".
        "brother", "brah", "bruv", "breh", "bestie", "sis", "lad", "lass", "fella", "mucker", "hun", "kardes", "kardesim", "habibi", "hermano", "yaar", "gents", "lads", "wallah", "oye",
        // "who is Mogherini ji?", "ok sir, thank you".
        "ji", "saab", "sahib",
        // "who signed it bredda", "when was it signed, kuya?".
        "bredda", "bredren", "bruv", "yute", "homie", "bestie", "kuya", "pare", "mija", "mijo",
        // The Balkans', Turkey's and Iran's "brother", "my dear": "brate who signed it?", "bre when is the next round",
        // "what say Europe hocam", "dadash how much money".
        "brate", "bratan", "bratok", "bratko", "bre", "hocam", "abla", "dadash", "dadasham", "kako",
    };

    /// <summary>Chat filler and generic verbs: low weight, and never a reason to decline when an intent lacks them.</summary>
    public static readonly HashSet<string> Filler = new(AddressTerms, StringComparer.Ordinal)
    {
        // "what's the name of the treaty eh": a Canadian's or a Caribbean reader's "eh" asks nothing of its own.
        "eh", "please", "pls", "plz", "tell", "know", "wanna", "want", "wants", "wanted", "like", "lol", "yo", "hey", "ok", "okay", "just",
        "really", "actually", "exactly", "article", "story", "news", "piece", "text", "report", "thing", "things",
        "stuff", "mention", "mentioned", "mentions", "according", "question", "quick", "quickly", "hmm", "uh", "um",
        "btw", "basically", "sometime", "anyway", "remind", "wondering", "wonder", "curious", "curiosity", "explain", "info",
        "information", "detail", "details", "exact", "precisely", "specifically", "kind", "sort", "idea", "any", "way",
        "someone", "somebody", "something", "anything", "everything", "anyone", "anybody", "meant", "even", "anywhere",
        // "tell me a little about", "along with the treaty".
        "little", "along",
        // The academic register's function words: "agreed upon", "within the Geneva format", "regarding the treaty",
        // "to what extent". Not "official": "which UN official?" asks for a person.
        "upon", "within", "regarding", "concerning", "extent", "counterparts", "counterpart",
        // An academic's hedges and discourse words, which qualify how a question is asked, not what: "a concise synopsis",
        // "in broad terms", "fairly", "perhaps", "the respective parties", "as the article renders it",
        // "does it indicate", "substantive", "per se". Not "principal", "effectively", "stipulate", "certain", "merely" or
        // "rather": "is it certain the money will be paid?" and "is the treaty merely symbolic?" ask something else without them.
        "concise", "broad", "fairly", "perhaps", "respective", "respectively",
        "substantive", "substantively", "essentially", "renders", "render", "indicate", "indicates", "indicated",
        "specify", "specified", "geographically", "elaborate", "circumstances",
        "quantified", "quantify", "vis", "se", "ought", "regard", "institutional",
        // "with respect to NATO", "in the framework of the discussions", "as the article suggests", "in the Abkhaz case".
        "respect", "reported", "framework", "perspective", "conveys", "convey", "suggest", "suggests", "case", "degree",
        // "whereby units...", "the corresponding Russian structures", "as regards", "the respective entities", "affixed
        // their signatures", "the treaty imposes". Not "concerned", "connection", "drawn" or "margins": measured, they are
        // what some questions ask about; nor "bilateral", the article's word for the border agreements.
        "whereby", "corresponding", "regards", "conveyed", "entities", "affixed", "essential", "temporal",
        "competences", "impose", "imposes", "entrust", "entrusts",
        // Prepositions the stop words lack: "raised during the talks", "alongside the treaty". Not "specific" or "among":
        // measured, "which specific units?" and "is NATO among the co-chairs?" ask something else without them.
        "during", "alongside", "toward", "towards", "without",
        // "what obligations does Moscow undertake?", "the fate of its forces", "absorbed into Russian structures".
        "undertake", "undertakes", "undertook", "fate", "structures", "carries",
        // A diplomat's courtesies and framing: "could you kindly identify", "pray tell", "forgive the general enquiry",
        // "the various responses", "when discussing the pledge", "what does Russia assume".
        "identify", "kindly", "pray", "forgive", "various", "discussing", "assume", "assumes", "contemplated", "essence",
        // A business reader's framing: "quick primer on Abkhazia", "the key stakeholders". Not "walk" (a delegation walks
        // out) or "backstory" (measured: "crimea backstory" then read as the anniversary).
        "primer", "stakeholders",
        // "in what form?", "any form of recognition": how, not what.
        "form",
        "talk", "talking", "talked", "read", "reading", "bot",
        "now", "then", "well", "right", "ah", "oh", "hm", "gonna", "gotta", "kinda", "sorta", "let", "lets", "let's",
        "see", "need", "find", "found", "got", "go", "going", "happen", "happened", "happening", "given",
        "exactly", "precise", "recall", "remember", "forgot", "forget", "clarify",
        "confirm", "summary", "summarize", "summarise", "brief", "briefly", "short", "overall", "main", "key", "point",
        "points", "part", "bit", "lot", "lots", "thx", "thanks", "thank", "time",
        "hi", "hello", "hiya", "howdy", "guy", "fella", "sorry", "confused", "dumb", "stupid", "silly", "heard", "hear",
        "seeing", "seen", "saw", "keep", "lmao", "lmk", "idk", "tbh", "imo", "ngl", "pardon", "excuse",
        "one", "line", "sentence", "simple", "simply", "plain", "nutshell", "words", "wise", "true", "others", "more",
        "mr", "mrs", "ms", "miss", "dr", "kindly", "wait", "basics", "rundown", "recap", "gist", "goes",
        "new", "context", "uninitiated", "newbies", "noobs", "reports", "bother", "bothering", "disturb", "grateful", "appreciated",
        // How the reader refers to the text or to their own checking: "as quoted in the piece", "just checking".
        "quoted", "quote", "quotes", "quoting", "confirming", "verifying", "verify", "checking", "shortly",
        "interested", "attribution", "attribute", "attributing", "purposes", "publishing", "blurb", "wires",
        "unfamiliar", "otherwise", "section", "citation", "footnote", "readout", "speaking", "correct", "relative",
        // Quantifiers of the whole: "the whole Crimea thing", "the entire army".
        "whole", "entire", "totally", "fully", "completely", "entirely", "directly",
        // "what obligations does Russia assume?", "I assume it was signed in Moscow?": taking on is what the answer says.
        "assume", "assumes", "assumed",
        // "I didn't catch the name".
        "catch",
        // How a reader frames the thing asked: "the Geneva format", "raise the matter", "how is it styled", "broadly
        // speaking", "what title does it carry".
        "format", "matter", "styled", "broadly", "carry",
        // Courtesy: "thank you for your patience", "explain it to me gently", "officially speaking".
        "patience", "gently", "officially",
        // Chat interjections: "who tf is tibilov" asks who Tibilov is.
        "tf", "smh", "fr", "istg", "omg", "lowkey", "yeah", "yea", "yep", "yup", "nah", "nope",
        "proper",
        // "the EU stayed silent as usual": the reader's aside on how things go; "in what capacity did he act on this occasion?".
        "usual", "occasion",
        // A newsroom's words for its own work: "need it verbatim for the script", "the lede", "a roundup", "spell it",
        // "nut graf", "for the caption", "hed check", "the sidebar", "spelling of Tibilov?".
        "verbatim", "script", "lede", "standfirst", "roundup", "spell", "spelling", "spelled", "spelt", "graf", "nut", "caption",
        "captions", "hed", "dek", "sidebar", "graphic", "para", "paras", "descriptor",
        // A scholar's connectives: "pursuant to the treaty", "the aforementioned treaty".
        "pursuant", "aforementioned",
        // The sentence particles of a learner from East Asia: "treaty name is what ne?", "who is Psaki desu ka?", "sorry
        // ah, how much lah?", "sumimasen, ...".
        "ne", "desu", "ka", "lah", "leh", "lor", "sumimasen",
        // A sceptic's distance from the claim: "when was it allegedly signed?", "where was it signed, supposedly?". The
        // article's own words for what was claimed ("reportedly", "claimed") are not among them.
        "allegedly", "supposedly", "purportedly", "ostensibly",
    };

    /// <summary>
    /// Who is asking and what for ("my cousin says...", "for my slides", "for a class project"): filler after "my", "our"
    /// or "for a", never what is asked about the article; "who is Psaki's boss?" still asks about a boss.
    /// </summary>
    public static readonly HashSet<string> AskersOwn = new(StringComparer.Ordinal)
    {
        "cousin", "grandson", "granddaughter", "grandma", "grandpa", "grandad", "granddad", "gran", "granny", "nana", "gramps", "grandparents", "uncle", "aunt", "mom", "mum", "dad", "son", "daughter",
        "wife", "husband", "friend", "friends", "colleague", "colleagues", "classmate", "classmates", "teacher", "boss",
        "group", "presentation", "slides", "notes", "essay", "homework", "assignment", "seminar", "class", "project", "thread",
        "channel", "server", "podcast", "newsletter", "post", "students", "readers",
    };

    /// <summary>
    /// Words that open a chat message without adding to it: "ok, and what's it about?" is worded as "what's it about?",
    /// and "so is it signed in Tbilisi?" checks as "is it signed in Tbilisi?" does.
    /// </summary>
    public static readonly HashSet<string> DiscourseMarkers = new(StringComparer.Ordinal)
    {
        "ok", "okay", "so", "and", "hey", "well", "um", "uh", "er", "erm", "hmm", "yo", "oh", "also", "then", "but", "alright", "like", "yeah", "yea", "yep", "yup",
    };

    /// <summary>Auxiliaries that open a yes/no question: "is it...", "did they...", "could it...".</summary>
    public static readonly HashSet<string> YesNoOpeners = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "did", "does", "do", "can", "could", "will", "would", "has", "have",
        "isn't", "isnt", "wasn't", "wasnt", "aren't", "arent", "didn't", "didnt", "doesn't", "doesnt", "hasn't", "hasnt",
    };

    /// <summary>Chat shorthand and common misspellings too short for edit-distance correction.</summary>
    public static readonly Dictionary<string, string> Shorthand = new(StringComparer.Ordinal)
    {
        ["wen"] = "when", ["how'd"] = "how", ["where'd"] = "where", ["when'd"] = "when", ["why'd"] = "why", ["wat"] = "what", ["sey"] = "say", ["sed"] = "said", ["lng"] = "long", ["wut"] = "what", ["mch"] = "much", ["wht"] = "what", ["hw"] = "how", ["whn"] = "when",
        ["wher"] = "where", ["abt"] = "about", ["bout"] = "about", ["ppl"] = "people", ["govt"] = "government",
        ["gov"] = "government", ["ru"] = "russia", ["rf"] = "russia", ["dc"] = "washington", ["abl"] = "border", ["dtg"] = "date", ["bluf"] = "summary", ["sitrep"] = "summary", ["abk"] = "abkhazia", ["geo"] = "georgia", ["ge"] = "georgia", ["intl"] = "international", ["dept"] = "department", ["yr"] = "year", ["yrs"] = "years", ["mil"] = "million", ["bn"] = "billion",
        ["usd"] = "dollars", ["crores"] = "money", ["crore"] = "money", ["lakhs"] = "money", ["lakh"] = "money", ["thru"] = "through", ["tho"] = "though", ["cuz"] = "because",
        ["coz"] = "because", ["bc"] = "because", ["wk"] = "week", ["rn"] = "now", ["w"] = "with", ["n"] = "and",
        ["em"] = "them", ["b4"] = "before", ["subsequent"] = "next", ["proxima"] = "next", ["próxima"] = "next", ["prossima"] = "next", ["prochaine"] = "next", ["prochain"] = "next", ["query"] = "question", ["queries"] = "questions", ["da"] = "the", ["teh"] = "the", ["hte"] = "the", ["wich"] = "which", ["whcih"] = "which", ["hoo"] = "who",
        ["ho"] = "who", ["singed"] = "signed", ["sined"] = "signed", ["tittle"] = "title", ["treat"] = "treaty", ["wo"] = "who", ["wha"] = "what", ["ty"] = "thanks", ["tq"] = "thanks", ["tqvm"] = "thanks", ["rite"] = "right", ["tnx"] = "thanks", ["thnx"] = "thanks", ["thx"] = "thanks", ["nxt"] = "next", ["u"] = "you", ["r"] = "are", ["tldr"] = "summary", ["eli5"] = "explain", ["pls"] = "please", ["smth"] = "something", ["wdym"] = "mean", ["eus"] = "eu", ["natos"] = "nato", ["osces"] = "osce", ["wtf"] = "what", ["wth"] = "what", ["dat"] = "that", ["bil"] = "billion", ["bln"] = "billion", ["mln"] = "million", ["hii"] = "hi", ["hiii"] = "hi", ["heyy"] = "hey", ["heyyy"] = "hey", ["sth"] = "something", ["q"] = "question", ["artcle"] = "article", ["artical"] = "article", ["articel"] = "article",
        // Spelt as it sounds (dyslexic and phonetic spellers): too far from the word for a typo, too common to leave unread.
        ["duz"] = "does", ["dus"] = "does", ["wuz"] = "was", ["waz"] = "was", ["wer"] = "were", ["meen"] = "mean", ["munny"] = "money",
        ["muny"] = "money", ["nekst"] = "next", ["hapend"] = "happened", ["hapened"] = "happened", ["happend"] = "happened",
        ["sez"] = "says", ["becuz"] = "because", ["becos"] = "because", ["bcuz"] = "because", ["enuf"] = "enough", ["wot"] = "what",
        ["jorja"] = "georgia", ["jorjan"] = "georgian", ["jorjia"] = "georgia", ["rusha"] = "russia", ["rushan"] = "russian",
        ["rushia"] = "russia", ["rushian"] = "russian", ["pledj"] = "pledge", ["pleged"] = "pledged", ["abowt"] = "about",
        ["uther"] = "other", ["peepul"] = "people", ["meating"] = "meeting", ["meatings"] = "meetings", ["boarder"] = "border",
        ["boarders"] = "borders", ["sine"] = "sign", ["sines"] = "signs", ["sain"] = "sign", ["saind"] = "signed", ["rote"] = "wrote",
        ["rekognize"] = "recognize", ["agreemint"] = "agreement", ["tritty"] = "treaty", ["treety"] = "treaty", ["treeti"] = "treaty",
        ["milatery"] = "military", ["milltary"] = "military", ["defens"] = "defence", ["securty"] = "security", ["sekurity"] = "security",
        // Spanish chat's thanks, which a typo's edit would read as "grab".
        ["grax"] = "thanks", ["graxx"] = "thanks", ["grasias"] = "thanks",
    };
}
