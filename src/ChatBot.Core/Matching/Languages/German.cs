using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// German as readers in Germany, Austria and Switzerland mix it into English, from Denglisch ("US position zum treaty?",
/// "wann war das signing?") up to whole German questions: "wer hat den Vertrag unterschrieben?" is "who has the treaty
/// signed?", "wie viel Geld bekommt Südossetien?" how much money South Ossetia gets, "Medwedew hat unterschrieben,
/// oder?" "Medvedev has signed, right?" (as "gell?", "ne?", "stimmt's?" and "richtig?" ask too), "worum geht's?" what it
/// is about, "servus", "danke dir", "tschüss" hello, thanks and bye. Umlauts and ß are read as they are typed or as
/// ae/oe/ue/ss ("Suedossetien", "heisst"), inflected adjectives with their endings ("russischen", "georgische"), nouns
/// in the genitive ("Georgiens"), and compounds of two known nouns in English order ("Grenzsoldaten" border soldiers,
/// "Abchasien-Vertrag"). Rewritten word for word before the question is read (the bot reads words, not word order,
/// so a verb at the end or split from its auxiliary is read as well), and only in a message with a word English has
/// not ("wer", "wie", "Vertrag", "unterschrieben", "danke") or two it shares with English, its names or another
/// language ("wer", "der", "die", "das", "mit", "hat"), so that "was", "will", "also", "war", "bald" or "von der Leyen"
/// elsewhere keep their English meaning. Learners' single borrowings ("wann was it signed?") are
/// <see cref="MixedLanguage"/>'s.
/// </summary>
internal static partial class German
{
    /// <summary><paramref name="text"/> with German words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!Markers.AreIn(text) || Dutch.AreIn(text))
        {
            return text;
        }

