using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Lithuanian and Latvian as Lithuanians and Latvians mix them into their English chat, from a word up to whole
/// questions: Lithuanian "kas pasirašė sutartį?" is "who signed the treaty?", "kiek pinigų Rusija skirs Pietų Osetijai?"
/// how much money Russia will give South Ossetia, "kada buvo pasirašyta?" when was it signed, "kaip sureagavo Gruzija?"
/// how Georgia reacted, "kas yra Abchazija?" what is Abkhazia, "ačiū labai" thanks a lot; Latvian "kas parakstīja
/// līgumu?" who signed the treaty, "cik naudas Krievija dos Dienvidosetijai?" how much money Russia will give South
/// Ossetia, "kad bus nākamās sarunas Ženēvā?" when will the next talks in Geneva be, "vai tu esi bots?" are you a bot,
/// "liels paldies" thanks a lot. Read word for word with the spelling and lookup of <see cref="Polish"/>: a word whole, then by its
/// longest known stem ("sutartis", "sutartį", "sutarties" are the treaty; "līgums", "līgumu", "līgumam" too), with or
/// without its diacritics ("pasirase", "ligumu", "Zenevoje"). The two share "kas", "kur" and the names, and part where a
/// word means two things: "ir" is Lithuanian "and" and Latvian "is", "ar" a Lithuanian question and Latvian "with", "ka"
/// Lithuanian "what" and Latvian "how"; the tables of the language whose markers the message has are read first. Only in
/// a message with a word only one of them writes ("kiek", "yra", "sutartis", "cik", "līgums", "parakstīja"), two they share
/// with Serbian, Turkish, Estonian or Spanish ("kas", "kur", "kad", "kada", "ir"), or a follow-up they open ("o kas
/// pasirašė?", "un kur?").
/// </summary>
internal static partial class Baltic
{
    /// <summary><paramref name="text"/> with Lithuanian and Latvian words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        var latvian = LatvianMarkers.AreIn(text);
        var lithuanian = LithuanianMarkers.AreIn(text);
        if (!latvian && !lithuanian && !(text.Length < 40 && FollowUp().IsMatch(text)))
        {
            return text;
        }