        text = text.Replace('\u2019', '\'');
        // "9,2 Mrd", "am 17. März": a decimal comma, and the point of a German ordinal before its month.
        text = DecimalComma().Replace(text, ".");
        text = OrdinalDate().Replace(text, "${day} ");
        // "Medwedew hat unterschrieben, oder?", "in Tiflis, gell?", "25 Jahre, stimmt's?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "wann läuft der Vertrag aus?", "erkennt Washington den Vertrag an?": a verb whose particle stands at the end.
        text = SeparatedVerb().Replace(text, m => SeparatedVerbs.GetValueOrDefault(
            $"{m.Groups["verb"].Value.ToLowerInvariant()} {m.Groups["particle"].Value.ToLowerInvariant()}", m.Groups["verb"].Value) + m.Groups["mid"].Value);
        // "was wurde den Georgiern gesagt?": the passive, what they were told.
        text = PassiveSaid().Replace(text, "${aux}${mid}told");
        text = Phrases.InEnglish(text);
        return Word().Replace(text, Translated);
    }

    private static string Translated(Match m)
    {
        var word = m.Value;
        var lower = word.ToLowerInvariant();
        var next = m.Groups["next"].Value.ToLowerInvariant();
        var previous = PreviousWord(m);
        switch (lower)
        {
            // "was wurde gesagt?", "und was hat sie gesagt?" ask what; "was it signed, oder?", "who was the head in Genf?"
            // are English: German's "was" opens a clause or follows a German word.
            // "hat Merkel was gesagt?", "war was Besonderes?": after its subject or "war", something.
            case "was":
                return EnglishAfterWas.Contains(next) || next.EndsWith("ed", StringComparison.Ordinal)
                    || (previous.Length > 0 && !OpensClause(m) && !Words.ContainsKey(previous)) ? word
                    : !OpensClause(m) && (Nouns.Contains(previous) || previous is "war" or "so" or "ist" or "selbst" or "selber" or "auch" or "schon") ? "something" : "what";
            // "wer war dabei?" was; "the war in 2008" is English.
            case "war":
                return EnglishBeforeWar.Contains(previous) ? word : "was";
            // "I am" stays; "am 17. März" is on the.
            case "am":
                return previous is "i" ? word : "on the";
            // "an der Grenze" is at; "an agreement" is English.
            // "Geld an Sokhumi", "die Zusage an Abchasien": to a place.
            case "an":
                return GermanArticles.Contains(next) ? "at" : Places.Contains(next)
                    || next is "sokhumi" or "sukhumi" or "abkhazia" or "tskhinvali" or "georgia" or "russia" ? "to" : word;
            // "was hat sie gesagt?" she; "wann treffen sie sich wieder?" they.
            case "sie":
                return SingularVerbs.Contains(previous) || SingularVerbs.Contains(next) ? "she" : "they";
            // "welche Funktion hat die?", "was meinte die zum Vertrag?", "wie lange gilt der?": a pronoun before no noun.
            case "die" or "der" or "das" when next.Length == 0 || PronounFollowers.Contains(next):
                return lower switch
                {
                    "das" => "that",
                    _ when !SingularVerbs.Contains(previous) => lower == "die" ? "they" : "it",
                    "die" => "she",
                    _ => "he",
                };
            // "Übernimmt Russland die Sicherheit dort?": Russia is responsible for it; "welche Einheiten übernimmt
            // Russland?" still takes units over.
            case "übernimmt" or "uebernimmt" or "ubernimmt" when ProtectionAfter().IsMatch(m.Result("$'")):
                return "is responsible for";
            // "Sieht Georgien das als Annexion?": to see something as is to consider it so.
            case "sieht" or "sehen" when AsAfter().IsMatch(m.Result("$'")):
                return lower == "sieht" ? "considers" : "consider";
            // "Ergebnis der Gespräche", "Teil der Armee": after a noun, the genitive.
            case "der" or "des" when Nouns.Contains(previous) && !Places.Contains(previous):
                return "of the";
        }

        // "Gibt's weitere Treffen?": a capital inside the sentence makes a noun of what is also a verb ("treffen", "fragen").
        if (char.IsUpper(word[0]) && !OpensClause(m) && NounEnglish.TryGetValue(lower, out var noun))
        {
            return noun;
        }

        if (Words.TryGetValue(lower, out var english))
        {
            return english;
        }

        // "gibt's", "haben's": the "es" they lean on adds nothing to a bag of words.
        if (lower.EndsWith("'s", StringComparison.Ordinal) && Words.TryGetValue(lower[..^2], out english))
        {
            return english;
        }

        // "Georgiens", "Russlands": a genitive.
        if (lower.Length > 4 && lower[^1] == 's' && Places.Contains(lower[..^1]) && Words.TryGetValue(lower[..^1], out english))
        {
            return english + "'s";
        }

        // "Transnistrien", "Armenien": a country's German name, as English ends it.
        if (lower.Length > 5 && lower.EndsWith("ien", StringComparison.Ordinal) && char.IsUpper(word[0]))
        {
            return word[..^3] + "ia";
        }

        return Compound(lower) ?? word;
    }

    // "Grenzsoldaten", "Gesprächsrunde", "Militärbudget": two known nouns, the first (with or without its linking "s")
    // in English before the second. Tried only in a German message, for a word the table has not.
    private static string? Compound(string lower)
    {
        if (lower.Length < 7)
        {
            return null;
        }

        for (var i = 3; i <= lower.Length - 3; i++)
        {
            var head = lower[i..];
            if (!Nouns.Contains(head))
            {
                continue;
            }

            var modifier = lower[..i];
            if (CompoundModifiers.ContainsKey(modifier) || Nouns.Contains(modifier))
            {
                return $"{CompoundModifiers.GetValueOrDefault(modifier) ?? NounEnglish[modifier]} {NounEnglish[head]}";
            }

            if (modifier.Length > 3 && modifier[^1] == 's' && Nouns.Contains(modifier[..^1]))
            {
                return $"{NounEnglish[modifier[..^1]]} {NounEnglish[head]}";
            }
        }

        return null;
    }

    // Whether only punctuation stands between the match and the word before it ("Süd-Ossetien, was ist das?").
    private static bool OpensClause(Match m)
    {
        var before = m.Result("$`").AsSpan().TrimEnd();
        return before.Length == 0 || before[^1] is ',' or '.' or ';' or ':' or '!' or '?' or '-' or '(' or '"' or '\'';
    }

    private static string PreviousWord(Match m)
    {
        var before = m.Result("$`").AsSpan().TrimEnd();
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }

        return before[start..].ToString().ToLowerInvariant();
    }

    private static readonly FrozenSet<string> EnglishAfterWas = FrozenSet.Create(StringComparer.Ordinal,
        "it", "there", "he", "she", "this", "that", "they", "signed", "made", "said", "given", "done", "held", "written", "born",
        "a", "an", "about", "told", "paid", "taken", "put", "meant", "on", "in", "at", "for", "not");

    private static readonly FrozenSet<string> EnglishBeforeWar = FrozenSet.Create(StringComparer.Ordinal,
        "the", "a", "this", "that", "of", "after", "before", "during", "since", "civil", "cold", "new", "another");

    private static readonly FrozenSet<string> GermanArticles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "der", "die", "das", "den", "dem", "des", "diese", "dieser", "diesem", "einem", "einer", "eine", "ein", "alle", "uns", "mich", "dich");

    private static readonly FrozenSet<string> SingularVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "hat", "ist", "war", "hatte", "sagte", "sagt", "meinte", "meint", "wird", "wurde", "leitet", "arbeitet");

    // The words after which "die", "der" or "das" stands alone: a preposition, an adverb or a verb, no noun.
    private static readonly FrozenSet<string> PronounFollowers = FrozenSet.Create(StringComparer.Ordinal,
        "sich", "über", "ueber", "an", "zum", "zur", "bei", "beim", "mit", "von", "vom", "in", "im", "am", "auf", "nach", "für", "fuer",
        "denn", "eigentlich", "damals", "da", "dazu", "dann", "so", "noch", "schon", "wirklich", "gesagt", "nochmal", "jetzt",
        "aus", "wieder", "genau", "ne", "als", "überhaupt", "gemacht", "geschrieben", "unterschrieben", "gemeint", "davon", "darüber", "dort");

    // Several words that mean one thing, before the words are read one by one.
    private static readonly Phrasebook Phrases = new(Variants(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        // Questions.
        ["worum geht es"] = "what is it about", ["worum geht's"] = "what is it about", ["worum gehts"] = "what is it about",
        ["um was geht es"] = "what is it about", ["um was geht's"] = "what is it about", ["um was gehts"] = "what is it about",
        ["was geht"] = "what's up", ["wie geht's"] = "how are you", ["wie gehts"] = "how are you", ["wie geht es dir"] = "how are you",
        ["wie viel"] = "how much", ["wie viele"] = "how many", ["wie lange"] = "how long", ["wie oft"] = "how often",
        ["wie alt"] = "how old", ["wie groß"] = "how big", ["wie hoch"] = "how high", ["wie spät"] = "what time",
        ["wie heißt"] = "what is the name of", ["wie heissen"] = "what are the names of", ["wie heißen"] = "what are the names of",
        ["wie nennt man"] = "what is the name of", ["wie wird"] = "how is", ["wer noch"] = "who else", ["wer alles"] = "who",
        ["was ist mit"] = "what about", ["was war mit"] = "what about", ["was ist los"] = "what happened", ["was war los"] = "what happened",
        ["was ist passiert"] = "what happened", ["was passiert"] = "what happens", ["was steht"] = "what does say",
        ["was steht drin"] = "what does it say", ["was steht im vertrag"] = "what does the treaty say",
        ["was steht in dem vertrag"] = "what does the treaty say", ["was steht im abkommen"] = "what does the agreement say",
        ["was steht im artikel"] = "what does the article say", ["was steht im text"] = "what does the text say",
        ["was steht in dem artikel"] = "what does the article say", ["treffen die sich wieder"] = "do they meet again",
        ["treffen sie sich wieder"] = "do they meet again", ["treffen sich wieder"] = "meet again", ["wieder treffen"] = "meet again",
        ["trifft man sich wieder"] = "do they meet again", ["sich wieder treffen"] = "meet again", ["steht drin"] = "it says", ["was hat das mit"] = "what does it have to do with",
        ["damit zu tun"] = "to do with it", ["zu tun"] = "to do with", ["was bedeutet"] = "what does mean", ["was heißt"] = "what does mean",
        ["was soll ich"] = "what should I", ["was soll das"] = "what does it mean", ["was ist damit gemeint"] = "what does it mean", ["gemeint"] = "meant",
        ["gibt es"] = "is there", ["gibt's"] = "is there", ["gibts"] = "is there", ["gab es"] = "was there", ["gab's"] = "was there",
        ["gabs"] = "was there", ["noch nie gehört"] = "never heard of", ["noch nicht"] = "not yet", ["noch nie"] = "never", ["wer oder was"] = "who",
        ["von wem"] = "by whom", ["von wem ist"] = "who wrote", ["von wem stammt"] = "who wrote", ["wer hat das geschrieben"] = "who wrote it",
        ["an der macht"] = "in power", ["an die macht"] = "to power", ["an welchem datum"] = "on what date", ["an welchem tag"] = "on what day", ["welcher tag"] = "what day",
        ["in welchem jahr"] = "in what year", ["fand statt"] = "took place", ["fand die"] = "took place the", ["fand der"] = "took place the",
        ["findet statt"] = "takes place", ["finden statt"] = "take place", ["stattgefunden"] = "took place", ["statt"] = string.Empty,
        ["ist rausgekommen"] = "was the outcome", ["rausgekommen"] = "outcome", ["herausgekommen"] = "outcome",
        ["läuft aus"] = "expires", ["laufen aus"] = "expire", ["zugesagt"] = "pledged", ["zu gesagt"] = "pledged",
        ["erkennt an"] = "recognizes", ["erkennen an"] = "recognize", ["den vorsitz"] = "the chair", ["vorsitz geführt"] = "chaired",
        ["sich beschwert"] = "complained", ["sich gewandt"] = "turned", ["sich geeinigt"] = "agreed",
        ["geht weiter"] = "goes further", ["weiter geht"] = "goes further",
        // "um was gings?", "um was gohts?" (Swiss): what it was or is about; "an wen" to whom; "Angst vor" fear of.
        ["worum ging es"] = "what was it about", ["worum gings"] = "what was it about", ["worum ging's"] = "what was it about",
        ["um was ging es"] = "what was it about", ["um was gings"] = "what was it about", ["um was ging's"] = "what was it about",
        ["um was gohts"] = "what is it about", ["um was gaht's"] = "what is it about", ["worum gohts"] = "what is it about",
        ["an wen"] = "to whom", ["angst vor"] = "fear of", ["am tisch"] = "at the table", ["gemeinsam geleitet"] = "co-chaired",
        ["sonst noch"] = "else", ["noch im amt"] = "still in office", ["wie hoch ist"] = "how much is", ["wie hoch war"] = "how much was",
        ["worum geht es in dem artikel"] = "what is the article about", ["worum geht es im artikel"] = "what is the article about",
        ["worum geht's im artikel"] = "what is the article about", ["um was geht es im artikel"] = "what is the article about",
        ["um was geht es in dem artikel"] = "what is the article about", ["um was gohts i dem artikel"] = "what is the article about",
        // "sowas ähnliches gemacht?" done the like before; "so ein Treffen" such a meeting; "es gab" there was.
        ["sowas ähnliches"] = "something like that", ["so was ähnliches"] = "something like that", ["so ein"] = "such a",
        ["so eine"] = "such a", ["so einen"] = "such a", ["es gab"] = "there was", ["es gibt"] = "there is",
        ["gibt es schon"] = "is there", ["gibt's schon"] = "is there", ["gibts schon"] = "is there",
        ["steht im vertrag was"] = "what does the treaty say", ["steht im abkommen was"] = "what does the agreement say",
        ["steht im artikel was"] = "what does the article say", ["im vergleich zu"] = "compared to", ["im vergleich mit"] = "compared to", ["diesem hier"] = "this one",
        ["was passiert ist"] = "what happened", ["kümmert sich"] = "takes care", ["kümmern sich"] = "take care",
        ["us außenministerium"] = "State Department", ["us-außenministerium"] = "State Department",
        ["amerikanischen außenministerium"] = "State Department", ["amerikanische außenministerium"] = "State Department",
        ["ähnlich wie bei"] = "similar to", ["zusammenfällt"] = "coincides", ["zusammengefallen"] = "coincided",
        ["in welche richtung"] = "in what direction", ["i dem"] = "in the", ["i de"] = "in the", ["i der"] = "in the",
        // Small talk.
        ["wer bist du"] = "who are you", ["was bist du"] = "who are you", ["bist du ein mensch"] = "are you a human",
        ["bist du ein bot"] = "are you a bot", ["was meinst du"] = "what do you think", ["was denkst du"] = "what do you think",
        ["was hältst du von"] = "what do you think of", ["was hältst du davon"] = "what do you think", ["findest du"] = "do you think",
        ["deine meinung"] = "your opinion", ["ihre meinung"] = "your opinion", ["wie funktioniert das"] = "how does this work",
        ["was kann ich dich fragen"] = "what can I ask you", ["was kannst du"] = "what can you do", ["kann ich dich"] = "can I",
        ["vielen dank"] = "thanks", ["danke schön"] = "thanks", ["danke sehr"] = "thanks", ["danke dir"] = "thanks", ["danke euch"] = "thanks",
        ["besten dank"] = "thanks", ["merci vielmal"] = "thanks", ["merci viel mal"] = "thanks", ["herzlichen dank"] = "thanks",
        ["guten tag"] = "hello", ["guten morgen"] = "good morning", ["guten abend"] = "good evening", ["grüß gott"] = "hello",
        ["grüß dich"] = "hello", ["grüezi mitenand"] = "hello", ["hallo zusammen"] = "hello", ["hoi zäme"] = "hello",
        ["gute nacht"] = "good night", ["auf wiedersehen"] = "goodbye", ["auf wiederschauen"] = "goodbye", ["bis später"] = "bye",
        ["bis dann"] = "bye", ["bis bald"] = "bye", ["bis morgen"] = "bye", ["pfiat di"] = "bye", ["pfiat eich"] = "bye",
        ["das war's"] = "that's all", ["das wars"] = "that's all", ["bin dann mal weg"] = "bye", ["bin weg"] = "bye",
        ["wie findest du"] = "what do you think of", ["mit wem rede ich"] = "who am I talking to",
        ["mit wem spreche ich"] = "who am I talking to", ["wie funktionierst du"] = "how do you work", ["mach's gut"] = "bye",
        ["machs gut"] = "bye", ["schönen tag noch"] = "bye", ["bis denne"] = "bye", ["uf widerluege"] = "goodbye",
        ["uf wiederluege"] = "goodbye", ["griaß di"] = "hello", ["grüß euch"] = "hello", ["vielen lieben dank"] = "thanks",
        ["merci vilmal"] = "thanks", ["hohe vertreterin"] = "High Representative", ["hoher vertreter"] = "High Representative",
        ["weißes haus"] = "White House", ["weißen haus"] = "White House", ["weiße haus"] = "White House",
        ["nicht wahr"] = "right", ["ist das so"] = "right", ["stimmt es"] = "is it true", ["stimmt das"] = "is that true",
        ["ist das richtig"] = "is that right", ["vielmal"] = string.Empty, ["vielmals"] = string.Empty,
        // Things.
        ["vereinigte staaten"] = "US", ["vereinten nationen"] = "UN", ["vereinte nationen"] = "UN",
        ["europäische union"] = "EU", ["europäischen union"] = "EU", ["auswärtiges amt"] = "foreign ministry",
        ["zum ersten mal"] = "for the first time", ["ein jahr"] = "a year", ["ende 2017"] = "end of 2017",
    }));

    // Each word or phrase also as it is typed without umlauts and ß: "ae", "oe", "ue", "ss", or the bare vowel.
    private static Dictionary<string, string> Variants(Dictionary<string, string> table)
    {
        foreach (var (word, english) in table.ToList())
        {
            if (word.AsSpan().IndexOfAny("äöüß") >= 0)
            {
                table.TryAdd(word.Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss"), english);
                table.TryAdd(word.Replace("ä", "a").Replace("ö", "o").Replace("ü", "u").Replace("ß", "ss"), english);
            }
        }

        return table;
    }

    // Words that take the endings of an adjective or a noun's plural and cases: each with "e", "en", "er", "es", "em" too.
    private static readonly Dictionary<string, string> Inflected = new(StringComparer.Ordinal)
    {
        ["russisch"] = "Russian", ["georgisch"] = "Georgian", ["südossetisch"] = "South Ossetian", ["abchasisch"] = "Abkhaz",
        ["amerikanisch"] = "American", ["europäisch"] = "European", ["deutsch"] = "German", ["international"] = "international",
        ["militärisch"] = "military", ["finanziell"] = "financial", ["territorial"] = "territorial", ["wirtschaftlich"] = "economic",
        ["nächst"] = "next", ["erst"] = "first", ["letzt"] = "last", ["ander"] = "other", ["weiter"] = "further", ["neu"] = "new",
        ["gut"] = "good", ["schlecht"] = "bad", ["stabil"] = "stable", ["tief"] = "deep", ["ähnlich"] = "similar", ["besonders"] = "special",
        ["gleich"] = "same", ["offiziell"] = "official", ["genau"] = "exact", ["besonder"] = "special", ["abtrünnig"] = "breakaway",
        ["echt"] = "real", ["blöd"] = "stupid", ["solch"] = "such", ["ossetisch"] = "Ossetian", ["eigen"] = "own", ["beschädigt"] = "damaged", ["ganz"] = "whole", ["kurz"] = "short", ["lang"] = "long", ["groß"] = "big", ["klein"] = "small",
        ["strategisch"] = "strategic", ["unabhängig"] = "independent", ["wichtig"] = "important", ["aktuell"] = "current",
        ["dies"] = "this", ["welch"] = "what", ["kein"] = "no", ["mein"] = "my", ["dein"] = "your",
        ["sein"] = "his", ["unser"] = "our", ["beid"] = "both", ["viel"] = "much", ["all"] = "all", ["weitgehend"] = "far-reaching",
    };

    // Nouns, which also make compounds ("Grenz|soldaten", "Gesprächs|runde").
    private static readonly Dictionary<string, string> NounTable = new(StringComparer.Ordinal)
    {
        ["vertrag"] = "treaty", ["verträge"] = "treaties", ["vertrages"] = "treaty", ["vertrags"] = "treaty", ["abkommen"] = "agreement",
        ["pakt"] = "pact", ["vereinbarung"] = "agreement", ["vereinbarungen"] = "agreements", ["abmachung"] = "agreement",
        ["bündnis"] = "alliance", ["allianz"] = "alliance", ["partnerschaft"] = "partnership", ["integration"] = "integration",
        ["artikel"] = "article", ["text"] = "text", ["bericht"] = "report", ["zeitung"] = "newspaper", ["autor"] = "author",
        ["autorin"] = "author", ["verfasser"] = "author", ["journalist"] = "journalist", ["journalistin"] = "journalist",
        ["unterzeichnung"] = "signing", ["unterschrift"] = "signature", ["unterzeichner"] = "signatories", ["datum"] = "date",
        ["tag"] = "day", ["jahr"] = "year", ["jahre"] = "years", ["jahren"] = "years", ["jahrestag"] = "anniversary",
        ["laufzeit"] = "term", ["dauer"] = "duration", ["ort"] = "place", ["gebäude"] = "building", ["stadt"] = "city",
        ["hauptstadt"] = "capital", ["land"] = "country", ["länder"] = "countries", ["ländern"] = "countries", ["region"] = "region",
        ["regionen"] = "regions", ["teil"] = "part", ["ding"] = "thing", ["sache"] = "thing", ["welt"] = "world",
        ["geld"] = "money", ["kohle"] = "money", ["kosten"] = "cost", ["rubel"] = "rubles", ["euro"] = "euros",
        ["milliarde"] = "billion", ["milliarden"] = "billion", ["mrd"] = "billion", ["million"] = "million", ["millionen"] = "million",
        ["mio"] = "million", ["budget"] = "budget", ["haushalt"] = "budget", ["hilfe"] = "help", ["finanzhilfe"] = "financial aid",
        ["grenze"] = "border", ["grenzen"] = "borders", ["lage"] = "situation", ["situation"] = "situation",
        ["schild"] = "sign", ["schilder"] = "signs", ["schildern"] = "signs", ["warnschild"] = "warning sign",
        ["frage"] = "question", ["fragen"] = "questions", ["schutz"] = "protection", ["sicherheit"] = "security",
        ["verteidigung"] = "defence", ["armee"] = "army", ["militär"] = "military", ["streitkräfte"] = "armed forces",
        ["streitkräften"] = "armed forces", ["truppen"] = "troops", ["soldaten"] = "soldiers", ["soldat"] = "soldier",
        ["einheiten"] = "units", ["einheit"] = "unit", ["behörden"] = "agencies", ["manöver"] = "exercises", ["manövern"] = "exercises",
        ["übung"] = "exercise", ["übungen"] = "exercises", ["krieg"] = "war", ["annexion"] = "annexation", ["angliederung"] = "annexation",
        ["besetzung"] = "occupation", ["besatzung"] = "occupation", ["bedrohung"] = "threat", ["gefahr"] = "danger",
        ["annäherung"] = "rapprochement", ["erweiterung"] = "expansion", ["beitritt"] = "accession", ["mitglied"] = "member",
        ["infrastruktur"] = "infrastructure", ["sorge"] = "concern", ["sorgen"] = "concerns", ["bedenken"] = "concerns",
        ["reaktion"] = "reaction", ["reaktionen"] = "reactions", ["stellungnahme"] = "statement", ["erklärung"] = "statement",
        ["statement"] = "statement", ["meinung"] = "opinion", ["position"] = "position", ["haltung"] = "stance", ["kritik"] = "criticism",
        ["protest"] = "protest", ["proteste"] = "protests", ["sanktionen"] = "sanctions", ["rolle"] = "role", ["funktion"] = "role",
        ["job"] = "job", ["amt"] = "office", ["posten"] = "post", ["regierung"] = "government", ["präsident"] = "president",
        ["präsidenten"] = "president", ["präsidentin"] = "president", ["chef"] = "head", ["chefin"] = "head", ["anführer"] = "leader",
        ["führer"] = "leader", ["leiter"] = "head", ["sprecher"] = "spokesman", ["sprecherin"] = "spokeswoman",
        ["botschafter"] = "ambassador", ["botschafterin"] = "ambassador", ["minister"] = "minister", ["ministerin"] = "minister",
        ["ministerium"] = "ministry", ["außenminister"] = "foreign minister", ["außenministerin"] = "foreign minister",
        ["außenministerium"] = "foreign ministry", ["außenministeriums"] = "foreign ministry", ["vizeaußenminister"] = "deputy foreign minister",
        ["delegation"] = "delegation", ["delegationen"] = "delegations", ["vertreter"] = "representatives", ["mensch"] = "human",
        ["menschen"] = "people", ["leute"] = "people", ["leuten"] = "people", ["einwohner"] = "population", ["bevölkerung"] = "population",
        ["sprache"] = "language", ["währung"] = "currency", ["teilnehmer"] = "participants", ["teilnehmern"] = "participants",
        ["vorsitz"] = "chair", ["vorsitzende"] = "chairs", ["vorsitzenden"] = "chairs", ["covorsitzende"] = "co-chairs",
        ["organisation"] = "organization", ["organisationen"] = "organizations", ["gespräch"] = "talk", ["gespräche"] = "talks",
        ["gesprächen"] = "talks", ["verhandlung"] = "negotiation", ["verhandlungen"] = "negotiations", ["diskussion"] = "discussion",
        ["diskussionen"] = "discussions", ["treffen"] = "meeting", ["runde"] = "round", ["sitzung"] = "meeting", ["konferenz"] = "conference",
        ["ergebnis"] = "outcome", ["ergebnisse"] = "outcomes", ["durchbruch"] = "breakthrough", ["entwurf"] = "draft",
        ["überarbeitung"] = "revision", ["änderung"] = "change", ["änderungen"] = "changes", ["unterschied"] = "difference",
        ["unterschiede"] = "differences", ["vergleich"] = "comparison", ["hintergrund"] = "background", ["geschichte"] = "history",
        ["überblick"] = "overview", ["zusammenfassung"] = "summary", ["rede"] = "speech", ["wetter"] = "weather", ["zug"] = "train",
        ["rezept"] = "recipe", ["serie"] = "series", ["referendum"] = "referendum", ["tote"] = "dead", ["toten"] = "dead",
        ["zeremonie"] = "ceremony", ["wirtschaft"] = "economy", ["renten"] = "pensions", ["gehälter"] = "salaries",
        ["löhne"] = "wages", ["investitionen"] = "investment", ["hilfen"] = "aid", ["eingliederung"] = "integration",
        ["militärbasis"] = "military base", ["stützpunkt"] = "base", ["wiedervereinigung"] = "reunification",
        ["anschluss"] = "annexation", ["beziehung"] = "relations", ["beziehungen"] = "relations", ["zusammenarbeit"] = "cooperation",
        ["außenbeauftragte"] = "foreign policy chief", ["außenbeauftragten"] = "foreign policy chief", ["zoll"] = "customs",
        ["angst"] = "fear", ["vorsitzender"] = "chair", ["ko-vorsitzende"] = "co-chairs", ["tippfehler"] = "typo", ["fehler"] = "mistake", ["bot"] = "bot", ["ki"] = "AI", ["thema"] = "topic",
        ["monat"] = "month", ["monate"] = "months", ["monaten"] = "months", ["richtung"] = "direction",
        ["kurs"] = "course", ["abmachungen"] = "agreements", ["gesprächsrunde"] = "round of talks", ["stabilisierung"] = "stabilization", ["termin"] = "date", ["zusage"] = "pledge", ["zusagen"] = "pledges",
        ["staat"] = "state", ["abkommens"] = "agreement", ["zufall"] = "coincidence",
        ["sicherung"] = "security", ["entwicklung"] = "development", ["zusammenhang"] = "context", ["kopie"] = "copy",
        ["partei"] = "party", ["parteien"] = "parties", ["seiten"] = "sides",
        ["integrität"] = "integrity", ["souveränität"] = "sovereignty", ["unabhängigkeit"] = "independence", ["anerkennung"] = "recognition",
    };

    // Places and institutions, which also make compounds ("Krim|annexion").
    private static readonly Dictionary<string, string> PlaceTable = new(StringComparer.Ordinal)
    {
        ["süd"] = "South", ["südossetien"] = "South Ossetia", ["ossetien"] = "Ossetia", ["abchasien"] = "Abkhazia", ["abkhasien"] = "Abkhazia", ["grusinien"] = "Georgia",
        ["tschchinwali"] = "Tskhinvali", ["suchum"] = "Sokhumi", ["georgien"] = "Georgia",
        ["russland"] = "Russia", ["moskau"] = "Moscow", ["tiflis"] = "Tbilisi", ["zchinwali"] = "Tskhinvali", ["suchumi"] = "Sokhumi",
        ["genf"] = "Geneva", ["krim"] = "Crimea", ["kreml"] = "Kremlin", ["brüssel"] = "Brussels", ["ukraine"] = "Ukraine",
        ["amerika"] = "America", ["deutschland"] = "Germany", ["österreich"] = "Austria", ["schweiz"] = "Switzerland",
        ["türkei"] = "Turkey", ["kaukasus"] = "Caucasus", ["europa"] = "Europe",
        ["osze"] = "OSCE", ["uno"] = "UN", ["un"] = "UN", ["nato"] = "NATO",
    };

    private static readonly Dictionary<string, string> WordTable = new(StringComparer.Ordinal)
    {
        // Question words.
        ["wer"] = "who", ["wem"] = "who", ["wessen"] = "whose", ["wann"] = "when", ["wo"] = "where",
        ["woher"] = "where from", ["wohin"] = "where", ["warum"] = "why", ["wieso"] = "why", ["weshalb"] = "why",
        ["weswegen"] = "why", ["wozu"] = "why", ["wie"] = "how", ["wieviel"] = "how much", ["wieviele"] = "how many",
        ["wofür"] = "what for", ["worüber"] = "about what", ["womit"] = "with what", ["worum"] = "about what",
        ["woran"] = "about what", ["wovon"] = "about what",
        // Function words.
        ["der"] = "the", ["die"] = "the", ["das"] = "the", ["den"] = "the", ["dem"] = "the", ["des"] = "of the",
        ["ein"] = "a", ["eine"] = "a", ["einen"] = "a", ["einem"] = "a", ["einer"] = "a", ["eines"] = "a", ["ne"] = "a",
        ["nen"] = "a", ["und"] = "and", ["oder"] = "or", ["aber"] = "but", ["auch"] = "also", ["noch"] = string.Empty,
        ["nicht"] = "not", ["nich"] = "not", ["net"] = "not", ["nix"] = "nothing", ["nichts"] = "nothing", ["mit"] = "with",
        ["von"] = "of", ["vom"] = "of the", ["zu"] = "to", ["zum"] = "to the", ["zur"] = "to the", ["für"] = "for", ["über"] = "about",
        ["bei"] = "at", ["beim"] = "at the", ["im"] = "in the", ["ins"] = "into the", ["auf"] = "on", ["aus"] = "from",
        ["nach"] = "after", ["vor"] = "before", ["vorher"] = "earlier", ["seit"] = "since", ["bis"] = "until", ["zwischen"] = "between",
        ["gegen"] = "against", ["dagegen"] = "against it", ["ohne"] = "without", ["unter"] = "under", ["laut"] = "according to",
        ["gemäß"] = "according to", ["wegen"] = "over", ["um"] = string.Empty, ["pro"] = "per", ["außer"] = "besides",
        ["ich"] = "I", ["du"] = "you", ["er"] = "he", ["es"] = "it", ["wir"] = "we", ["ihr"] = "her", ["mich"] = "me", ["mir"] = "me",
        ["dich"] = "you", ["dir"] = "you", ["ihm"] = "him", ["ihn"] = "him", ["ihnen"] = "them", ["denen"] = "them", ["uns"] = "us",
        ["euch"] = "you", ["sich"] = string.Empty, ["dieser"] = "this", ["diese"] = "these", ["dieses"] = "this",
        ["diesem"] = "this", ["diesen"] = "this", ["jemand"] = "someone", ["irgendwer"] = "anyone", ["irgendwas"] = "anything",
        ["irgendein"] = "any", ["irgendeine"] = "any", ["etwas"] = "something", ["alles"] = "all", ["alle"] = "all",
        ["da"] = "there", ["dort"] = "there", ["hier"] = "here", ["jetzt"] = "now", ["heute"] = "today", ["gestern"] = "yesterday",
        ["morgen"] = "tomorrow", ["damals"] = "back then", ["dann"] = "then", ["schon"] = "already", ["bald"] = "soon", ["später"] = "later",
        ["wieder"] = "again", ["nochmal"] = "again", ["nochmals"] = "again", ["sehr"] = "very", ["mehr"] = "more", ["wenig"] = "little",
        ["ob"] = "whether", ["dass"] = "that", ["daß"] = "that", ["weil"] = "because", ["wenn"] = "if", ["als"] = "as",
        ["wie"] = "how", ["so"] = "so", ["damit"] = "with it", ["dazu"] = "about it", ["darüber"] = "about it", ["davon"] = "of it",
        ["darauf"] = "to it", ["drin"] = "in it", ["dabei"] = "there", ["zusammen"] = string.Empty, ["mitenand"] = string.Empty,
        ["selbst"] = "itself", ["persönlich"] = "personally", ["direkt"] = "directly", ["insgesamt"] = "in total", ["gerade"] = "now",
        ["grad"] = "now", ["komplett"] = "completely", ["wirklich"] = "really", ["offiziell"] = "officially", ["vielleicht"] = "maybe",
        // Fillers.
        ["eigentlich"] = string.Empty, ["überhaupt"] = string.Empty, ["denn"] = string.Empty, ["mal"] = string.Empty,
        ["halt"] = string.Empty, ["eben"] = string.Empty, ["doch"] = string.Empty, ["ja"] = string.Empty, ["naja"] = string.Empty,
        ["ähm"] = string.Empty, ["äh"] = string.Empty, ["bitte"] = "please", ["bitteschön"] = "please", ["pls"] = "please",
        ["ehrlich"] = "honestly", ["einfach"] = "just", ["nur"] = "only", ["kurz"] = string.Empty, ["zsmgefasst"] = "summarised",
        ["zusammengefasst"] = "summarised", ["zusammenfassen"] = "summarise", ["fasse"] = "summarise", ["erklären"] = "explain",
        ["erklär"] = "explain", ["erkläre"] = "explain", ["genau"] = "exactly", ["nein"] = "no", ["okay"] = "ok", ["passt"] = "ok",
        ["super"] = "great", ["hilfreich"] = "helpful", ["toll"] = "great", ["cool"] = "cool", ["stimmt"] = "true",
        // Small talk.
        ["servus"] = "hello", ["moin"] = "hello", ["grüezi"] = "hello", ["hoi"] = "hello", ["salü"] = "hello",
        ["tach"] = "hello", ["griaß"] = "hello", ["danke"] = "thanks", ["dankeschön"] = "thanks", ["merci"] = "thanks",
        ["tschüss"] = "bye", ["tschüs"] = "bye", ["tschau"] = "bye", ["baba"] = "bye", ["ade"] = "bye",
        ["adieu"] = "bye", ["hilfe"] = "help", ["weg"] = "gone",
        // Verbs.
        ["ist"] = "is", ["is"] = "is", ["sind"] = "are", ["waren"] = "were", ["wär"] = "would be", ["wäre"] = "would be",
        ["bist"] = "are", ["bin"] = "am", ["sein"] = "be", ["gewesen"] = "been", ["hat"] = "has", ["haben"] = "have",
        ["hab"] = "have", ["habe"] = "have", ["hast"] = "have", ["hatte"] = "had", ["hatten"] = "had", ["wird"] = "is",
        ["werden"] = "will", ["wurde"] = "was", ["wurden"] = "were", ["worden"] = "been", ["geworden"] = "become",
        ["kann"] = "can", ["kannst"] = "can", ["können"] = "can", ["könnte"] = "could", ["soll"] = "should", ["sollen"] = "should",
        ["sollte"] = "should", ["muss"] = "must", ["müssen"] = "must", ["wollen"] = "want", ["wollte"] = "wanted",
        ["wollten"] = "wanted", ["darf"] = "may", ["geht"] = "goes", ["ging"] = "went", ["gibt"] = "gives", ["gab"] = "gave",
        ["geben"] = "give", ["gegeben"] = "given", ["unterschreiben"] = "sign", ["unterschrieben"] = "signed",
        ["unterschrieb"] = "signed", ["unterschreibt"] = "signs", ["unterzeichnen"] = "sign", ["unterzeichnet"] = "signed",
        ["unterzeichnete"] = "signed", ["unterzeichneten"] = "signed", ["gesigned"] = "signed", ["gesignt"] = "signed",
        ["signiert"] = "signed", ["abgeschlossen"] = "concluded", ["geschlossen"] = "concluded", ["sagen"] = "say",
        ["sagt"] = "says", ["sagte"] = "said", ["sagten"] = "said", ["gesagt"] = "said", ["meint"] = "says", ["meinte"] = "said",
        ["meinten"] = "said", ["meinst"] = "think", ["äußerte"] = "said", ["geäußert"] = "said", ["erklärte"] = "said",
        ["reagieren"] = "react", ["reagiert"] = "reacted", ["reagierte"] = "reacted", ["reagierten"] = "reacted",
        ["versprechen"] = "pledge", ["versprochen"] = "pledged", ["verspricht"] = "pledges", ["versprach"] = "pledged",
        ["zusagen"] = "pledge", ["bekommen"] = "get", ["bekommt"] = "gets", ["bekam"] = "got", ["kriegt"] = "gets",
        ["kriegen"] = "get", ["erhält"] = "receives", ["erhalten"] = "received", ["zahlen"] = "pay", ["zahlt"] = "pays",
        ["gezahlt"] = "paid", ["bezahlt"] = "paid", ["fließen"] = "go", ["fließt"] = "goes", ["fliesst"] = "goes", ["gepumpt"] = "pumped",
        ["kostet"] = "costs", ["gilt"] = "is valid", ["gelten"] = "be valid", ["läuft"] = "runs", ["dauert"] = "lasts",
        ["unbefristet"] = "indefinitely", ["heißt"] = "is called", ["heisst"] = "is called", ["genannt"] = "called",
        ["nennt"] = "calls", ["nennen"] = "call", ["passiert"] = "happened", ["passierte"] = "happened", ["geschehen"] = "happened",
        ["geschrieben"] = "wrote", ["schreiben"] = "write", ["schrieb"] = "wrote", ["verfasst"] = "wrote", ["erwähnt"] = "mentioned",
        ["steht"] = "says", ["stehen"] = "say", ["lesen"] = "read", ["bedeutet"] = "means", ["übernimmt"] = "takes over",
        ["übernehmen"] = "take over", ["schützen"] = "protect", ["schützt"] = "protects", ["bewachen"] = "guard", ["bewacht"] = "guards",
        ["zuständig"] = "responsible", ["verantwortlich"] = "responsible", ["integriert"] = "integrated", ["eingegliedert"] = "integrated",
        ["anerkannt"] = "recognized", ["anerkennen"] = "recognize", ["erkennt"] = "recognizes", ["kritisiert"] = "criticized",
        ["verurteilt"] = "condemned", ["protestiert"] = "protested", ["begrüßt"] = "welcomed", ["unterstützt"] = "supported",
        ["abgelehnt"] = "rejected", ["geleitet"] = "led", ["leitet"] = "leads", ["leitete"] = "led", ["angeführt"] = "led",
        ["teilgenommen"] = "took part", ["vertreten"] = "represented", ["getroffen"] = "met", ["treffen"] = "meet",
        ["trifft"] = "meets", ["diskutiert"] = "discussed", ["besprochen"] = "discussed", ["verhandelt"] = "negotiated",
        ["ausgehandelt"] = "negotiated", ["geeinigt"] = "agreed", ["vereinbart"] = "agreed", ["beschwert"] = "complained",
        ["gewandt"] = "turned", ["gemacht"] = "did", ["machen"] = "do", ["macht"] = "does", ["tun"] = "do", ["getan"] = "done",
        ["geändert"] = "changed", ["stört"] = "bothers", ["stören"] = "bother", ["sehen"] = "see", ["vorgehalten"] = "told",
        ["vorgeworfen"] = "accused", ["gewarnt"] = "warned", ["warnt"] = "warns", ["gehört"] = "belongs", ["gehören"] = "belong",
        ["schlucken"] = "annex", ["annektiert"] = "annexed", ["annektieren"] = "annex", ["erklären"] = "explain",
        ["fragen"] = "ask", ["frag"] = "ask", ["stellen"] = "ask", ["eingeben"] = "type", ["funktioniert"] = "works",
        ["gewinnt"] = "wins", ["gewonnen"] = "won", ["empfiehl"] = "recommend", ["spricht"] = "speaks", ["leben"] = "live",
        ["stationiert"] = "stationed", ["abgezogen"] = "withdrew", ["gekündigt"] = "terminated", ["abgesagt"] = "cancelled",
        ["beschlossen"] = "decided", ["beantragt"] = "applied for", ["veröffentlicht"] = "published", ["erschienen"] = "published",
        ["ratifiziert"] = "ratified", ["benutzt"] = "uses", ["bauen"] = "build", ["vertrieben"] = "expelled", ["verteidigt"] = "defended",
        ["weitermachen"] = "continue", ["gedacht"] = "meant", ["reden"] = "talk", ["redet"] = "talks", ["geredet"] = "talked",
        ["gesprochen"] = "talked", ["sprechen"] = "talk", ["bedroht"] = "threatened", ["besorgt"] = "worried",
        ["weitere"] = "more", ["weiteren"] = "more", ["weiterer"] = "more", ["weiteres"] = "more",
        ["stabiler"] = "more stable", ["tiefer"] = "deeper", ["enger"] = "closer", ["schlechter"] = "worse", ["besser"] = "better",
        ["mehr"] = "more", ["weniger"] = "less", ["jene"] = "those", ["jener"] = "that", ["recht"] = "right", ["zeit"] = "time",
        ["los"] = "happened", ["bisher"] = "so far", ["davor"] = "before", ["danach"] = "after", ["fiel"] = "fell", ["geführt"] = "led",
        ["abgegeben"] = "made", ["geantwortet"] = "answered", ["antwortet"] = "answers", ["fährt"] = "leaves", ["finden"] = "find",
        ["bedeutung"] = "meaning", ["seite"] = "side", ["tisch"] = "table", ["mitarbeiter"] = "staff", ["macht"] = "does",
        ["wien"] = "Vienna", ["zürich"] = "Zurich", ["tokio"] = "Tokyo", ["münchen"] = "Munich", ["köln"] = "Cologne",
        ["georgiern"] = "Georgians", ["georgiens"] = "Georgia's", ["russlands"] = "Russia's", ["keine"] = "no", ["keinen"] = "no",
        ["eins"] = "one", ["zwei"] = "two", ["drei"] = "three", ["vier"] = "four", ["fünf"] = "five", ["sechs"] = "six",
        ["sieben"] = "seven", ["acht"] = "eight", ["neun"] = "nine", ["zehn"] = "ten", ["elf"] = "eleven", ["zwölf"] = "twelve",
        ["zwanzig"] = "twenty", ["fünfundzwanzig"] = "twenty-five", ["hundert"] = "hundred", ["tausend"] = "thousand",
        ["bekommen"] = "got", ["geschrieben"] = "written", ["gedeckt"] = "covered", ["gefordert"] = "demanded", ["fordert"] = "demands",
        ["verlangt"] = "demanded", ["gebeten"] = "asked", ["beschuldigt"] = "accused", ["bestätigt"] = "confirmed",
        // Swiss, Austrian and Bavarian forms, and chat spellings.
        ["isch"] = "is", ["unterschriebe"] = "signed", ["gseit"] = "said", ["gmacht"] = "did", ["hät"] = "has", ["händ"] = "have", ["hend"] = "have", ["nöd"] = "not", ["nid"] = "not", ["ned"] = "not",
        ["öppis"] = "something", ["hod"] = "has", ["gsi"] = "been", ["heuer"] = "this year", ["danki"] = "thanks",
        ["tschö"] = "bye", ["tschüssi"] = "bye", ["hallöchen"] = "hello", ["huhu"] = "hello", ["servas"] = "hello",
        ["vlt"] = "maybe", ["evtl"] = "maybe", ["bzw"] = "or", ["zsm"] = string.Empty, ["isses"] = "is it", ["dat"] = "that",
        ["nö"] = "no", ["lieben"] = string.Empty, ["roboter"] = "robot", ["mensch"] = "human",
        ["überwiesen"] = "paid", ["investiert"] = "invested", ["finanziert"] = "financed", ["hilft"] = "helps",
        ["unterstützen"] = "support", ["kritisieren"] = "criticize", ["verurteilen"] = "condemn", ["äußern"] = "say",
        ["erklärt"] = "said", ["betont"] = "stressed", ["befürchten"] = "fear", ["befürchtet"] = "fears", ["schreibt"] = "writes",
        ["berichtet"] = "reports", ["unterzeichneten"] = "signed", ["stellvertretende"] = "deputy", ["stellvertretender"] = "deputy",
        // Words readers write about talks, borders, money and treaties.
        ["sowas"] = "something", ["kam"] = "came", ["kamen"] = "came", ["überarbeitet"] = "revised",
        ["gings"] = "went", ["ähnelt"] = "is similar to", ["ähneln"] = "are similar to", ["inwiefern"] = "how",
        ["beschützen"] = "protect", ["beschützt"] = "protects", ["übernommen"] = "taken over", ["befristet"] = "limited in time",
        ["saß"] = "sat", ["sassen"] = "sat", ["saßen"] = "sat", ["involviert"] = "involved", ["beteiligt"] = "involved",
        ["gemeinsam"] = "jointly", ["verstoßen"] = "violate", ["verstößt"] = "violates", ["verstösst"] = "violates",
        ["irgendwelche"] = "any", ["irgendwelchen"] = "any", ["beruhigt"] = "calmed", ["ruhiger"] = "calmer", ["ruhig"] = "calm",
        ["spielen"] = "play", ["spielt"] = "plays", ["gelöst"] = "resolved", ["lösen"] = "resolve", ["geklärt"] = "resolved",
        ["bereitgestellt"] = "allocated", ["bereitstellen"] = "allocate", ["regiert"] = "governs", ["regieren"] = "govern",
        ["angesprochen"] = "raised", ["aufs"] = "to the", ["übers"] = "about the", ["erzähl"] = "tell", ["erzähle"] = "tell",
        ["erzählen"] = "tell", ["selber"] = "himself", ["lautet"] = "is", ["ausgerechnet"] = string.Empty, ["sonst"] = "else",
        ["vo"] = "of", ["dr"] = "the", ["gohts"] = "goes", ["ihre"] = "her",
        ["leiten"] = "lead", ["widerspricht"] = "contradicts", ["widersprechen"] = "contradict", ["stabilisiert"] = "stabilized",
        ["worauf"] = "on what", ["sauer"] = "angry", ["geholfen"] = "helped", ["kümmert"] = "takes care of",
        ["kümmern"] = "take care of", ["quasi"] = "basically", ["krass"] = string.Empty, ["partnerschafts"] = "partnership",
        ["irgendeinem"] = "any", ["irgendeinen"] = "any", ["irgendeiner"] = "any",
        // Months.
        ["januar"] = "January", ["jänner"] = "January", ["februar"] = "February", ["märz"] = "March", ["mai"] = "May",
        ["juni"] = "June", ["juli"] = "July", ["oktober"] = "October", ["dezember"] = "December",
        // People and their nations.
        ["russen"] = "Russians", ["georgier"] = "Georgians", ["georgierin"] = "Georgian", ["amerikaner"] = "Americans",
        ["amis"] = "Americans", ["usa"] = "US", ["osseten"] = "Ossetians", ["abchasen"] = "Abkhazians", ["italienerin"] = "Italian",
        ["medwedew"] = "Medvedev", ["lawrow"] = "Lavrov", ["karassin"] = "Karasin", ["tibilow"] = "Tibilov", ["putins"] = "Putin's",
    };

    // The first half of a compound as it stands before its second ("Grenz|soldaten", "Warn|schilder").
    private static readonly FrozenDictionary<string, string> CompoundModifiers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["grenz"] = "border", ["warn"] = "warning", ["gesprächs"] = "talks", ["militär"] = "military", ["staats"] = "state",
        ["außen"] = "foreign", ["aussen"] = "foreign", ["sicherheits"] = "security", ["verteidigungs"] = "defence",
        ["partnerschafts"] = "partnership", ["finanz"] = "financial", ["friedens"] = "peace", ["nato"] = "NATO", ["krim"] = "Crimea", ["genfer"] = "Geneva",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> NounEnglish = WithVariants(new Dictionary<string, string>(NounTable.Concat(PlaceTable))).ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Places = WithVariants(PlaceTable).Keys.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Nouns = NounEnglish.Keys.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Words = BuildWords();

    private static FrozenDictionary<string, string> BuildWords()
    {
        var words = new Dictionary<string, string>(WordTable, StringComparer.Ordinal);
        foreach (var (noun, english) in NounTable.Concat(PlaceTable))
        {
            words.TryAdd(noun, english);
        }

        foreach (var (stem, english) in Inflected)
        {
            foreach (var ending in (string[])["", "e", "en", "er", "es", "em"])
            {
                words.TryAdd(stem + ending, english);
            }
        }

        words.TryAdd("genfer", "Geneva");
        return WithVariants(words).ToFrozenDictionary(StringComparer.Ordinal);
    }

    // Each word also as it is typed without umlauts and ß ("suedossetien", "heisst", "fur").
    private static Dictionary<string, string> WithVariants(Dictionary<string, string> table)
    {
        var result = new Dictionary<string, string>(table, StringComparer.Ordinal);
        foreach (var (word, english) in table)
        {
            if (word.AsSpan().IndexOfAny("äöüß") >= 0)
            {
                result.TryAdd(word.Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss"), english);
                result.TryAdd(word.Replace("ä", "a").Replace("ö", "o").Replace("ü", "u").Replace("ß", "ss"), english);
            }
        }

        return result;
    }

    // Dutch and Afrikaans, whose "wie", "die" and "van" are German's too: "wie het die ding geteken?" is none of German's.
    private static readonly MarkerWords Dutch = new(["het", "geteken", "naam", "verdrag", "jy", "hoekom", "waarom", "wanneer", "hoeveel", "wat"], []);

    // Nouns English, its names or the Romance languages spell alike.
    private static readonly HashSet<string> NotMarkers = new(StringComparer.Ordinal)
    {
        "text", "position", "integration", "region", "regionen", "budget", "statement", "job", "euro", "situation", "protest",
        "minister", "delegation", "journalist", "organisation", "serie", "referendum", "land", "chef", "ding", "nato", "ukraine",
        "europa", "amerika", "million", "allianz", "rolle", "funktion", "mensch", "tote", "rede", "zug", "datum", "krieg",
        "posten", "thema", "sorge", "rezept", "autor", "leiter", "sache", "sprecher", "vertreter", "kosten", "kaukasus", "lage",
        "partnerschaft", "protest", "proteste", "kritik", "mitglied", "runde", "teil", "welt", "amt", "organisationen",
        "delegationen", "minister", "ministerin", "treffen", "annexion", "infrastruktur", "moskau", "kreml", "diskussion", "konferenz", "frage", "fragen", "sanktionen",
    };

    // Words English has not: the curated ones below, every word of the tables with an umlaut or ß (and its "ae", "oe",
    // "ue" spelling: "fur" and "uber" are English), and the nouns English has not. Those English, its names or another
    // language share count with another only ("wer", "der", "die", "das", "mit", "hat": "der Spiegel", "das Kapital").
    // "was", "war", "will", "also", "bald", "man", "am", "an", "in", "so", "um", "er", "bin", "den", "du", "ne", "mal",
    // "von", "Rat", "Gift" count not at all: "was the war over?" is English, "von der Leyen" a name, "du" and "ne" French,
    // "den" and "dem" the Caribbean's.
    private static readonly MarkerWords Markers = new(
        OwnMarkers([
            "wer", "wem", "wann", "warum", "wieso", "weshalb", "weswegen", "wie", "wieviel", "wieviele", "welche",
            "welcher", "welches", "welchem", "welchen", "worum", "wozu", "woher", "wohin", "womit", "ist", "sind", "waren",
            "wurde", "wurden", "wird", "werden", "bist", "haben", "hatte", "hatten", "gibt", "gibts", "gab", "gabs", "kann",
            "kannst", "und", "oder", "nicht", "nich", "auch", "noch", "schon", "vom", "zum", "zur", "ein", "eine", "einen",
            "einem", "einer", "ich", "dich", "dir", "mir", "bitte", "danke", "servus", "moin", "tschau", "pfiat", "gell", "stimmt",
            "richtig", "heisst", "gilt", "steht", "passiert", "geschrieben", "unterschrieben", "unterzeichnet", "gesagt",
            "reagiert", "versprochen", "zugesagt", "bekommt", "bekommen", "kriegt", "jahre", "jahren", "geld", "kohle",
            "eigentlich", "nochmal", "nen", "hab", "hast", "nichts", "dass", "weil", "vielen", "guten", "meinst", "findest",
            "passt", "vielmal", "vielmals", "irgendwer", "irgendwas", "irgendein", "irgendeine", "jemand", "gerade", "kostet",
            "ob", "seit", "bei", "beim", "zwischen", "gegen", "wegen", "laut", "sagt", "sagte", "meinte", "gemacht", "macht",
            "wieder", "jetzt", "heute", "gestern", "damals", "dann", "sehr", "denn", "doch", "bisschen", "nur",
            "zwei", "drei", "vier", "zehn", "sich", "euch", "ihm", "ihn", "ihnen", "denen", "dieser", "diese", "dieses",
            "diesem", "diesen", "etwas", "alles", "dort", "dabei", "damit", "dazu", "davon", "darauf", "drin", "selbst",
            "wirklich", "vielleicht", "nein", "befristet", "regiert", "involviert", "inwiefern", "sowas", "tschüss", "ade", "hilfe", "erklär", "erkläre",
            "zeit", "recht", "bisher", "davor", "danach", "gesigned", "gesignt", "signiert", "unbefristet", "zuständig",
            "schützen", "geleitet", "teilgenommen", "vertreten", "geeinigt", "diskutiert", "verhandelt", "erwähnt", "genannt",
            "gehört", "gewonnen", "gewinnt", "empfiehl", "spricht", "leben", "stationiert", "abgezogen", "gekündigt",
            "abgesagt", "beschlossen", "beantragt", "ratifiziert", "benutzt", "bauen", "vertrieben", "verteidigt", "gedacht",
            "redet", "geredet", "gesprochen", "meinung", "isch", "danki", "huhu", "servas", "heuer", "roboter", "deine", "keine", "keinen", "kein", "sein", "seiner", "seine",
        ]),
        ["wer", "der", "die", "das", "mit", "hat", "des", "wo", "im", "kreml", "zusammen", "baba", "tag", "land", "alle", "kurz", "genau", "super", "nach",
         "aus", "auf", "vor", "ja", "ihr", "sie", "es", "er", "als", "wenn", "bis", "dank"]);

    private static IEnumerable<string> OwnMarkers(IEnumerable<string> curated) =>
        curated
            .Concat(Words.Keys.Where(w => !w.All(char.IsAscii)))
            .Concat(WordTable.Keys.Concat(NounTable.Keys).Concat(PlaceTable.Keys).Concat(Inflected.Keys).Where(w => !w.All(char.IsAscii))
                .Select(w => w.Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss")))
            .Concat(NounTable.Keys.Concat(PlaceTable.Keys).Where(w => w.Length >= 4 && w.All(char.IsAscii) && !NotMarkers.Contains(w)))
            // "besonderes", "russischen", "nächste": an adjective with a German ending.
            .Concat(Inflected.Keys.Where(stem => stem is not ("international" or "territorial" or "all")).SelectMany(stem => ((string[])["e", "en", "er", "es", "em"]).Select(ending => stem + ending)));

    private static readonly FrozenDictionary<string, string> SeparatedVerbs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["läuft aus"] = "expires", ["laeuft aus"] = "expires", ["lauft aus"] = "expires", ["laufen aus"] = "expire",
        ["erkennt an"] = "recognizes", ["erkennen an"] = "recognize", ["fand statt"] = "took place", ["fanden statt"] = "took place",
        ["findet statt"] = "takes place", ["finden statt"] = "take place", ["nimmt teil"] = "takes part", ["nehmen teil"] = "take part",
        ["nahm teil"] = "took part", ["nahmen teil"] = "took part", ["kommt raus"] = "comes out", ["kam raus"] = "came out",
        ["kommt heraus"] = "comes out", ["sieht vor"] = "provides", ["sehen vor"] = "provide", ["sah vor"] = "provided",
        ["gibt aus"] = "spends", ["geben aus"] = "spend", ["schlägt vor"] = "proposes", ["schlug vor"] = "proposed",
        ["stimmt zu"] = "agrees", ["stimmen zu"] = "agree", ["sagt zu"] = "pledges", ["sagte zu"] = "pledged",
        // "gehen die Soldaten in die russische Armee über?", "wie lief die Annexion ab?"
        ["gehen über"] = "become part of", ["geht über"] = "becomes part of", ["gehen ueber"] = "become part of",
        ["geht ueber"] = "becomes part of", ["lief ab"] = "happened", ["läuft ab"] = "expires", ["laeuft ab"] = "expires",
        ["lauft ab"] = "expires", ["laufen ab"] = "expire",
        // "fällt das Datum mit einem Jahrestag zusammen?": coincides.
        ["fällt zusammen"] = "coincides", ["faellt zusammen"] = "coincides", ["fallt zusammen"] = "coincides", ["fiel zusammen"] = "coincided",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    [GeneratedRegex(@"\b(?<verb>l(?:ä|ae|a)uft|laufen|erkenn(?:t|en)|fand(?:en)?|find(?:et|en)|nimmt|nehmen|nahm(?:en)?|kommt|kam|sieht|sehen|sah|gibt|geben|schlägt|schlug|stimm(?:t|en)|sag(?:t|te)|geh(?:t|en)|lief|f(?:ä|ae|a)llt|fiel)\b(?<mid>[^?.!]*?)\s+(?<particle>aus|an|statt|teil|raus|heraus|vor|zu|über|ueber|ab|zusammen)(?=\s*(?:,\s*right)?\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex SeparatedVerb();

    // "was wurde den Georgiern vorgeworfen?": what they were told, as the article puts it.
    [GeneratedRegex(@"(?<aux>\bwurden?\b)(?<mid>[^?.!]*?\b)(?:gesagt|vorgeworfen|vorgehalten)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveSaid();

    [GeneratedRegex(@"^[^?.!]*?\b(?:sicherheit|schutz|verteidigung|grenz\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProtectionAfter();

    [GeneratedRegex(@"^[^?.!]*?\sals\s", RegexOptions.IgnoreCase)]
    private static partial Regex AsAfter();

    [GeneratedRegex(@"(?<=\d),(?=\d)")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"\b(?<day>\d{1,2})\.\s*(?=(?:januar|jänner|jaenner|februar|märz|maerz|marz|april|mai|juni|juli|august|september|oktober|november|dezember)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalDate();

    [GeneratedRegex(@"[,\s]+(?:oder|oda|odr|gell|gelle|gäll|gö|ne|nä|nicht|nicht\s+wahr|richtig|stimmt's|stimmts|stimmt\s+das|stimmt\s+doch|oder\s+nicht|oder\s+wie|ja|woll|wa)(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\p{L}+(?:'s)?(?=(?:[^\p{L}]*(?<next>\p{L}+))?)")]
    private static partial Regex Word();
}