        // "kas vadovavo delegacijai?" reads Lithuanian first; "kas ir Dienvidosetija?" Latvian.
        var (first, second) = latvian && !lithuanian ? (Latvian, Lithuanian) : (Lithuanian, Latvian);
        // "who signed the sutartis?": in an English sentence "to", "no", "so" and "man" are English.
        var english = EnglishWord().IsMatch(text);
        // "pasirašė Putinas, ar ne?", "25 gadi, vai ne?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "ar ji galioja?", "vai tu esi bots?": a particle opening a question only asks it.
        text = OpeningParticle().Replace(text, "${before}");
        // "ok viskas, iki": "until" at the end of a message takes leave.
        text = Farewell().Replace(text, "bye");
        // "kas yra Psaki?", "kas tas Tibilovas?": "kas" before a person asks who.
        text = WhoIs().Replace(text, "\u0001who is\u0002 ");
        // "ką pasakė ES?", "ko teica ANO?": the initials, in capitals, where "es" is Latvian "I" and "ano" Italian "year".
        text = Initials().Replace(text, m => m.Value switch
        {
            "ES" => "\u0001EU\u0002",
            "JT" or "ANO" => "\u0001UN\u0002",
            "ESBO" or "EDSO" => "\u0001OSCE\u0002",
            _ => "\u0001US\u0002",
        });
        text = first.Phrases.InEnglish(text);
        text = second.Phrases.InEnglish(text);
        text = Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : english && EnglishToo.Contains(m.Value) ? m.Value
            : Polish.EnglishOf(m.Value, first.Words, first.Stems) ?? Polish.EnglishOf(m.Value, second.Words, second.Stems) ?? m.Value);
        text = Polish.InEnglishOrder(text);
        // "Abchazija yra valstybė?": asked by its question mark alone.
        return english ? text : Russian.AskedByItsMark(text);
    }

    /// <summary>One language's phrases, words and stems.</summary>
    private sealed record Tables(Phrasebook Phrases, Dictionary<string, string> Words, Stems Stems);

    private static readonly Tables Lithuanian = new(
        // Several words that mean one thing, read before the words one by one; each also typed plain.
        new Phrasebook(Polish.Marked(new Dictionary<string, string>
        {
            // Question words.
            ["kas yra"] = "what is", ["kas tai"] = "what is", ["kas tai yra"] = "what is", ["kas tas"] = "who is", ["kas ta"] = "who is",
            ["kas toks"] = "who is", ["kas tokia"] = "who is", ["kas buvo"] = "who was", ["kas tu esi"] = "who are you",
            ["kas čia"] = "what is this", ["apie ką"] = "what about", ["apie ką yra"] = "what is about", ["ką reiškia"] = "what does mean",
            ["kaip vadinasi"] = "what is the name of", ["kaip vadinama"] = "what is the name of", ["koks pavadinimas"] = "what is the name",
            ["kiek laiko"] = "how long", ["kiek metų"] = "how many years", ["kuriems metams"] = "for how many years",
            ["kiek pinigų"] = "how much money", ["kiek žmonių"] = "how many people", ["kuo skiriasi"] = "what is the difference between",
            ["kurią dieną"] = "what day", ["kuriais metais"] = "what year", ["su kuo"] = "with whom", ["taip pat"] = "also",
            // What happened, what was done and said: "ką pasakė ES?" what did the EU say.
            ["kas vyko"] = "what happened", ["kas vyksta"] = "what is happening", ["kas nutiko"] = "what happened",
            ["kas įvyko"] = "what happened", ["kas atsitiko"] = "what happened", ["kas bus"] = "what will happen",
            ["ką pasakė"] = "what did say", ["ką sakė"] = "what did say", ["ką sako"] = "what does say", ["ką padarė"] = "what did do",
            ["ką darė"] = "what did do", ["ką nusprendė"] = "what was decided", ["dėl ko susitarė"] = "what was agreed",
            ["pagal sutartį"] = "under the treaty", ["pagal sutartis"] = "under the treaty",
            // Asking to be told, and the bot.
            ["pasakyk man"] = "tell me", ["gal gali pasakyti"] = "can you tell me", ["noriu žinoti"] = "I want to know",
            ["nežinau"] = "I don't know", ["ką gali"] = "what can you do", ["ką moki"] = "what can you do",
            ["ką galima klausti"] = "what can I ask", ["ko galima klausti"] = "what can I ask", ["ką galiu klausti"] = "what can I ask",
            ["kaip tave naudoti"] = "how do I use you", ["kaip naudotis"] = "how do I use you", ["kaip tai veikia"] = "how does it work",
            ["ką manai"] = "what do you think", ["kaip manai"] = "what do you think", ["tavo nuomone"] = "your opinion",
            ["tavo nuomonė"] = "your opinion", ["ar tu botas"] = "are you a bot", ["tu botas"] = "are you a bot",
            ["ar tu robotas"] = "are you a robot", ["tu robotas"] = "are you a robot", ["ar tu žmogus"] = "are you human",
            ["ar tu"] = "are you", ["sakyk atvirai"] = "tell me honestly", ["kas čia per botas"] = "what are you", ["kas te per botas"] = "what are you", ["kas čia per"] = "what is this",
            // Small talk.
            ["laba diena"] = "good afternoon", ["labas rytas"] = "good morning", ["labas vakaras"] = "good evening",
            ["ačiū labai"] = "thanks a lot", ["labai ačiū"] = "thanks a lot", ["didelis ačiū"] = "thanks a lot",
            ["viso gero"] = "goodbye", ["iki pasimatymo"] = "goodbye", ["iki kito karto"] = "bye", ["nėra už ką"] = "you're welcome",
            // The people and places of the article.
            ["pietų osetija"] = "South Ossetia", ["pietų osetijos"] = "South Ossetia", ["pietų osetijai"] = "South Ossetia",
            ["pietų osetiją"] = "South Ossetia", ["pietų osetijoje"] = "South Ossetia", ["šiaurės osetija"] = "North Ossetia",
            ["europos sąjunga"] = "EU", ["europos sąjungos"] = "EU", ["europos sąjungą"] = "EU", ["jungtinės valstijos"] = "US",
            ["jungtinės tautos"] = "UN", ["jungtinių tautų"] = "UN", ["užsienio reikalų ministerija"] = "foreign ministry",
            ["užsienio reikalų ministras"] = "foreign minister", ["užsienio reikalų ministerijos"] = "foreign ministry",
            ["baltieji rūmai"] = "White House", ["generalinis sekretorius"] = "secretary general",
            ["atstovė spaudai"] = "spokeswoman", ["spaudos sekretorė"] = "spokeswoman",
            // The treaty, its clauses and the talks.
            ["ginkluotosios pajėgos"] = "armed forces", ["ginkluotųjų pajėgų"] = "armed forces", ["saugumo struktūros"] = "security agencies",
            ["įspėjamieji ženklai"] = "warning signs", ["strateginė partnerystė"] = "strategic partnership",
            ["teritorinis vientisumas"] = "territorial integrity", ["tarptautinė teisė"] = "international law",
            ["metais anksčiau"] = "a year before", ["ta pačia diena"] = "same day", ["tą pačią dieną"] = "same day",
        }), hyphens: true),
        // One word each, as written and typed plain: the short words, and those a stem would misread.
        Polish.WithPlain(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Question words.
            ["kas"] = "who", ["ką"] = "what", ["ka"] = "what", ["ko"] = "what", ["kada"] = "when", ["kur"] = "where", ["kiek"] = "how much",
            ["kaip"] = "how", ["kodėl"] = "why", ["kam"] = "to whom", ["kuris"] = "which", ["kuri"] = "which", ["kurie"] = "which", ["kurią"] = "which",
            ["koks"] = "what", ["kokia"] = "what", ["kokie"] = "what", ["kokį"] = "what", ["kokios"] = "what", ["kokią"] = "what",
            ["kieno"] = "whose", ["kuo"] = "what", ["ar"] = "or", ["arba"] = "or",
            // Being, having, doing.
            ["yra"] = "is", ["buvo"] = "was", ["bus"] = "will be", ["esi"] = "are you", ["esu"] = "am", ["nėra"] = "is not",
            ["turi"] = "has", ["turės"] = "will have", ["turėjo"] = "had", ["gali"] = "can", ["galima"] = "can",
            ["duos"] = "will give", ["davė"] = "gave", ["duoda"] = "gives", ["duoti"] = "give", ["gaus"] = "will get",
            ["gavo"] = "got", ["gauna"] = "gets", ["gauti"] = "get", ["gins"] = "will defend", ["ginti"] = "defend", ["gina"] = "defends",
            ["vyko"] = "happened", ["vyksta"] = "is happening", ["įvyko"] = "happened", ["nutiko"] = "happened", ["truks"] = "will last",
            ["skirs"] = "will give", ["skyrė"] = "gave", ["skiria"] = "gives", ["skiriasi"] = "differs", ["padėjai"] = "you helped",
            // Function words.
            ["tas"] = "the", ["ta"] = "the", ["tą"] = "the", ["to"] = "the", ["tai"] = "it", ["tos"] = "the", ["tuo"] = "it",
            ["šis"] = "this", ["ši"] = "this", ["šį"] = "this", ["šitas"] = "this", ["šita"] = "this", ["šitą"] = "this",
            ["šios"] = "this", ["šio"] = "this", ["tu"] = "you", ["tave"] = "you", ["tau"] = "you", ["aš"] = "I", ["man"] = "me",
            ["mes"] = "we", ["jis"] = "he", ["ji"] = "it", ["jie"] = "they", ["jos"] = "her", ["jo"] = "his", ["jų"] = "their",
            ["tavo"] = "your", ["ne"] = "no", ["taip"] = "yes", ["ir"] = "and", ["o"] = "and", ["bet"] = "but", ["su"] = "with",
            ["apie"] = "about", ["iš"] = "from", ["į"] = "to", ["per"] = "through", ["po"] = "after", ["prieš"] = "against",
            ["pagal"] = "under", ["už"] = "for", ["dėl"] = "about", ["tarp"] = "between", ["nuo"] = "from", ["iki"] = "until",
            ["prie"] = "to", ["be"] = "without", ["irgi"] = "also", ["dar"] = "still", ["jau"] = "already",
            ["tik"] = "only", ["kad"] = "that", ["nes"] = "because", ["tada"] = "then", ["dabar"] = "now", ["šiandien"] = "today",
            ["vėliau"] = "later", ["anksčiau"] = "before", ["daugiau"] = "more", ["labai"] = "very", ["tikrai"] = "really",
            ["tiksliai"] = "exactly", ["oficialiai"] = "officially", ["asmeniškai"] = "personally", ["atvirai"] = "honestly",
            ["trumpai"] = "briefly", ["kažką"] = "something", ["kažkas"] = "someone", ["nieko"] = "nothing", ["viskas"] = "that's all",
            ["viską"] = "all", ["visi"] = "all", ["panašaus"] = "similar", ["panaši"] = "similar", ["panašią"] = "similar",
            ["tiesa"] = "true", ["gerai"] = "ok", ["čia"] = "here",
            // The bot and small talk.
            ["labas"] = "hello", ["labukas"] = "hello", ["sveikas"] = "hello", ["sveiki"] = "hello", ["ačiū"] = "thanks",
            ["dėkui"] = "thanks", ["dėkoju"] = "thank you", ["sudie"] = "bye", ["prašau"] = "please", ["pagalba"] = "help",
            ["žmogus"] = "human", ["robotas"] = "robot", ["botas"] = "bot", ["nuomonė"] = "opinion", ["santrauka"] = "summary",
            // Money, time and numbers.
            ["mlrd"] = "billion", ["mln"] = "million", ["metai"] = "years", ["metų"] = "years", ["metus"] = "years",
            ["metams"] = "years", ["metais"] = "year", ["diena"] = "day", ["dieną"] = "day", ["data"] = "date", ["datą"] = "date",
            ["sausio"] = "January", ["vasario"] = "February", ["kovo"] = "March", ["kovą"] = "March", ["balandžio"] = "April",
            ["gegužės"] = "May", ["birželio"] = "June", ["liepos"] = "July", ["liepą"] = "July", ["rugpjūčio"] = "August",
            ["rugpjūtį"] = "August", ["rugsėjo"] = "September", ["rugsėjį"] = "September", ["spalio"] = "October",
            ["lapkričio"] = "November", ["gruodžio"] = "December",
            // Names the stems would misread, and initials.
            ["pietų"] = "South", ["šiaurės"] = "North", ["jav"] = "US", ["esbo"] = "OSCE",
            ["nato"] = "NATO", ["kinija"] = "China", ["kinijos"] = "China", ["karas"] = "war", ["karo"] = "war", ["kare"] = "war",
            ["ratas"] = "round", ["rato"] = "round", ["ratą"] = "round", ["raundas"] = "round", ["kitas"] = "next", ["kitą"] = "next",
            ["kito"] = "next", ["kitos"] = "other", ["kitų"] = "other", ["kiti"] = "other", ["šalys"] = "countries", ["šalis"] = "country",
            ["rusai"] = "Russians", ["rusus"] = "Russians", ["rusų"] = "Russian", ["atstovams"] = "to representatives",
        }),
        // Stems, as written (each also typed plain): a word no whole entry has is read by its longest stem, down to three letters.
        Polish.PlainStems(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // The treaty and its signing.
            ["sutart"] = "treaty", ["sutarč"] = "treaties", ["susitarim"] = "agreement", ["susitar"] = "agreed", ["paktas"] = "pact",
            ["sąjung"] = "alliance", ["integracij"] = "integration", ["partneryst"] = "partnership", ["strategin"] = "strategic",
            ["pasiraš"] = "signed", ["pasirašym"] = "signing", ["parašas"] = "signature", ["paraš"] = "wrote", ["vadin"] = "called",
            ["pavadinim"] = "name", ["tekst"] = "text", ["projekt"] = "draft", ["galioj"] = "is valid", ["galios"] = "will be valid",
            ["galiojim"] = "term", ["trunk"] = "lasts", ["baigs"] = "expires", ["pratęs"] = "extended", ["ratifikav"] = "ratified",
            ["kreml"] = "Kremlin",
            // The clauses.
            ["gynyb"] = "defence", ["apgin"] = "defend", ["saugo"] = "protect", ["apsaug"] = "protection", ["užtikrin"] = "ensure",
            ["saugum"] = "security", ["sien"] = "border", ["pasieni"] = "border", ["kariuomen"] = "army", ["karin"] = "military",
            ["karių"] = "soldiers", ["kariai"] = "soldiers", ["ginkluot"] = "armed", ["struktūr"] = "agencies",
            ["muitin"] = "customs", ["atsaking"] = "responsible", ["prisijung"] = "join", ["prijung"] = "incorporated",
            ["sujung"] = "merged", ["dalis"] = "part", ["dalimi"] = "part",
            // Money.
            ["pinig"] = "money", ["milijard"] = "billion", ["milijon"] = "million", ["rubl"] = "rubles",
            ["dolerių"] = "dollars", ["biudžet"] = "budget", ["pažad"] = "pledged", ["žadėj"] = "promised", ["mokė"] = "pay",
            ["sumokė"] = "paid", ["finansav"] = "funding", ["investicij"] = "investment", ["plėtr"] = "development", ["kainav"] = "cost",
            // Russia, the Caucasus and the Crimea.
            ["rusij"] = "Russia", ["rusišk"] = "Russian", ["maskv"] = "Moscow", ["osetij"] = "Ossetia", ["osetin"] = "Ossetian",
            ["abchazij"] = "Abkhazia", ["abchaz"] = "Abkhaz", ["gruzij"] = "Georgia", ["gruzin"] = "Georgian", ["cchinval"] = "Tskhinvali",
            ["suchum"] = "Sokhumi", ["sukhum"] = "Sokhumi", ["tbilis"] = "Tbilisi", ["krym"] = "Crimea", ["ukrain"] = "Ukraine",
            ["amerik"] = "America", ["amerikieč"] = "Americans", ["europ"] = "Europe", ["briusel"] = "Brussels",
            ["vašington"] = "Washington", ["ženev"] = "Geneva", ["kaukaz"] = "Caucasus", ["užkaukaz"] = "Transcaucasia",
            ["lietuv"] = "Lithuania", ["latvij"] = "Latvia", ["aneksij"] = "annexation", ["aneksav"] = "annexed",
            ["okupacij"] = "occupation", ["okupuot"] = "occupied", ["metin"] = "anniversary", ["konflikt"] = "conflict",
            ["regio"] = "region", ["miest"] = "city", ["pasaul"] = "world", ["respublik"] = "republic", ["nepriklausom"] = "independence",
            ["gyventoj"] = "inhabitants", ["kalb"] = "language", ["valdž"] = "government", ["vyriausyb"] = "government",
            ["valstyb"] = "state", ["ryš"] = "connection",
            // The reactions.
            ["reakcij"] = "reaction", ["reag"] = "reacted", ["sureag"] = "reacted", ["pasak"] = "said", ["sakė"] = "said",
            ["sako"] = "says", ["kalbėj"] = "spoke", ["teig"] = "stated", ["pareišk"] = "statement", ["paskelb"] = "announced",
            ["komentav"] = "commented", ["pasmerk"] = "condemned", ["smerk"] = "condemns", ["kritikav"] = "criticized",
            ["pripaž"] = "recognize", ["palaik"] = "support", ["protestav"] = "protested", ["skundė"] = "complained",
            ["įspėj"] = "warning", ["reikalav"] = "demanded", ["prašė"] = "asked", ["paprašė"] = "asked", ["pozicij"] = "position",
            ["sankcij"] = "sanctions", ["padar"] = "did",
            // Geneva.
            ["deryb"] = "talks", ["pokalb"] = "talks", ["susitik"] = "meeting", ["posėd"] = "session", ["delegacij"] = "delegation",
            ["atstov"] = "representatives", ["pirmininkav"] = "chaired", ["pirminink"] = "chair", ["vadovav"] = "led",
            ["vadov"] = "leader", ["dalyv"] = "took part", ["ženkl"] = "signs", ["situacij"] = "situation", ["padėt"] = "situation",
            ["stabil"] = "stable", ["rezultat"] = "outcome", ["nusprend"] = "decided", ["pratyb"] = "exercises", ["grėsm"] = "threat",
            ["nerim"] = "concerns", ["bijo"] = "fear", ["planuoj"] = "planned",
            // The article and the people in it.
            ["straipsn"] = "article", ["autori"] = "author", ["rašo"] = "writes", ["žurnalist"] = "journalist", ["laikrašt"] = "newspaper",
            ["mini"] = "mentions", ["paminė"] = "mentioned", ["reišk"] = "mean", ["minist"] = "minister", ["ministerij"] = "ministry",
            ["prezident"] = "president", ["premjer"] = "prime minister", ["lyder"] = "leader", ["sekretor"] = "secretary",
            ["pareig"] = "job", ["politik"] = "politician", ["gimė"] = "born", ["putin"] = "Putin", ["tibilov"] = "Tibilov",
            ["karasin"] = "Karasin", ["mogerini"] = "Mogherini", ["medvedev"] = "Medvedev", ["lavrov"] = "Lavrov",
            // The bot and the conversation.
            ["naudo"] = "use", ["galvo"] = "think", ["klaus"] = "ask", ["pasikeit"] = "changed",
            ["palygin"] = "compare", ["detal"] = "details", ["skirtum"] = "difference", ["panaš"] = "similar",
        }));

    private static readonly Tables Latvian = new(
        // Several words that mean one thing, read before the words one by one; each also typed plain.
        new Phrasebook(Polish.Marked(new Dictionary<string, string>
        {
            // Question words.
            ["kas ir"] = "what is", ["kas tas ir"] = "what is", ["kas tā ir"] = "what is", ["kas tas"] = "who is",
            ["kas tā"] = "who is", ["kas bija"] = "who was", ["kas tu esi"] = "who are you", ["par ko"] = "what about",
            ["par ko ir"] = "what is about", ["ko nozīmē"] = "what does mean", ["kā sauc"] = "what is the name of",
            ["kā saucas"] = "what is the name of", ["kāds ir nosaukums"] = "what is the name", ["cik ilgi"] = "how long",
            ["cik ilgs"] = "how long", ["uz cik gadiem"] = "for how many years", ["cik gadus"] = "how many years",
            ["cik gadiem"] = "how many years", ["cik gadi"] = "how many years", ["cik naudas"] = "how much money", ["kaut ko"] = "something", ["kāds cits"] = "someone",
            ["cik cilvēku"] = "how many people", ["kurā dienā"] = "what day", ["kurā gadā"] = "what year", ["ar ko"] = "with whom",
            ["ar kuru"] = "with whom", ["ar ko atšķiras"] = "what is the difference between",
            // What happened, what was done and said: "ko teica ES?" what did the EU say.
            ["kas notika"] = "what happened", ["kas notiek"] = "what is happening", ["kas notiks"] = "what will happen",
            ["kas būs"] = "what will happen", ["ko teica"] = "what did say", ["kā teica"] = "what did say", ["ko saka"] = "what does say",
            ["ko darīja"] = "what did do", ["ko izdarīja"] = "what did do", ["ko nolēma"] = "what was decided",
            ["par ko vienojās"] = "what was agreed", ["pēc līguma"] = "under the treaty", ["saskaņā ar līgumu"] = "under the treaty",
            ["atbild par"] = "is responsible for", ["bus spēkā"] = "will be valid", ["būs spēkā"] = "will be valid", ["ir spēkā"] = "is valid",
            ["stāsies spēkā"] = "takes effect", ["tika parakstīts"] = "was signed", ["tika parakstīta"] = "was signed",
            // Asking to be told, and the bot.
            ["pasaki man"] = "tell me", ["vai vari pateikt"] = "can you tell me", ["gribu zināt"] = "I want to know",
            ["nezinu"] = "I don't know", ["ko tu vari"] = "what can you do", ["ko tu proti"] = "what can you do",
            ["ko var jautāt"] = "what can I ask", ["ko es varu jautāt"] = "what can I ask", ["kā tevi lietot"] = "how do I use you",
            ["kā tas strādā"] = "how does it work", ["kā tu domā"] = "what do you think", ["ko tu domā"] = "what do you think",
            ["tavuprāt"] = "in your opinion", ["tavs viedoklis"] = "your opinion", ["tu esi bots"] = "are you a bot",
            ["tu esi robots"] = "are you a robot", ["tu esi cilvēks"] = "are you human", ["tu esi"] = "are you",
            // Small talk.
            ["labdien"] = "good afternoon", ["labrīt"] = "good morning", ["labvakar"] = "good evening",
            ["liels paldies"] = "thanks a lot", ["paldies liels"] = "thanks a lot", ["uz redzēšanos"] = "goodbye",
            ["visu labu"] = "bye", ["man jāiet"] = "I have to go", ["nav par ko"] = "you're welcome",
            // The people and places of the article.
            ["dienvidu osetija"] = "South Ossetia", ["dienvidu osetijas"] = "South Ossetia", ["dienvidu osetijai"] = "South Ossetia",
            ["ziemeļosetija"] = "North Ossetia", ["eiropas savienība"] = "EU", ["eiropas savienības"] = "EU",
            ["eiropas savienību"] = "EU", ["amerikas savienotās valstis"] = "US", ["apvienoto nāciju organizācija"] = "UN",
            ["ārlietu ministrija"] = "foreign ministry", ["ārlietu ministrijas"] = "foreign ministry", ["ārlietu ministrs"] = "foreign minister",
            ["baltais nams"] = "White House", ["ģenerālsekretārs"] = "secretary general", ["preses sekretāre"] = "spokeswoman",
            // The treaty, its clauses and the talks.
            ["bruņotie spēki"] = "armed forces", ["bruņoto spēku"] = "armed forces", ["drošības struktūras"] = "security agencies",
            ["brīdinājuma zīmes"] = "warning signs", ["stratēģiskā partnerība"] = "strategic partnership",
            ["teritoriālā integritāte"] = "territorial integrity", ["starptautiskās tiesības"] = "international law",
            ["gadu agrāk"] = "a year before", ["tajā pašā dienā"] = "same day",
        }), hyphens: true),
        // One word each, as written and typed plain: the short words, and those a stem would misread.
        Polish.WithPlain(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Question words.
            ["kas"] = "who", ["ko"] = "what", ["kad"] = "when", ["kur"] = "where", ["cik"] = "how much", ["kā"] = "how", ["ka"] = "how",
            ["kāpēc"] = "why", ["kādēļ"] = "why", ["kurš"] = "which", ["kura"] = "which", ["kuri"] = "which", ["kuru"] = "which",
            ["kurā"] = "which", ["kāds"] = "what", ["kāda"] = "what", ["kādi"] = "what", ["kādu"] = "what", ["kādas"] = "what",
            ["vai"] = "or", ["jeb"] = "or",
            // Being, having, doing.
            ["ir"] = "is", ["bija"] = "was", ["būs"] = "will be", ["esi"] = "are you", ["esmu"] = "am", ["nav"] = "is not",
            ["var"] = "can", ["dos"] = "will give", ["deva"] = "gave", ["dod"] = "gives", ["dot"] = "give", ["notika"] = "happened",
            ["notiek"] = "is happening", ["notiks"] = "will happen", ["ilgs"] = "will last", ["ilgi"] = "long", ["tika"] = "was",
            ["tiks"] = "will be", ["tiek"] = "is", ["domā"] = "think", ["atšķiras"] = "differs",
            // Function words.
            ["tas"] = "the", ["tā"] = "the", ["to"] = "the", ["tie"] = "they", ["tās"] = "the", ["šis"] = "this", ["šī"] = "this",
            ["šo"] = "this", ["šā"] = "this", ["šajā"] = "this", ["tu"] = "you", ["tevi"] = "you", ["tev"] = "you", ["es"] = "I",
            ["man"] = "me", ["mēs"] = "we", ["viņš"] = "he", ["viņa"] = "she", ["viņi"] = "they", ["viņu"] = "their", ["tavs"] = "your",
            ["nē"] = "no", ["jā"] = "yes", ["un"] = "and", ["arī"] = "also", ["bet"] = "but", ["ar"] = "with", ["par"] = "about",
            ["no"] = "from", ["uz"] = "to", ["pēc"] = "after", ["pirms"] = "before", ["pie"] = "at", ["līdz"] = "until",
            ["starp"] = "between", ["bez"] = "without", ["pret"] = "against", ["vēl"] = "still", ["jau"] = "already",
            ["tikai"] = "only", ["jo"] = "because", ["tad"] = "then", ["tagad"] = "now", ["šodien"] = "today",
            ["vēlāk"] = "later", ["agrāk"] = "before", ["vairāk"] = "more", ["ļoti"] = "very", ["tiešām"] = "really",
            ["precīzi"] = "exactly", ["oficiāli"] = "officially", ["personīgi"] = "personally", ["godīgi"] = "honestly",
            ["īsumā"] = "briefly", ["neko"] = "nothing", ["viss"] = "that's all",
            ["visi"] = "all", ["līdzīgs"] = "similar", ["līdzīgu"] = "similar", ["līdzīga"] = "similar", ["patiesība"] = "true",
            ["labi"] = "ok", ["te"] = "here", ["šeit"] = "here",
            // The bot and small talk.
            ["sveiki"] = "hello", ["sveiks"] = "hello", ["čau"] = "hi", ["paldies"] = "thanks", ["atā"] = "bye", ["lūdzu"] = "please",
            ["palīdzība"] = "help", ["cilvēks"] = "human", ["robots"] = "robot", ["bots"] = "bot", ["programma"] = "program",
            ["viedoklis"] = "opinion", ["kopsavilkums"] = "summary", ["noderīgi"] = "helpful",
            // Money, time and numbers.
            ["mljrd"] = "billion", ["milj"] = "million", ["gads"] = "year", ["gadā"] = "year", ["gadi"] = "years", ["gadus"] = "years",
            ["gadiem"] = "years", ["gadu"] = "years", ["diena"] = "day", ["dienā"] = "day", ["datums"] = "date", ["nosaukums"] = "name",
            ["janvārī"] = "January", ["februārī"] = "February", ["martā"] = "March", ["marts"] = "March", ["aprīlī"] = "April",
            ["maijā"] = "May", ["jūnijā"] = "June", ["jūlijā"] = "July", ["augustā"] = "August", ["augusts"] = "August",
            ["septembrī"] = "September", ["oktobrī"] = "October", ["novembrī"] = "November", ["decembrī"] = "December",
            // Names the stems would misread, and initials.
            ["asv"] = "US", ["edso"] = "OSCE", ["nato"] = "NATO", ["ķīna"] = "China", ["ķīnas"] = "China",
            ["karš"] = "war", ["kara"] = "war", ["karā"] = "war", ["kārta"] = "round", ["kārtā"] = "round", ["citas"] = "other",
            ["citi"] = "other", ["citu"] = "other", ["valsts"] = "state", ["valstis"] = "countries", ["valstu"] = "countries",
            ["krievi"] = "Russians", ["krievu"] = "Russian", ["spēkā"] = "valid", ["pārstāvjiem"] = "to representatives",
        }),
        // Stems, as written (each also typed plain): a word no whole entry has is read by its longest stem, down to three letters.
        Polish.PlainStems(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // The treaty and its signing.
            ["līgum"] = "treaty", ["vienošan"] = "agreement", ["vienojā"] = "agreed", ["pakt"] = "pact", ["alians"] = "alliance",
            ["savienīb"] = "alliance", ["integrācij"] = "integration", ["partnerīb"] = "partnership", ["stratēģisk"] = "strategic",
            ["parakst"] = "signed", ["parakstīšan"] = "signing", ["sauc"] = "called", ["nosaukum"] = "name", ["tekst"] = "text",
            ["projekt"] = "draft", ["derīg"] = "valid", ["beigsi"] = "expires", ["pagarin"] = "extended", ["ratificēj"] = "ratified",
            ["kreml"] = "Kremlin",
            // The clauses.
            ["aizsardzīb"] = "defence", ["aizsarg"] = "defend", ["sarg"] = "guard", ["nodrošin"] = "ensure", ["drošīb"] = "security",
            ["robež"] = "border", ["armij"] = "army", ["karaspēk"] = "troops", ["militār"] = "military", ["karavīr"] = "soldiers",
            ["bruņot"] = "armed", ["struktūr"] = "agencies", ["muit"] = "customs", ["atbild"] = "responsible", ["pievieno"] = "join",
            ["pievienoj"] = "incorporated", ["apvieno"] = "merged", ["sastāvdaļ"] = "part",
            // Money.
            ["naud"] = "money", ["miljard"] = "billion", ["miljon"] = "million", ["rubļ"] = "rubles",
            ["eiro"] = "euros", ["dolār"] = "dollars", ["budžet"] = "budget", ["apsolīj"] = "pledged", ["solīj"] = "promised",
            ["solījum"] = "pledge", ["saņem"] = "get", ["saņems"] = "will get", ["maksā"] = "pay",
            ["samaksā"] = "paid", ["finansē"] = "funding", ["investīcij"] = "investment", ["attīstīb"] = "development", ["izmaks"] = "cost",
            // Russia, the Caucasus and the Crimea.
            ["krievij"] = "Russia", ["kriev"] = "Russian", ["maskav"] = "Moscow", ["dienvidosetij"] = "South Ossetia",
            ["osetij"] = "Ossetia", ["osetīn"] = "Ossetian", ["abhāzij"] = "Abkhazia", ["abhāz"] = "Abkhaz", ["gruzij"] = "Georgia",
            ["gruzīn"] = "Georgian", ["chinval"] = "Tskhinvali", ["suhum"] = "Sokhumi", ["tbilis"] = "Tbilisi",
            ["krim"] = "Crimea", ["ukrain"] = "Ukraine", ["amerik"] = "America", ["amerikāņ"] = "Americans", ["eirop"] = "Europe",
            ["brisel"] = "Brussels", ["vašington"] = "Washington", ["ženēv"] = "Geneva", ["kaukāz"] = "Caucasus",
            ["aizkaukāz"] = "Transcaucasia", ["lietuv"] = "Lithuania", ["latvij"] = "Latvia", ["aneksij"] = "annexation",
            ["aneksēj"] = "annexed", ["okupācij"] = "occupation", ["okupēt"] = "occupied", ["gadadien"] = "anniversary",
            ["konflikt"] = "conflict", ["reģion"] = "region", ["pilsēt"] = "city", ["pasaul"] = "world", ["republik"] = "republic",
            ["neatkarīb"] = "independence", ["iedzīvotāj"] = "inhabitants", ["valod"] = "language", ["valdīb"] = "government",
            ["saistīb"] = "connection", ["sakar"] = "connection",
            // The reactions.
            ["reakcij"] = "reaction", ["reaģē"] = "reacted", ["teic"] = "said", ["saka"] = "says", ["sacīj"] = "said",
            ["runāj"] = "spoke", ["paziņojum"] = "statement", ["paziņo"] = "announced", ["komentē"] = "commented",
            ["nosodīj"] = "condemned", ["nosod"] = "condemns", ["kritizē"] = "criticized", ["atzīs"] = "recognize", ["atzin"] = "recognized",
            ["atbalst"] = "support", ["protestē"] = "protested", ["sūdzēj"] = "complained", ["brīdin"] = "warning",
            ["pieprasīj"] = "demanded", ["lūdz"] = "asked", ["nostāj"] = "position", ["sankcij"] = "sanctions", ["darīj"] = "did",
            ["izdarīj"] = "did",
            // Geneva.
            ["sarun"] = "talks", ["tikšan"] = "meeting", ["sanāksm"] = "meeting", ["sēde"] = "session",
            ["delegācij"] = "delegation", ["pārstāv"] = "representatives", ["līdzpriekšsēd"] = "co-chaired",
            ["priekšsēd"] = "chaired", ["vadīj"] = "led", ["vadītāj"] = "leader", ["vada"] = "leads", ["piedalī"] = "took part",
            ["zīmes"] = "signs", ["situācij"] = "situation", ["stabil"] = "stable", ["rezultāt"] = "outcome", ["nolēm"] = "decided",
            ["mācīb"] = "exercises", ["draud"] = "threat", ["bažas"] = "concerns", ["baidā"] = "fear", ["plāno"] = "planned",
            ["nākam"] = "next",
            // The article and the people in it.
            ["rakst"] = "article", ["rakstīj"] = "wrote", ["uzrakst"] = "wrote", ["autor"] = "author", ["žurnālist"] = "journalist",
            ["laikrakst"] = "newspaper", ["piemin"] = "mentions", ["nozīm"] = "mean", ["ministr"] = "minister", ["ministrij"] = "ministry",
            ["prezident"] = "president", ["premjer"] = "prime minister", ["līder"] = "leader", ["sekretār"] = "secretary",
            ["amat"] = "job", ["politiķ"] = "politician", ["dzim"] = "born", ["putin"] = "Putin", ["tibilov"] = "Tibilov",
            ["karasin"] = "Karasin", ["mogerini"] = "Mogherini", ["medvedev"] = "Medvedev", ["lavrov"] = "Lavrov",
            // The bot and the conversation.
            ["lieto"] = "use", ["jautā"] = "ask", ["mainīj"] = "changed", ["salīdzin"] = "compare", ["detaļ"] = "details",
            ["atšķirīb"] = "difference", ["līdzīg"] = "similar", ["palīdzēj"] = "helped",
        }));

    // Words of the tables English writes too, left as they are in an English sentence ("who signed the sutartis?").
    private static readonly HashSet<string> EnglishToo = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "i", "to", "no", "so", "man", "be", "per", "po", "es", "ne", "te", "tie", "bet", "dos", "bus", "var", "ar", "ir",
        "un", "data", "tu", "ta", "jo", "nato", "pie", "mini", "mano", "tad",
    };

    // Words only Lithuanian writes (as typed with and without diacritics, where the plain form is no other language's
    // word); those it shares with Latvian, Serbian, Turkish, Estonian or Spanish ("kas", "kur", "kada", "ar") count only
    // with a second, and so do the greetings of the curated small talk ("labas", "ačiū"), which alone are answered as
    // they are. Its "ir" and "ka" are no markers: Latvian's "is", Hindi's and Tagalog's "ka".
    private static readonly MarkerWords LithuanianMarkers = new(
    [
        // Question words, function words and the verbs every question leans on.
        "kiek", "kaip", "kodėl", "kodel", "kuris", "kurie", "kurią", "koks", "kokia", "kokie", "kokį", "kokios", "kieno", "kuo",
        "ką", "yra", "buvo", "nėra", "nera", "esu", "taip", "apie", "prieš", "pries", "pagal", "dėl", "nuo", "iki",
        "irgi", "dabar", "šiandien", "siandien", "tiksliai", "atvirai", "trumpai", "kažką", "kazka", "kažkas", "kazkas",
        "viskas", "panašaus", "panasaus", "šitas", "sitas", "šitą", "tave", "tavo", "gerai", "čia", "nutiko", "vyko", "vyksta",
        "įvyko", "ivyko", "manai", "galima", "klausti", "naudoti", "sakyk", "labai",
        // Small talk.
        "labukas", "sveikas", "dėkui", "dekui", "dėkoju", "dekoju", "sudie", "prašau", "prasau",
        "padėjai", "padejai", "žmogus", "zmogus", "robotas",
        // The article's acts and things.
        "sutartis", "sutartį", "sutarti", "sutarties", "sutartimi", "sutartyje", "sutarčių", "sutarciu", "susitarimas",
        "susitarimai", "susitarimo", "susitarimų", "susitarimu", "pasirašė", "pasirase", "pasirašyta", "pasirasyta",
        "pasirašyti", "pasirasyti", "pinigų", "pinigu", "pinigus", "pinigai", "pažadėjo", "pazadejo", "skirs", "skyrė", "duos",
        "galioja", "galios", "metų", "metus", "straipsnis", "straipsnį", "straipsni", "straipsnyje", "straipsnio", "parašė",
        "parase", "reagavo", "sureagavo", "pasakė", "pasake", "sakė", "vadovavo", "dalyvavo", "pirmininkavo", "derybos",
        "derybose", "derybų", "derybu", "susitikimas", "susitikime", "susitikimui", "rezultatas", "kariuomenė", "kariuomene",
        "kariuomenės", "kariuomenes", "prisijungs", "gins", "saugumą", "saugumo", "delegacijai", "vadinasi", "rugpjūčio",
        "rugpjucio", "skiriasi", "ryšys", "rysys", "atstovams", "padarė", "padare",
        // Places and people as Lithuanian writes them.
        "rusijos", "rusijai", "rusiją", "rusijoje", "pietų", "pietu", "osetijai", "osetijos", "abchazija",
        "abchazijos", "abchazijai", "abchaziją", "gruzijos", "gruzijai", "ženevoje", "zenevoje", "ženevos", "zenevos",
        "maskvoje", "maskvos", "kryme", "krymas", "krymu", "krymo", "cchinvalis", "suchumis", "putinas", "tibilovas",
        "karasinas", "medvedevas", "lavrovas", "europos", "sąjunga", "sajunga", "amerikos", "jav", "esbo", "pasaulis",
    ],
    ["kas", "kur", "kada", "ar", "tas", "sita", "botas", "ratas", "labas", "ačiū", "aciu"]);

    // Words only Latvian writes, as for Lithuanian; "paldies" and "sveiki" (curated small talk), "putins" (an English
    // possessive without its apostrophe) and "Chinvali" (Hungarian's too) count only with a second. "par", "un" and "vai",
    // which French, Spanish and Portuguese write together, and "redzēšanos", curated with its "uz", are no markers.
    private static readonly MarkerWords LatvianMarkers = new(
    [
        // Question words, function words and the verbs every question leans on.
        "cik", "kā", "kāpēc", "kapec", "kādēļ", "kurš", "kurā", "kāds", "kādi", "kādu", "esi", "esmu", "būs", "bija",
        "notika", "notiek", "notiks", "ilgi", "tika", "domā", "šis", "šī", "šo", "tevi", "tev", "viņš", "viņi", "pēc", "pirms",
        "līdz", "lidz", "arī", "tagad", "šodien", "sodien", "tiešām", "tiesam", "godīgi", "godigi", "īsumā", "isuma", "jāiet",
        "jaiet", "atšķiras", "atskiras",
        // Small talk.
        "labdien", "labrīt", "labvakar", "atā", "lūdzu", "ludzu", "cilvēks",
        "cilveks", "noderīgi", "noderigi", "tavuprāt",
        // The article's acts and things.
        "līgums", "ligums", "līgumu", "ligumu", "līguma", "liguma", "līgumam", "ligumam", "līgumā", "parakstīja", "parakstija",
        "parakstīts", "parakstits", "parakstīta", "parakstita", "naudas", "naudu", "nauda", "apsolīja", "apsolija", "solīja",
        "teica", "reaģēja", "reageja", "sarunas", "sarunās", "sarunām", "nākamās", "nakamas", "nākamā", "nakama", "nākamais",
        "nakamais", "robežu", "robezu", "robežas", "robezas", "drošību", "drosibu", "drošības", "drosibas", "atbild", "karš",
        "spēkā", "speka", "līdzīgs", "lidzigs", "raksts", "rakstā", "raksta", "autors", "gadus", "gadiem", "tikšanās",
        "tiksanas", "delegācija", "piedalījās", "piedalijas", "vadīja", "vadija", "pārstāvjiem", "parstavjiem",
        "valstis", "pasaule", "situāciju", "nosodīja", "nosodija",
        // Places and people as Latvian writes them.
        "krievija", "krievijas", "krievijai", "krieviju", "krievijā", "dienvidosetija", "dienvidosetijas", "dienvidosetijai",
        "dienvidosetiju", "dienvidosetijā", "osetijas", "abhāzija", "abhāzijas", "abhazijas", "abhāzijai", "abhazijai",
        "ženēva", "ženēvā", "gruzijas", "maskavā", "maskava", "maskavas", "krimā", "krima", "eiropas", "savienība", "savieniba", "asv", "edso",
    ],
    ["kas", "kur", "kad", "ir", "uz", "paldies", "sveiki", "chinvali", "putins", "tibilovs", "karasins", "medvedevs"]);

    // A word, or the English of a phrase, marked so that its words are not read again; a hyphenated word ("co-chair") is
    // one word.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+(?:-\\p{L}+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:the|is|are|was|were|did|does|do|what|who|when|where|how|which|why|of|and|it|they|this|that|with|for|about|you|can|will|has|have|his|her|their|signed|money|right|name|treaty|please|pls|thanks|bye|hello|hi|happened|day)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    // "ar ne?", "tiesa?", "vai ne?", "pareizi?" at the end: whether it is so.
    [GeneratedRegex(@"(?:[,\s]+(?:ar\s+ne|ane|tiesa|teisingai|vai\s+ne|vai\s+ne\s+tā|pareizi|taisnība|taisniba)|,\s*(?:ne|taip|jā|ja))(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    // "ar" (Lithuanian) or "vai" (Latvian) opening a question, or a clause in it ("kā tu domā, vai būs karš?"); not "ar
    // tu", read as "are you".
    [GeneratedRegex(@"(?<before>(?:^|[.?!;:(,])\W*)(?:ar\s+(?!tu\b)|vai\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningParticle();

    // "kas yra Psaki?", "kas ir Mogherini?", "kas tas Tibilovas?", "kas ir raksta autors?": who someone is.
    [GeneratedRegex(@"\bkas\s+(?:yra|ir|tas|ta|tā|toks|tokia|tāds|tāda)\s+(?=(?:(?:federica|jen|leonid\p{L}*|grigor\p{L}*|sergej\p{L}*|raksta|straipsnio)\s+)?(?:putin|tibilov|karasin|mogh?erini|psaki|medvedev|lavrov|autor)\p{L}*)", RegexOptions.IgnoreCase)]
    private static partial Regex WhoIs();

    [GeneratedRegex(@"(?<=[\s,]|^)iki(?=\s*[!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Farewell();

    [GeneratedRegex(@"\b(?:ES|JT|ANO|ESBO|EDSO|JAV|ASV)\b")]
    private static partial Regex Initials();

    // "o kas pasirašė?", "un kur?", "ir kada?": a follow-up only Lithuanian or Latvian opens so.
    [GeneratedRegex(@"^\W*(?:o|ir|un|bet)\s+(?:kas|kur|kada|kad|kiek|cik|kaip|kā|ką|kodėl|kodel|kāpēc|kapec|kuris|kurš|koks|kokie|kāds)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();
}
