using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Matching.Languages;

namespace ChatBot.Core.Matching;

/// <summary>
/// How readers phrase what they ask, rewritten to the plain question before it is split into words: scare quotes,
/// references to the article itself, chat signs and a few constructions whose words would otherwise mean something
/// else ("the same" at the end of a yes/no question compares, "article of the treaty" is a clause). Applied alike to
/// questions and to curated examples.
/// </summary>
internal static partial class ReaderPhrasing
{
    /// <summary>
    /// <paramref name="text"/> without the titles before names: "How old is Mr. Tibilov?" is one sentence (the title's point
    /// ends none), and the title asks nothing of the name.
    /// </summary>
    public static string WithoutHonorifics(string text) => text.Contains('.') ? Honorific().Replace(text, string.Empty) : text;

    /// <summary>
    /// <paramref name="message"/> without what a chat adds around a question: links ("who signed it
    /// https://example.com/story"), @handles ("@ChatBot who signed it?"), subreddits ("hello from r/europe") and emoji
    /// written as codes ("who is psaki :eyes:", Discord's own "&lt;:pepe:123&gt;"), mentions ("&lt;@123&gt;") and a sticker
    /// described in brackets ("[sticker: thinking cat]"), which are no words of the question; a bot command in its words
    /// ("/next_round geneva"), or none when it only says "ask";
    /// a chat's own signs read as words (see <see cref="WithChatSignsRead"/>).
    /// </summary>
    public static string WithoutChatMarkup(string message) =>
        WithChatSignsRead(ChatMarkup().Replace(message.Contains('/') ? BotCommand().Replace(message, AsWords) : message, " ").Trim());

    // "/ask@GeoNewsBot who signed?" asks what follows the command; "/next_round geneva", "/help" ask in the command's words.
    private static string AsWords(Match command) =>
        command.Groups["name"].Value.ToLowerInvariant() is "ask" or "q" or "question" or "query" ? string.Empty : command.Groups["name"].Value.Replace('_', ' ');

    /// <summary>
    /// <paramref name="text"/> with a chat writer's signs in words: a starred correction of a typo ("who signed the treat
    /// *treaty") in the place of the typo, a slip put right ("kiev.. i mean tbilisi") in the place of the slip, emoji that
    /// stand for words in words ("who ✍️ it?"), "+" and "&amp;" between words as "and" ("Putin + Tibilov signed it?").
    /// </summary>
    public static string WithChatSignsRead(string text)
    {
        text = WithEmojiRead(WithSlipCorrected(WithSelfCorrection(text)));
        return text.Contains('+') || text.Contains('&') ? AndSign().Replace(text, " and ") : text;
    }

    /// <summary>
    /// <paramref name="text"/> with the words other languages and creoles lend to English in English, read before anything
    /// asks whether the text is a question: "sino po ang pumirma?" asks who, though no English question word says so.
    /// </summary>
    public static string InEnglish(string text)
    {
        // "מי חתם על ההסכם?", "kama shanim ha'heskem": Hebrew in its letters or in Latin ones (see Hebrew), first of all:
        // its letters are no other reader's, and in Latin letters Italian, Polish, Hungarian and Swahili take its "ma",
        // "mi", "ze" and "kama" for theirs and would leave the rest unread. Its Latin markers are words none of them
        // writes ("heskem", "matai", "shel", a glued "ha'") or "ma ze" opening a message, so their sentences pass untouched.
        text = Hebrew.InEnglish(text);
        // "誰が条約に署名しましたか？", "kono kiji wa dare ga kakimashita ka": Japanese kana, kanji and romaji (see Japanese),
        // first of all, before Chinese: the kanji are Chinese characters too, which Chinese would read by its own words and
        // leave the kana between them unread. Its markers are kana, a kanji only Japanese writes, or a romaji word no other
        // language writes ("desu", "kudasai", "jouyaku"), so Chinese messages and the others' pass untouched.
        text = Japanese.InEnglish(text);
        // "ใครเซ็นสัญญาบ้างครับ", "tibilov pen krai krub", "who is tibilov na": Thai script and romanized Thai (see Thai), after
        // Japanese, whose romaji "ka" closes a question too, and before every other Latin-letter reader: Swahili, Tagalog and
        // Hinglish take its "na", "ka" and "mai" for theirs and would leave the rest unread. Thai script is no other reader's,
        // its romanized markers are words none of them writes ("krub", "khrap", "arai", "ngern"), and a lone "na" or "ka" is
        // dropped only from the end of an English question, so their sentences pass untouched.
        text = Thai.InEnglish(text);
        // "谁签的条约?", "eluosi gei nan ao duoshao qian": Chinese characters and pinyin (see Chinese), first of all: the
        // characters are no other reader's, and the tokenizer would take a run of them for one word; pinyin's "shi", "de",
        // "ma", "ni" and "a" are Vietnamese, Swahili and Tagalog words too, which those readers would read alone. Its
        // markers are a Chinese character or a pinyin word no other language writes ("shenme", "tiaoyue", "xiexie"), so
        // their sentences pass untouched.
        text = Chinese.InEnglish(text);
        // "누가 서명했어?", "joyak ireum mwo?", "reporter nuguya ㅋㅋ": Korean in Hangul or in Latin letters (see Korean), after
        // Chinese, whose characters it never writes, and before every Latin-letter reader: Vietnamese, Swahili, Hinglish and
        // Tagalog would take its "ya", "do", "i" and "don" for theirs and leave the rest unread. Hangul is no other reader's
        // script, and its romanized markers are words none of them writes ("nugu", "eottae", "joyak"), so their sentences
        // pass untouched; only the chat's jamo ("ㅋㅋ", "ㅠㅠ") leave an English message.
        text = Korean.InEnglish(text);
        // "ai ký hiệp ước này?", "hiep uoc ky o dau vay": Vietnamese, with its diacritics or without (see Vietnamese), first
        // of all: Swahili, Tagalog, Hinglish and the Romance readers take its plain "la", "ko", "nga", "ki", "sao" and "do"
        // for theirs and would leave the rest unread. Its markers are letters no other reader writes ("ư", "ơ", "ạ", "ở")
        // and plain words none of them has ("hiep", "nhieu", "ntn"); the chat words it shares count only in pairs, so their
        // sentences pass untouched.
        text = Vietnamese.InEnglish(text);
        // "nani alisaini mkataba?", "pesa ngapi zimeahidiwa?": Swahili and Sheng (see Swahili), after Vietnamese: Malay and
        // Tagalog read its "ni" and "sana", Hinglish its "na" and "pesa", Arabizi "sana", Turkish "ama" and "ile", and each
        // would leave the rest unread. Its markers are words none of them writes ("nani", "ngapi", "mkataba", "kuhusu")
        // and no word it shares with them ("na", "ya", "je", "tu") is one, so their sentences pass untouched.
        text = Swahili.InEnglish(text);
        // "treaty la yaaru sign pannanga?", "evaru sign chesaru?", "ఒప్పందం మీద ఎవరు సంతకం చేశారు?": Tamil and Telugu in
        // Latin letters or their scripts (see Dravidian), after Swahili and before Banglish: Bengali, Hinglish, Malay and
        // Tagalog take their "ki", "ku", "la", "kuda" and "na" for theirs and would leave the rest unread, Spanglish "ante",
        // Arabizi "enti" and Portuguese "em". Their markers are words none of them writes ("enna", "yaaru", "evlo",
        // "evaru", "chesaru", "gurinchi") and the words they share count only in pairs, so their sentences pass untouched.
        text = Dravidian.InEnglish(text);
        // "treaty ta ke sign korse?", "Putin koto taka dibe South Ossetia ke?": Bengali in Latin letters (see Banglish), next:
        // Hinglish reads its "ki", "ke", "na" and "bolo" as Hindi, Spanglish "hoy", German "oder", and each would leave the
        // rest unread. After Swahili, whose "taka" (want) is Bengali money. Its markers are words none of the readers below
        // writes ("korse", "hoise", "kothay", "niye", "tumi"), so their sentences pass untouched.
        text = Banglish.InEnglish(text);
        // "kto podpisał tę umowę?", "ile kasy dostanie Osetia?": Polish (see Polish), early: before Ukrainian and
        // Russian, whose Latin-letter readers take its "kto", "krym", "byl" and "tebe" for theirs and leave the rest unread,
        // and before German, Italian and Hinglish, which have its "nie", "co" and "na". Its markers are words none of them
        // writes ("jest", "się", "czy", "umowę"), so their sentences never open it.
        text = Polish.InEnglish(text);
        // "kush e nenshkroi traktatin?", "sa para i dha Rusia Osetise?": Albanian, mostly typed without "ë" and "ç" (see
        // Albanian), after Polish, whose markers are none of its words; before Lithuanian, which takes its "iki" (I go) and
        // "kur" for its own, Serbian, whose "je", "sa" and "ti" it writes, and Hinglish, Tagalog, Italian and Romanian,
        // which read its "ka", "ne", "se", "sa", "si", "e" and "per" as theirs and would leave the rest unread. Its markers
        // are words none of them writes ("është", "çfarë", "kush", "nënshkroi"); its short words are none.
        text = Albanian.InEnglish(text);
        // "kas pasirašė sutartį?", "cik naudas Krievija dos Dienvidosetijai?": Lithuanian and Latvian (see Baltic), after
        // Polish, whose markers are none of theirs; before Serbian, which takes their "kad" and "kada" (when) for its own and
        // would leave the rest unread, Czech, whose "Ženeva" they write, Hinglish and Tagalog, which read their "ka", and the
        // Romance readers, which take "ir", "par", "un" and "vai" for theirs. Their markers are words none of those readers
        // writes ("kiek", "yra", "sutartis", "cik", "līgums") and the words they share count only in pairs no Serbian,
        // French or Portuguese sentence makes, so those sentences pass untouched.
        text = Baltic.InEnglish(text);
        // "ko je potpisao ugovor?", "koliko para dobija Južna Osetija?": Serbian, Croatian and Bosnian in Latin letters (see
        // SerboCroatian), after Polish, whose markers are none of theirs but "granica"; before Czech, which would take "je"
        // with "Moskva" or "Amerika" for its own, Russian, whose Latin "dogovor" and "gde" they write, and Bulgarian, whose
        // "koga", "mnogo" and "dogovor" they share. Their own markers ("šta", "gdje", "koliko", "ugovor", "hvala") are none
        // of those readers' words, and "ko je" or "šta je" opening a question is no Czech, Italian or Hinglish.
        text = SerboCroatian.InEnglish(text);
        // "kdo podepsal smlouvu?", "kolik peněz dá Rusko Jižní Osetii?": Czech, after Polish (see Czech), which has read
        // the words the two share ("co", "jak", "Osetii") with the rest of a Polish message; its markers are no Polish words.
        text = Czech.InEnglish(text);
        // "хто підписав договір?", "khto pidpysav dohovir?": Ukrainian, next (see Ukrainian), before Russian, which
        // would read its Cyrillic as Russian by the stems the two share and leave "хто", "що" and "коли" unread.
        text = Ukrainian.InEnglish(text);
        // "cine a semnat tratatul?", "koi podpisa dogovora?": Romanian and Moldovan, and Bulgarian in Latin letters (see
        // Romanian), before Russian, which would read Bulgarian's "dogovora" and "podpisal" alone and leave "koi", "kolko"
        // and "pari" unread, and before the Romance readers, which take Romanian's "de", "la", "si" and "da" for theirs. Its
        // markers are words none of them writes ("cine", "tratatul", "kakvo", "kolko"), so their sentences pass untouched.
        text = Romanian.InEnglish(text);
        // "kuka allekirjoitti sopimuksen?", "kes lepingule alla kirjutas?": Finnish and Estonian (see Finnic), after Romanian,
        // whose markers are none of theirs, and before Hungarian, which takes Estonian "Genfi" for its own and would leave
        // the rest unread, Turkish, whose "mis" they write, Scandinavian, whose "hei" is theirs too, and Hinglish, whose
        // "tere" and "raha" they share. Those count only with a second marker, so their sentences reach them untouched.
        text = Finnic.InEnglish(text);
        // "ki írta alá a szerződést?", "mennyi pénzt kap Dél-Oszétia?": Hungarian (see Hungarian), after Romanian, whose
        // "Abhazia" it writes too, and before Russian, Turkish, German and the Romance readers, which take its "na", "mi",
        // "ki", "az", "és", "a" and "Genf" for theirs and leave the rest unread. Its markers are letters and words none of
        // them writes ("ő", "szerződés", "mikor", "igaz"), so their sentences reach them untouched.
        text = Hungarian.InEnglish(text);
        // "vin moawera xelshekruleba?", "ramdeni puli misca rusetma osets?": Georgian as phones type it in Latin letters (see
        // Georgian), after Hungarian and before Russian, Turkish, Persian and Arabizi, which share its "da", "ki", "ra" and
        // "var" and would read them alone; after Serbian, whose "da" and "sad" are its words too. Its markers are words none
        // of them writes ("rodis", "ramdeni", "moawera", "xelshekruleba") or a name glued to a Georgian case ("rusetma").
        text = Georgian.InEnglish(text);
        // "кто подписал договор?", "kto podpisal dogovor?": Russian, after Romanian (see Russian). Cyrillic is no other reader's, and
        // read first its Latin-letter "na", "da" and "to" reach no Hinglish tag or English "to"; MixedLanguage would take
        // only "kto" or "skolko" out of the sentence and leave the rest unread.
        text = Russian.InEnglish(text);
        // "ov storagrec paymanagiry?", "inchqan pogh tvec Rusastany?": Armenian in Latin letters (see Armenian), after
        // Russian, whose Latin "kto" and "skolko" Armenians mix in and which has read them by now; before Turkish, Persian
        // and Arabizi, which would take its "merci", "jan", "che", "salam" and "kam" for theirs and leave the rest unread.
        // Its markers are words none of them writes ("paymanagir", "inchqan", "vortegh", "barev"), and the words it shares
        // with them count only with another, so their sentences reach them untouched.
        text = Armenian.InEnglish(text);
        // "muqavileni kim imzalayib?", "Cenevre danishiqlarina kimler qatilib?": Azerbaijani as chat types it (see
        // Azerbaijani), just before Turkish, whose tables it reads its shared words with: Turkish takes its "ya" (or) and
        // "neche" (how many) for other words and has not its "barede", "olub" or "sazish" among its markers. Its markers
        // are words and endings Turkish does not write, so a Turkish message reaches Turkish untouched.
        text = Azerbaijani.InEnglish(text);
        // "anlaşmayı kim imzaladı?", "müqavilə nə vaxt imzalanıb?": Turkish and Azerbaijani (see Turkish), before Arabizi,
        // whose "milyar", "yani" and "tamam" are theirs too and would read a Turkish message's words alone; before Malay,
        // whose "kadar" and "kirim" they share, and Pidgin, whose "abi" is theirs. Its markers are letters and words none
        // of the readers below has, so their sentences reach them untouched.
        text = Turkish.InEnglish(text);
        // "ki gharardad ro emza kard?", "chand sal etebar dare?": Persian in Latin letters (see Persian), after Turkish, whose
        // "hava", "saat" and "mersi" are its words too, and before Arabizi, which would read its "salam", "mamnoon" and "yani"
        // alone, and Italian and Hinglish, whose "chi", "che", "ki" and "ya" it shares. Those count only with another
        // marker, so their sentences reach them untouched.
        // "معاہدہ کب ہوا؟": Urdu in its letters, in Roman Urdu first (see Hinglish.Urdu), before Persian, whose letters it
        // shares; only a message with a letter Persian has not, or only Urdu words, so Persian's reach it untouched.
        text = Hinglish.FromUrdu(text);
        text = Persian.InEnglish(text);
        // "meen wa2a3 el mo3ahda?", "kam flous la abkhazia?": Arabizi, after Russian (see Arabizi). The readers below split words
        // at digits ("2al" would be Spanish "al") and read its "el", "la", "de", "fi" and "wala" as theirs; its markers are
        // words none of them has, so their sentences never open it. Before French too: a Maghrebi message's French
        // ("chkoun li signa le traité?") is left for French to read once the Arabic words around it are English.
        text = Arabizi.InEnglish(text);
        // "poios ypegrapse ti synthiki?", "ποιος υπέγραψε;": Greeklish and Greek (see Greek), before German and the Romance
        // readers, which would take its "den", "ti", "pote" and "posa" for theirs; its markers are words none of them has.
        text = Greek.InEnglish(text);
        // "wie heeft het verdrag getekend?", "wat zei de EU?": Dutch and Flemish (see Dutch), after Greek and before German,
        // which would read "wie" as how and "die" and "was" as its own, and Portuguese, Spanglish and French, which take
        // "de", "en" and "van" for theirs. Its markers are no German words, and a message with an Afrikaans word is left to
        // RegionalEnglish ("wie het die ding geteken?").
        text = Dutch.InEnglish(text);
        // "vem skrev under avtalet?", "hvornår blev aftalen underskrevet?": Swedish, Danish and Norwegian (see Scandinavian),
        // after Dutch, which reads the names the two share ("Rusland", "Krim") in a Dutch message first; before German, whose
        // "Russland", "Georgien" and "den" they write too, Portuguese, whose "vem" (comes) is Swedish "who", and Singlish and
        // Tagalog, whose "sa" is Swedish "said". Its markers are no German, Dutch or Romance words.
        text = Scandinavian.InEnglish(text);
        // "wer hat den Vertrag unterschrieben?", "Medwedew hat unterschrieben, oder?": German and Denglisch, before the Romance
        // readers (see German), which take German words spelled as theirs ("hier", "Armee", "Annexion", "es", "Georgiens")
        // for French or Spanish and leave the rest unread; MixedLanguage would take "wer ist" or "wann" out alone. Its own
        // markers are no Romance words ("du", "ne", "mal" and "den" are none), so their sentences reach them untouched.
        text = German.InEnglish(text);
        // "chi ha firmato il trattato?", "è per 25 anni, vero?": Italian, up to whole Italian sentences (see Italian). Before
        // the Romance readers: its marker words are none of theirs, while theirs ("quanto", "quando", "como", "l'", "il") are
        // in an Italian message, where Portuguese would read "ha" as "there is", Spanglish "que" and French two elisions as
        // theirs; a message it has read is English to them.
        text = Italian.InEnglish(text);
        // "quem assinou o tratado?", "foi assinado em Moscou, né?": Portuguese, after Italian (see Portuguese).
        text = Portuguese.InEnglish(text);
        // "quién firmó el tratado?", "¿Cuánto dura el tratado?", "che, y cuánta guita hay?": Spanglish, up to whole Spanish
        // questions of Spain and Latin America (see Spanglish). After Portuguese, whose "que", "como" and "para" are its own
        // words in a Portuguese sentence; before French and MixedLanguage, so that a Spanish "que", "la" or "como" is read
        // with the rest of its sentence, and before Hinglish and Tagalog, whose "se", "me", "si" and "pero" it leaves alone.
        text = Spanglish.InEnglish(text);
        // "c'est qui Tibilov?", "qui a signé le traité?": Quebec French, Franglais up to whole sentences (see French). After
        // Spanglish, which reads its "que", "la" and "de" as Spanish first; before MixedLanguage, which would take "comment
        // s'appelle" or "quand" out of a French sentence and leave the rest unread; before Taglish and the creoles, whose
        // "si", "sa", "mon", "oui" and "dis" are French words in a French sentence.
        text = French.InEnglish(text);
        // "treaty pe sign kisne kiya?", "25 saal ka hai na?": Hinglish (see Hinglish). After Spanglish, so that a Spanish "se" or
        // "me" is read as Spanish; before MixedLanguage, which reads one "kaun" or "kitna" alone, and Tagalog, which shares "ka".
        text = Hinglish.InEnglish(text);
        // "siapa yang sign treaty ni?", "kapan perjanjian itu ditandatangani?": Malay and Indonesian (see Malay). After
        // Hinglish, which would read Malay's "ke" and "ya" as its own; before MixedLanguage and Tagalog, whose "apa" and
        // "sa" it leaves alone, and Singlish, whose particles it reads with the rest of a Malay sentence.
        text = Malay.InEnglish(text);
        // "Quien es Tibilov?", "who firmed the accord?": a learner's borrowings from their first language (see MixedLanguage).
        text = MixedLanguage.InEnglish(text);
        // "sino po ang pumirma ng treaty?": Taglish, Tagalog's question words and particles (see Tagalog).
        text = Tagalog.InEnglish(text);
        // "signed in Moscow izzit?", "berapa duit Abkhazia dapat?": Singlish's particles and Malay (see Singlish), read before
        // the Caribbean "wah" (what) can take Singlish's (wow).
        text = Singlish.InEnglish(text);
        // "wetin dem talk about NATO?": West African Pidgin's function words (see NigerianPidgin). The two creoles share
        // "dem", which Pidgin reads first; whether the message is Caribbean is asked of it as the reader wrote it.
        var caribbean = CaribbeanEnglish.HasMarker(text);
        text = NigerianPidgin.InEnglish(text);
        // "wah dem sign inna Moscow?": Jamaican and Trinidadian function words (see CaribbeanEnglish).
        text = caribbean ? CaribbeanEnglish.InEnglish(text) : text;
        // "whit's the name o this treaty?", "g'day": Scots, Irish and Australian words (see RegionalEnglish).
        text = RegionalEnglish.InEnglish(text);
        return text;
    }

    /// <summary>The plain question in <paramref name="folded"/> (already folded, see <see cref="Knowledge.TextFolding"/>).</summary>
    public static string Plain(string folded)
    {
        // "wait who is leonid tibilov again 😅": emoji after the words say how they are meant, not what is asked.
        folded = WithoutTrailingEmoji(folded);
        folded = WithoutHonorifics(folded);
        // "F. Mogherini", "L. Tibilov": an initial asks nothing of the name (not read before a letter's frame is gone,
        // whose sign-off "Ms A. Lindgren" is a name).
        folded = folded.Contains('.') ? Initial().Replace(folded, string.Empty) : folded;
        // "who signed the damn thing", "what the hell is Abkhazia", "how much f*cking money": swearing only says how strongly
        // the reader feels.
        folded = HasAny(folded, "damn", "dang", "darn", "bloody", "the hell", "the heck", "fuck", "f*", "freak", "frick", "frig", "crap", "shit", "feck", "goddam", "effing", "the f ") ? Expletive().Replace(folded, m => m.Groups["det"].Success ? $" {m.Groups["det"].Value} thing " : " ") : folded;
        // "who signed the treat *treaty", "Putin + Tibilov": a chat's signs, once swearing's stars are gone.
        folded = WithChatSignsRead(folded);
        // "what did the e u say", "the o s c e": a speech-to-text spelling of an acronym the article uses, letter by letter.
        folded = SpelledAcronym().Replace(folded, m => m.Value.Replace(" ", string.Empty));
        // "who signed this circus", "the author of this propaganda", "how long is this occupation contract", "which two clowns
        // signed it": a partisan's names for the treaty, the article and the people, which ask about them as plain words do.
        folded = HasAny(folded, "propaganda", "circus", "farce", "garbage", "rubbish", "nonsense", "trash", "occupation", "shame", "disgraceful", "illegal", "illegitimate", "criminal", "sham", "fake", "so-called", "so called", "notorious", "infamous", "despicable", "outrageous", "clown", "puppet", "crook", "thug", "bandit", "traitor")
            ? PartisansWords().Replace(folded, m => m.Groups["people"].Success ? "guys" : m.Groups["label"].Success ? string.Empty : $"{m.Groups["det"].Value} thing") : folded;
        // "Q5 According to the article...", "Q7 b) What was...", "... (1 mark)": the numbering of a homework sheet.
        folded = (OpensWithQ(folded) || HasAny(folded, "mark")) ? ExamNumbering().Replace(folded, " ").Trim() : folded;
        // "hiiiii", "soooo", "byeee", "helpppp": a letter held down for emphasis. One is left when that makes a word of chat
        // ("so", "hi") or an English word that two would not ("bye", "help"), else two ("goood" is "good").
        folded = HasHeldLetter(folded) ? Elongated().Replace(folded, HeldLetters) : folded;
        // "who — sorry, when was it signed?", "what's the, I mean, who signed it?": a speaker who starts again asks
        // the second question.
        if (HasAny(folded, "sorry", "mean", "rather", "scratch", "rephrase")
            && StartedAgain().Match(folded) is { Success: true } restart && folded[..restart.Index].Any(char.IsLetter))
        {
            folded = folded[(restart.Index + restart.Length)..];
        }
        // "total noob here, what even is south ossetia": "total" says how new the reader is, not a sum of money.
        folded = HasAny(folded, "total", "complete", "absolute") ? SelfDescribedNewcomer().Replace(folded, string.Empty) : folded;
        // "Good afternoon, which of the two...?", "Dear team, ...", "... Kind regards, Harold": how a letter opens and
        // closes, with the writer's name, is no part of its question. A greeting alone stays one.
        folded = WithoutLetterFrame(folded);
        // "so the signing was back in february, yes?", "back in 2015": "back" only says the time is past.
        folded = HasAny(folded, "back in", "back on") ? BackInTime().Replace(folded, string.Empty) : folded;
        // "18 feb", "Mar 17th": a month shortened next to its day is the month ("dec" or "mar" alone stay words).
        folded = folded.Any(char.IsDigit) ? ShortMonth().Replace(folded, m => ShortMonths[m.Groups["month"].Value.ToLowerInvariant()]) : folded;
        // A first language's or a creole's words: "Quien es Tibilov?", "sino po ang pumirma?", "wetin dem talk?".
        folded = InEnglish(folded);
        // "can summarise the article for me?", "can tell me who signed?": a request with its "you" left out, as Singlish and
        // Indian English chat drop it. Without it "can summarise the article" reads as a claim about who wrote it.
        folded = HasAny(folded, "can ") ? RequestWithoutYou().Replace(folded, "${can} you ") : folded;
        // Indian English: "signatories of the agreement kindly revert" asks for a reply; "the good name of the writer" is
        // the name; "what is America's stand?" its stance; "what did Psaki tell?" what she said.
        folded = HasAny(folded, "revert", "good name", "stand", "tell", "told") ? IndianEnglish().Replace(folded, m =>
            m.Groups["revert"].Success ? " " : m.Groups["name"].Success ? "name" : m.Groups["stand"].Success ? "stance"
            : m.Groups["told"].Value.Equals("told", StringComparison.OrdinalIgnoreCase) ? "said" : "say") : folded;
        // "nine point two billion", "twenty seventeen": numbers in digits, as the article writes them.
        folded = NumberWords.Digits(folded);
        // "how much did russia pledge 2 abkhazia", "psaki works 4 who": phone shorthand for "to" and "for"; "pledge 2
        // billion", "the 2 guys" and "in 4 years" keep their numbers.
        folded = HasAny(folded, " 2", " 4") ? DigitPreposition().Replace(folded, m => $"{m.Groups["word"].Value} {(m.Groups["digit"].Value == "2" ? "to" : "for")}") : folded;
        folded = HasAny(folded, "ref", "re:", "subj") ? SubjectLine().Replace(folded, "tell me about ${topic}, ") : folded;
        folded = HasAny(folded, "advise") ? PleaseAdvise().Replace(folded, m => m.Value.TrimEnd().EndsWith("advise", StringComparison.OrdinalIgnoreCase) || m.Value.Contains('.') ? " " : " tell me ") : folded;
        // "Might I ask when the signature took place?", "On what date, may I ask, was it signed?": the courtesy of asking.
        folded = HasAny(folded, "ask", "enquire", "inquire") ? MayIAsk().Replace(folded, m => m.Groups["about"].Success ? " tell me about " : " ") : folded;
        // "what's the name of the EU foreign policy chief?", "US state dept spox name": who that person is.
        folded = HasAny(folded, "name") ? TrailingName().Replace(NameOfSomeone().Replace(folded, "who is the ${who}"), "who is the ${who}?") : folded;
        // "tibilov first name?", "what is Psaki's full name?": who the named person is, which their answer says in full.
        folded = HasAny(folded, "name") && PersonsName().Match(folded) is { Success: true } named && IsSomeone(named.Groups["who"].Value) ? $"who is {named.Groups["who"].Value}?" : folded;
        // "How is called the agreement with Abkhazia?", "how it is called?": a learner's word order for what it is called.
        folded = HasAny(folded, "called") ? HowIsCalled().Replace(folded, m => $"what {m.Groups["aux"].Value} {m.Groups["thing"].Value.Trim()} called") : folded;
        // "by the end of '17", "the '08 agreements": a year written with its century left out.
        folded = folded.Contains('\'') ? ShortYear().Replace(folded, "20${yy}") : folded;
        // "9bn", "9.2 bn", "500mn": a business reader's abbreviated scale.
        folded = HasAny(folded, "bn", "mn", "bln", "mln") ? AbbreviatedScale().Replace(folded, m => $"{m.Groups["number"].Value} {(m.Groups["scale"].Value.StartsWith('b') ? "billion" : "million")}") : folded;
        // "was the treaty formally signed?", "will Russia officially guard the line?": how it was done, which every answer
        // is; only naming something formally asks for its name ("what is it officially called?").
        folded = HasAny(folded, "formally", "officially") && !NamingWord().IsMatch(folded) ? FormallyDone().Replace(folded, " ") : folded;
        // "did the US put out a statement?", "when did the EU issue its statement?": made one, as the examples say.
        folded = HasAny(folded, "put", "issu", "releas") ? IssuedAStatement().Replace(folded, "make ") : folded;
        // "State the full name of the treaty.", "List the reactions.": an imperative that opens a sentence asks to be told.
        folded = HasAny(folded, "list", "state", "outline", "give", "provide", "detail", "enumerate", "share", "cite", "quote", "recap") ? ImperativeRequest().Replace(folded, "tell me ") : folded;
        // "in the order of five billion" and "the sum mentioned in connection with Sokhumi" are about; "likewise" is too.
        folded = HasAny(folded, "order of", "connection with", "likewise") ? OrderOf().Replace(folded, m => m.Value.Contains("likewise", StringComparison.OrdinalIgnoreCase) ? " too " : "about") : folded;
        // "was it signed on the fifth anniversary of the annexation?": which anniversary is the guess the answer (one year
        // since) corrects; "is that date special for some reason?", "for an old man": no part of what is asked.
        folded = HasAny(folded, "anniversary") ? OrdinalAnniversary().Replace(folded, string.Empty) : folded;
        folded = HasAny(folded, "reason", "old ", "sentence or two", "report", "slide", "deck", "presentation", "memo", "minutes", "briefing", "newsletter") ? ReadersFraming().Replace(folded, string.Empty) : folded;
        // "did they sign in Moscow or somewhere else?", "did Putin sign it himself, rather than a minister?": the other
        // answer the reader offers asks nothing of its own.
        folded = HasAny(folded, " else", "elsewhere", "rather than") ? OrSomewhereElse().Replace(folded, string.Empty) : folded;
        // "did the Americans take a similar line?", "did they say anything along the same lines?": say the same.
        folded = HasAny(folded, "similar", "same line") ? SameLine().Replace(folded, "say the same") : folded;
        // "Mogherini, she is the NATO Secretary General, correct?": the name the reader opens with is the "she".
        // Asked as the check it is: "is Mogherini the NATO Secretary General, correct?".
        folded = HasAny(folded, "she", "he") ? NameThenPronoun().Replace(folded, m => m.Groups["verb"].Value.ToLowerInvariant() switch
        {
            "works" => $"does {m.Groups["name"].Value} work",
            var verb => $"{verb} {m.Groups["name"].Value}",
        }) : folded;
        // "does psaki work for the EU?", "psaki works for the EU right?": where she is from, a guess at who she is.
        folded = HasAny(folded, "work") ? WorksFor().Replace(folded, "is ${who} from") : folded;
        // "Was Medvedev who signed for Russia?": a learner's "was it Medvedev who signed...".
        folded = HasAny(folded, "who", "that") ? LearnersCleft().Replace(folded, "${aux} it ${name} ") : folded;
        // "Was Lavrov at the head of the delegation?": heading it.
        folded = HasAny(folded, "at the head of") ? AtTheHeadOf().Replace(folded, "heading") : folded;
        // "the Abkhaz authorities", "the South Ossetian side", "the American side": the party itself.
        folded = HasAny(folded, "authorities", "side", "leadership") ? PartysSide().Replace(folded, "${party}") : folded;
        // "is the deal good for 25 years?": valid for, not a judgement of the deal.
        folded = HasAny(folded, "good for") ? GoodFor().Replace(folded, "valid for") : folded;
        // "what's the actual title?", "who is the actual leader?": the reader's emphasis; the article's own "actual
        // annexation" keeps it.
        folded = HasAny(folded, "actual") ? ActualEmphasis().Replace(folded, " ") : folded;
        // "per the copy", "the copy says": an editor's name for the article.
        folded = HasAny(folded, "copy") ? TheCopy().Replace(folded, "the article") : folded;
        // "did put in sign it himself?": a phone's autocorrect made two words of Putin; "put in" with no subject before
        // it and a verb after it can only be him ("did Russia put in more?" keeps its money).
        folded = HasAny(folded, "put in") ? AutocorrectedPutin().Replace(folded, "${aux} putin ") : folded;
        // "this so-called treaty": the reader's scare quotes add nothing to what is asked, and "called" would ask for a name.
        folded = SoCalled().Replace(TlDr().Replace(folded, "tldr"), " ");
        // "as far as the piece reports", "as the article describes her", "if the article specifies it": the reader
        // asks what the article says, which every answer is; the words would only count against it.
        // "according to the author", "as described by the writer", "does the author specify...", "why does the author bring
        // up Crimea?": the author says what the article says. Not "who is the author?" nor "what else did the author write?".
        folded = HasAny(folded, "author", "writer", "journalist", "reporter") ? AuthorAsTheText().Replace(folded, "the article") : folded;
        folded = AsTheArticleSays().Replace(folded, " ");
        // "why is Crimea mentioned in a piece about South Ossetia?": the article, as the reader describes it.
        folded = HasAny(folded, " about", " on ") ? InAPieceAbout().Replace(folded, " in the article") : folded;
        folded = HasAny(folded, "account", "telling", "version", "framing", "reading", "reported", "mentioned", "given", "stated", "named", "cited") ? InTheArticlesAccount().Replace(folded, " ") : folded;
        folded = HasAny(folded, "speak", "spoke") ? SpeaksOf().Replace(folded, m => m.Groups["verb"].Value.ToLowerInvariant() switch { "speaks" => "says", "spoke" => "said", _ => "say" }) : folded;
        // "Does the article say when the talks resume?", "where in the article is the term mentioned?": every answer is
        // what the article says, with the paragraph it says it in.
        folded = DoesTheArticleSay().Replace(folded, " ");
        folded = HasAny(folded, "say", "mention", "cover", " in ") ? DoesItSayAfterwards().Replace(folded, "?") : folded;
        // "any quote from the georgian government?", "is there a statement from the state department?": what they said.
        folded = HasAny(folded, "quote", "statement", "comment", "word from", "response from") ? QuoteFrom().Replace(folded, "what did ${who} say${end}") : folded;
        // "'pledged 9.2 billion rubles to Sokhumi' - who is Sokhumi here?", "Moscow ne Sokhumi ko paise diye, ye Sokhumi kaun
        // hai?": the reader quotes the pledge or the treaty only to ask what the city's name stands for in it.
        // Only with the words quoted or pointed at: "what is Sokhumi?" alone keeps its words.
        folded = HasAny(folded, "sokhumi", "sukhumi", "tskhinvali") && HasAny(folded, "'", "\"", "‘", "“", "pledge", "money", "paise", "ruble", "context", "sentence", "phrase", " here", "says", " said")
            && CityAskedAbout().Match(folded) is { Success: true } city
            ? $"what does {city.Groups["city"].Value} mean?" : folded;
        // "who is this federica person", "what about this karasin guy": the person named.
        folded = HasAny(folded, "this ") && ThisNamedPerson().Match(folded) is { Success: true } person && IsSomeone(person.Groups["name"].Value)
            ? folded.Remove(person.Index, person.Length).Insert(person.Index, person.Groups["name"].Value) : folded;
        // "the article says Moscow signed something with Abkhazia, what was that?": what the reader read, not what
        // someone said ("what did Georgia say?" asks for a statement). "When the article says X" and "the text says
        // 'X'" ask what the article's words mean, and keep them.
        var namesTheText = HasAny(folded, "article", "piece", "story", "text", "report", "write");
        folded = namesTheText ? TheArticleSays().Replace(folded, " ") : folded;
        // "A patron asks whether the treaty absorbs the troops. What does the article say?": who asks, and the request to
        // answer from the article, frame the one question there is.
        folded = HasAny(folded, "ask", "know", "wonder", "like", "want", "need", "curious") ? AskedOnBehalf().Replace(folded, " ") : folded;
        // A librarian relays the enquiry ("we had an enquiry about the treaty's term", "..., for a patron, ..."): its
        // subject is the question.
        folded = HasAny(folded, "enquiry", "inquiry", "question", "request", "query") ? Enquiry().Replace(folded, m => m.Groups["about"].Success ? " tell me about " : " ") : folded;
        folded = HasAny(folded, "for a", "for an", "for our", "for one", "for the") ? ForAPatron().Replace(folded, " ") : folded;
        // "I'd love to know who signed it", "we would be grateful to learn...": the wish to know is every question's.
        folded = HasAny(folded, "know", "learn", "hear", "find", "understand") ? WishToKnow().Replace(folded, " ") : folded;
        // "Would you be so kind as to tell me...", "kindly inform me of...", "I should be most grateful for an account
        // of...": a letter writer's courtesy asks nothing of its own.
        folded = HasAny(folded, "kind", "good enough", "able", "inform", "enlighten", "apprise", "grateful", "obliged") ? Courtesy().Replace(folded, " tell me ") : folded;
        // "if it isn't too much trouble", "when she's at home", "by any chance", "forgive my ignorance, but": the courtesy
        // around a question.
        folded = HasAny(folded, "trouble", "mind my", "mind me", "at home", "any chance", "forgive", "pardon", "excuse my") ? PoliteAside().Replace(folded, string.Empty) : folded;
        // "your correspondent's piece": the article, as a reader writing to the paper names it.
        folded = HasAny(folded, "correspondent", "reporter", "journalist") ? CorrespondentsPiece().Replace(folded, "the article") : folded;
        folded = namesTheText ? AskingTheArticleAfterwards().Replace(folded, "?") : folded;
        folded = WhereInTheArticle().Replace(folded, "what is ");
        // "how much cash does Tskhinvali get out of this?" asks what it receives; "what does Russia get out of it?" asks
        // what it gains (see the vocabulary), which the article does not say.
        folded = HowMuchOutOf().Replace(folded, "${asked}get from");
        // "when was it signed again?", "what was it called again?": the reader recalls, and asks nothing twice. Only at the
        // end of a question that asks "what", "when"..., and not after meeting: "when do they meet again?" asks about the next round.
        folded = HasAny(folded, "again") ? RecalledAgain().Replace(folded, "${asked}") : folded;
        // "in terms of next steps", "in the article's own terms": how the reader frames it, not the treaty's terms.
        folded = HasAny(folded, "terms") ? InTermsOf().Replace(folded, " ") : folded;
        // "is it the same?", "are the two texts the same?": a yes/no question ending on "the same" compares; elsewhere
        // "the same" is mostly an action repeated ("did Russia do the same with Abkhazia?").
        folded = SameAtTheEnd().Replace(folded, "${check}similar");
        // "how does the piece characterise South Ossetia?", "how is Abkhazia described?": what the article says it is.
        folded = HowTheArticleDescribes().Replace(folded, "what is ");
        folded = HowIsItDescribed().Replace(folded, "what is ${thing}");
        // "date of signing? source?", "1 billion in 2016, right? proof??": every answer quotes the article, which is the
        // source the reader asks for.
        folded = HasAny(folded, "source", "proof", "citation") ? AskedForASource().Replace(folded, "?") : folded;
        // "who signed, so I attribute it correctly?": what the reader will do with the answer is no part of the question,
        // nor is what they assume ("when does it expire, assuming it runs its full term?").
        folded = SoThatI().Replace(folded, string.Empty);
        // "is it open-ended, which matters for our scenarios?", "..., or am I misreading it?", "..., at least rhetorically?":
        // the reader's hedge or comment after the question asks nothing of its own; nor does "i'm guessing not", "it keeps
        // coming up", "the name rings a bell" or "like physically".
        folded = HasAny(folded, "which", " or ", "least", "practice", "just", "mutatis", "far as", "mistaken", "correctly", "remember", "recall", "think", "believe", "guess", "suppose", " bet ", "assume", "keep", " up", "bell", "familiar", "like ") ? ReadersHedge().Replace(folded, string.Empty) : folded;
        // "did anyone, you know, push back?": the speaker's filler between commas.
        folded = HasAny(folded, "you know,", "y'know,", "ya know,") ? YouKnow().Replace(folded, " ") : folded;
        // "whats south ossetia bc i have no clue", "who is tibilov tbh never heard of him", "whats tskhinvali, cant even
        // pronounce it": what the reader does not know is what they ask; "who's she supposed to be?" asks who she is.
        folded = HasAny(folded, "heard", "clue", "idea", "pronounce") ? ReadersIgnorance().Replace(folded, NotKnowing) : folded;
        folded = HasAny(folded, "supposed to be") ? SupposedToBe().Replace(folded, string.Empty) : folded;
        // "Similarly, what is Sokhumi?", "How much is Abkhazia getting, by way of comparison?": how the reader links this
        // question to the last one is no comparison they ask for ("how does it compare with the Abkhaz one?" is, and "by
        // comparison with Abkhazia's" keeps what it is compared with).
        folded = HasAny(folded, "similarly", "comparison", "same vein", "same token") ? LinkToTheLastQuestion().Replace(folded, " ") : folded;
        // "might you tell me what the article concerns?": what it is about, not anyone's concerns.
        folded = HasAny(folded, "concerns") ? WhatItConcerns().Replace(folded, "${what} is about") : folded;
        // "what's the bottom line?", "the long and short of it?", "boil it down for me": idioms for a summary, whose words
        // ("long", "line") would each ask something else.
        folded = HasAny(folded, "bottom line", "big picture", "long and", "boil") ? SummaryIdiom().Replace(folded, m => m.Groups["verb"].Success ? "summarise it" : "the summary") : folded;
        // "did putin sign it himself or is that another media fairy tale", "is that its name or just media spin?", "was it
        // 1 bln in 2016 or did i misread?": the doubt the reader adds offers no other answer. Not "or just talk": "did
        // they agree on anything or just talk?" offers one.
        folded = HasAny(folded, "or ") ? ScepticsHedge().Replace(folded, string.Empty) : folded;
        // "Was it Putin himself who signed, or did he send a minister?", "is South Ossetia a country in its own right, or is
        // it part of somewhere else?": the second clause only offers the other answer to the first.
        folded = HasAny(folded, ", or ") ? OrTheOtherAnswer().Replace(folded, "${asked}") : folded;
        // "did they sign it in the Kremlin, as my son-in-law told me?", "what is his title, if I may ask?": where the
        // reader heard a claim, and the courtesy of asking, close a letter's question without asking anything.
        folded = HasAny(folded, " as ", "ask", "if ") ? ReadersAside().Replace(folded, string.Empty) : folded;
        // "explain the treaty pls im 12", "I am 82 and my eyes are poor": the reader's age is no number of the article.
        folded = HasAny(folded, "im ", "i'm", "i am") ? ReadersAge().Replace(folded, " ") : folded;
        // "what's the treaty's title, for my worksheet", "how would I explain it to the class?", "what should pupils know
        // about X?": what the reader will use the answer for, and whom they will tell, are no part of the question.
        folded = HasAny(folded, "for my", "for our") ? ForTheReadersOwn().Replace(folded, string.Empty) : folded;
        folded = HasAny(folded, "class", "pupils", "students", "kids", "children", "readers", "listeners", "viewers", "audience", "group", "year") ? ToTheReadersAudience().Replace(folded, string.Empty) : folded;
        folded = HasAny(folded, "know about", "learn about", "remember about", "understand about") ? WhatShouldTheyKnowAbout().Replace(folded, "what about") : folded;
        folded = HasAny(folded, "explain", "describe", "summar", "present", "teach") ? HowWouldIExplain().Replace(folded, "explain") : folded;
        // "is it referred to as an 'alliance and integration treaty'?", "known as", "was it styled a treaty on...": what it
        // is called.
        folded = HasAny(folded, "referred", "known as", "titled", "termed", "dubbed", "styled") ? ReferredToAs().Replace(folded, "called") : folded;
        // "ossetia treaty signed by?", "delegation headed by": a search box's way to ask who.
        folded = HasAny(folded, " by") ? AskedByWhom().Replace(folded, "${done} by who${end}") : folded;
        // "why does August 2008 come up in the article?": it is mentioned.
        folded = HasAny(folded, "come up", "comes up", "came up") ? ComesUp().Replace(folded, "mentioned") : folded;
        // "who's running it at the moment?": now, in the reader's words.
        // Not "what is Psaki doing these days?": what someone does since the article is no fact of it.
        folded = HasAny(folded, "moment", "present", "these days", "nowadays") && !HasAny(folded, "doing") ? AtTheMoment().Replace(folded, "now") : folded;
        folded = HasAny(folded, "assuming") ? Assuming().Replace(folded, string.Empty) : folded;
        // "who does tibilov represent in all this?", "what was her job at the time?": the story's own events and time,
        // which every answer is about already.
        folded = HasAny(folded, "at the time", "in all this", "in all of this", "in all that") ? InTheStory().Replace(folded, string.Empty) : folded;
        // "i.e.", "e.g.": the reader's own gloss follows, not two words.
        folded = HasAny(folded, "i.", "e.") ? ThatIs().Replace(folded, ",") : folded;
        // "Ok, signing off": the reader leaves; only "signing off on" something approves it.
        folded = HasAny(folded, "signing off") ? SigningOff().Replace(folded, "bye") : folded;
        // "which article of the treaty covers borders?" asks for a clause; "article" alone is the news article.
        folded = ArticleOfTheTreaty().Replace(folded, "clause");
        return folded;
    }

    // Each reading has a word it cannot do without: checking for it first spares the regex on the rest, which matters
    // because the engine reads every example, near miss and vocabulary phrase through here when it is built.
    // "Q5 ...", "question 3: ...": the numbering opens the message.
    private static bool OpensWithQ(string text) => text.TrimStart(' ', '"', '\'', '(', '-', '*', '#') is [ 'q' or 'Q', ..];

    [GeneratedRegex(@"(?<![\p{L}\d'])(?:e\s+u|u\s+s(?:\s+a)?|u\s+n|u\s+k|o\s+s\s+c\s+e|n\s+a\s+t\s+o|u\s+s\s+s\s+r)(?![\p{L}\d'])", RegexOptions.IgnoreCase)]
    private static partial Regex SpelledAcronym();

    private static bool HasAny(string text, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // How a reader names the text itself: "the article", "this piece", "the write-up".
    private const string TheText = @"(?:the|this|your)\s+(?:article|piece|story|text|report|write-?up|paper|newspaper)";

    [GeneratedRegex(@"\b(?<aux>did|does|do|has|had|will|would|can|could|is|was|and)\s+put\s+in\s+(?=(?:and|himself|personally|sign|signs|signed|promise|promised|pledge|pledged|say|said|tell|told|meet|met|agree|agreed)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AutocorrectedPutin();

    [GeneratedRegex(@"^(?<asked>\W*(?:(?:so|and|ok|wait|sorry|um|uh|hmm)[,\s]+)?(?:what|when|where|who|whom|which|how)(?:'?s)?\b.*?)(?<!\b(?:meet|meets|meeting|talk|talks|gather|convene|negotiate|resume|sit|together|held|happen|occur))[,\s]+again(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex RecalledAgain();

    [GeneratedRegex(@"\bin\s+terms\s+of\b|\bin\s+(?:the\s+article's|the\s+piece's|its|their|his|her)\s+(?:own\s+)?terms\b", RegexOptions.IgnoreCase)]
    private static partial Regex InTermsOf();

    // "tl;dr" is one word to a reader, three characters of punctuation to a tokenizer.
    [GeneratedRegex(@"(?:[-–—,]+\s*|\s+)(?:sorry|i\s+mean|or\s+rather|scratch\s+that|let\s+me\s+rephrase)[,:]?\s+(?=(?:who|whom|whose|when|where|why|how|what|what's|which|did|does|do|is|are|was|were)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StartedAgain();

    [GeneratedRegex(@"^\s*/(?<name>[a-z]\w*)(?:@\w+)?(?=\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex BotCommand();

    // An emoji code is letters, digits, "_", "+" or "-" between colons, with a letter in it: "10:30:" is a time. Discord
    // writes a mention of a user, role or channel as "<@123>", "<@!123>", "<@&123>", "<#123>"; a client describes a
    // sticker or an attachment in brackets ("[sticker: thinking cat]").
    [GeneratedRegex(@"<@[!&]?\d+>|<#\d+>|\[(?:sticker|gif|image|photo|picture|attachment|voice\s+message|video|file)\b[^\]]*\]|\b(?:https?://|www\.)\S+|(?<![\w.])@[\w.]+|(?<![\w/])r/\w+|<a?:\w+:\d+>|(?<![\w:]):(?=[\w+-]*[a-z])[\w+-]{2,}:(?![\w:])", RegexOptions.IgnoreCase)]
    private static partial Regex ChatMarkup();

    [GeneratedRegex(@"(?<=[?!.,]|\b(?:right|no|yes|true|correct))\s*(?:(?:any|a|your|got\s+a|what's\s+the|what\s+is\s+the)\s+)?(?:source|sources|proof|citation|citation\s+needed)(?:\s+(?:for\s+that|pls|please|on\s+that))?\s*[?!.]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AskedForASource();

    [GeneratedRegex(@"\s*,?\s+or\s+(?:(?:is|was)\s+(?:that|this|it)\s+(?:just\s+|all\s+|also\s+|only\s+)?(?:another|more|some|media|msm|western|fake|propaganda|spin|made\s+up|a\s+(?:myth|lie|rumou?r|fairy\s+tale|hoax|fabrication))|just\s+(?:(?:media|msm|western)\s+)?(?:spin|propaganda|boilerplate|hype|rhetoric|pr|for\s+show)|did\s+i\s+(?:misread|misunderstand|mishear|get\s+(?:it|that)\s+wrong))\b[^?.!]*", RegexOptions.IgnoreCase)]
    private static partial Regex ScepticsHedge();

    [GeneratedRegex(@"\b(?:does|did|do)\s+(?!(?:the|it|this|that|they|he|she|you|i|we|russia|moscow|georgia|treaty|deal)\b)(?<who>[\p{L}]+)\s+work\s+(?:for|with|at)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorksFor();

    // Only after a question word ("who is X"), checked in code (see NotKnowing): "I had no idea this place existed.
    // What's its population?" keeps its question, whose words come after.
    [GeneratedRegex(@"\s*[,;-]?\s*(?:(?:bc|because|cause|cuz|coz|since|as)\s+)?(?:(?:tbh|honestly|lol|lmao|genuinely)\s+)?(?:(?:i|i've|ive|i'd|id)\s+)?(?:(?:have|had)\s+)?(?:never\s+heard(?:\s+(?:of|about)\s+(?:him|her|it|them|this|that|this\s+guy|the\s+place))?(?:\s+(?:before|b4))?|no\s+(?:clue|idea)|(?:can't|cant|cannot|can\s+not)\s+(?:even\s+)?pronounce\s+(?:it|that|this|his\s+name|her\s+name|the\s+name))\b[^?.!]*", RegexOptions.IgnoreCase)]
    private static partial Regex ReadersIgnorance();

    private static string NotKnowing(Match remark) =>
        AsksWhoOrWhat().IsMatch(remark.Result("$`")) ? string.Empty : remark.Value;

    [GeneratedRegex(@"\b(?:who|what|whats|where|which)\b[^?.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhoOrWhat();

    // "who's she supposed to be?", "whose territory is South Ossetia supposed to be?": at the end of a question, as
    // "supposed" is not in "how are the border issues supposed to be resolved?".
    [GeneratedRegex(@"(?<=\b(?:who|who's|whos|what|what's|whats|whose)\b[^?.!]*?)\s+supposed\s+to\s+be(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex SupposedToBe();

    [GeneratedRegex(@"^\W*(?:similarly|in\s+the\s+same\s+vein|by\s+the\s+same\s+token)\s*,|[,;]?\s*\b(?:by\s+way\s+of|for|by)\s+comparison(?:'s\s+sake)?\b(?!\s+(?:with|to)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LinkToTheLastQuestion();

    [GeneratedRegex(@"\b(?<what>what\s+(?:the\s+(?:article|piece|story|report|text|news)|it|this))\s+concerns\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatItConcerns();

    [GeneratedRegex(@"^\W*(?!(?:ok|okay|so|well|yes|no|and|but|hey|hi|wait|sorry|also|then|right|now|um|uh|yeah)\b)(?<name>[\p{L}]+(?:\s+[\p{L}]+)?)\s*[,:-]\s*(?:(?:she|he)\s+(?<verb>is|was|works)|(?<verb>is|was)\s+(?:she|he))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NameThenPronoun();

    // Each word first, then what stands before it: a look-behind tried at every position of every question is slow.
    [GeneratedRegex(@"(?<revert>[,;]?\s*(?:kindly|please|pls|plz)\s+revert(?:\s+back)?\b)|\bgood\s+(?<name>name)\b|\b(?<stand>stand)\b(?<=\p{L}(?:'s|s')\s+stand)(?!\s+(?:up|by|for|still|down|to)\b)|\b(?<told>tell)(?<=\b(?:did|does|do)\s+(?!you\b|u\b|i\b|we\b)[\p{L}]+\s+tell)(?=\s*[?!.]*\s*$|\s+about\b)|\b(?<told>told)(?<=\b(?:what|whatever)\s+(?!you\b|u\b|i\b|we\b)[\p{L}]+\s+told)(?=\s*[?!.]*\s*$|\s+about\b)", RegexOptions.IgnoreCase)]
    private static partial Regex IndianEnglish();

    // Only as the whole question: "bottom line from Geneva?" asks what the talks came to.
    [GeneratedRegex(@"(?<=^\W*(?:(?:so|ok|okay|and|well|just)[,\s]+)?(?:(?:what(?:'s|s|\s+is)|give\s+me|tell\s+me)\s+)?)(?:the\s+)?(?:bottom\s+line|big\s+picture|long\s+and\s+(?:the\s+)?short\s+of\s+it)(?=\s*(?:here|please|pls)?\s*[?!.]*\s*$)|(?<=^\W*(?:(?:so|ok|okay|and|well|just|can\s+you|could\s+you|please)[,\s]+)?)(?<verb>boil\s+(?:it|this|that|everything|the\s+(?:story|article|news))\s+down)(?=\s*(?:for\s+me|for\s+us|please|pls)?\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryIdiom();

    // A cheap scan first: nearly no question has a letter three times in a row.
    private static bool HasHeldLetter(string text)
    {
        for (var i = 2; i < text.Length; i++)
        {
            if (text[i] == text[i - 1] && text[i] == text[i - 2] && char.IsLower(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string HeldLetters(Match word)
    {
        var once = Repeated().Replace(word.Value, "$1");
        var twice = Repeated().Replace(word.Value, "$1$1");
        var lower = once.ToLowerInvariant();
        return WordLists.StopWords.Contains(lower) || WordLists.Filler.Contains(lower) || WordLists.DiscourseMarkers.Contains(lower)
            || (EnglishWords.Contains(lower) && !EnglishWords.Contains(twice.ToLowerInvariant()))
            ? once
            : twice;
    }

    // No English word has a letter three times in a row.
    private static string WithoutTrailingEmoji(string text)
    {
        var end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || char.IsSurrogate(text[end - 1]) || text[end - 1] is '\uFE0F' or '\u200D'
            || char.GetUnicodeCategory(text[end - 1]) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol))
        {
            end--;
        }

        // An emoji alone ("👋") is the whole message.
        return end < text.Length && text[..end].Any(char.IsLetterOrDigit) ? text[..end] : text;
    }

    [GeneratedRegex(@"\bback\s+(?=(?:in|on)\s+(?:the\s+day\b|those\s+days\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d))", RegexOptions.IgnoreCase)]
    private static partial Regex BackInTime();

    private static readonly Dictionary<string, string> ShortMonths = new(StringComparer.Ordinal)
    {
        ["jan"] = "january", ["feb"] = "february", ["mar"] = "march", ["apr"] = "april", ["jun"] = "june", ["jul"] = "july",
        ["aug"] = "august", ["sep"] = "september", ["sept"] = "september", ["oct"] = "october", ["nov"] = "november",
        ["dec"] = "december",
    };

    [GeneratedRegex(@"(?<=\b\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+)(?<month>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?!\p{L})|(?<!\p{L})(?<month>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?=\s+\d{1,2}(?:st|nd|rd|th)?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ShortMonth();

    [GeneratedRegex(@"\p{L}*(\p{Ll})\1{2,}\p{L}*")]
    private static partial Regex Elongated();

    [GeneratedRegex(@"(\p{Ll})\1{2,}")]
    private static partial Regex Repeated();

    [GeneratedRegex(@"\btl\s*;\s*dr\b", RegexOptions.IgnoreCase)]
    private static partial Regex TlDr();

    [GeneratedRegex(@"\bso[- ]called\b", RegexOptions.IgnoreCase)]
    private static partial Regex SoCalled();

    [GeneratedRegex(@"\bas\s+(?:described|reported|stated|mentioned|written|said|told|explained|presented|portrayed|depicted|characteri[sz]ed|framed|rendered|worded|phrased|identified|given|noted|cited|recounted|outlined|discussed|summari[sz]ed|set\s+out|laid\s+out)\s+(?:in|by)\s+" + TheText + @"\b|\b(?:as\s+far\s+as|as|if|insofar\s+as)\s+" + TheText + @"\s+(?:reports|says|goes|describes|puts|frames|tells|specifies|mentions|knows|is\s+concerned|has\s+it|explains|indicates|discusses|notes|states|shows|suggests|records|relates|reveals|presents|portrays|depicts|characteri[sz]es|renders|words|phrases|terms|labels|calls|identifies|outlines)(?:\s+(?:it|her|him|them|that|us))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsTheArticleSays();

    // "the author says", "does the writer specify", "according to the journalist", "as described by the author": the
    // article's author where the article could stand, saying what it says.
    [GeneratedRegex(@"(?:(?<=\b(?:according\s+to|as\s+per|per|as\s+\p{L}+\s+by)\s+)(?:the|this|your)\s+(?:author|writer|journalist|reporter)\b|\b(?:the|this|your)\s+(?:author|writer|journalist|reporter)(?=\s+(?:(?:even|actually|ever|also|explicitly|specifically)\s+)?(?:says|say|mentions|mention|mentioned|brings?\s+up|brought\s+up|writes|reports|report|is\s+reporting|describes|describe|specifies|specify|notes|note|cites|cite|presents|present|refers\s+to|refer\s+to|explains|explain|suggests|suggest|states|state|quotes|quote|puts\s+it|characteri[sz]es|characteri[sz]e|frames|frame|portrays|portray|indicates|indicate|identifies|identify|go\s+into|goes\s+into|gives|give|raise|raises|invoke|invokes)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorAsTheText();

    [GeneratedRegex(@"\s+in\s+(?:a|an)\s+(?:piece|article|story|text|report|write-?up)\s+(?:about|on)\s+[^?.!,;]{1,40}?(?=\s*(?:[?.!,;]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex InAPieceAbout();

    // "does the article say...", "does it say who signed the thing", "does it give the date?", "does the piece cover the
    // international reaction?": the question the reader wants the article to answer.
    // What "it" says or gives is the article's; what it includes, the treaty's ("does it include the borders too?"). A
    // request for anything it gives or tells stays whole: "anything about her background" would read as who she is.
    [GeneratedRegex(@"^\W*(?:so\s+|and\s+|but\s+)?(?:does|did)\s+(?:" + TheText + @"\s+(?:(?:even|actually|ever)\s+)?(?:say|state|mention|report|name|specify|indicate|describe|cover|(?:give|tell\s+(?:us|me)|go\s+into)(?!\s+(?:any|an?\s+(?:reason|explanation)|reasons)))|it\s+(?:(?:even|actually|ever)\s+)?(?:say|mention|name|specify|(?:give|tell\s+(?:us|me))(?!\s+(?:any|an?\s+(?:reason|explanation)|reasons))))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoesTheArticleSay();

    // "what's tibilov's role, does it say?", "nato infrastructure in georgia - is that mentioned?", "..., is it in the
    // article?": the check after the question asks what every answer says, where the article says it.
    [GeneratedRegex(@"(?<=\S)\s*(?:[,;:]|\s-+|\s–)\s*(?:(?:does|did)\s+(?:it|" + TheText + @")\s+(?:say|mention\s+(?:it|that|this))|(?:is|was)\s+(?:that|it|this)\s+(?:mentioned|covered|in\s+(?:there|it|" + TheText + @"))(?:\s+(?:anywhere|at\s+all))?)\s*[?.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DoesItSayAfterwards();

    [GeneratedRegex(@"\s*,?\s*(?:if\s+(?:it\s+)?(?:isn't|is\s+not|it's\s+not|'s\s+not)\s+too\s+much\s+trouble|if\s+you\s+don'?t\s+mind\s+(?:my|me)\s+asking|when\s+(?:she's|he's|they're|it's|she\s+is|he\s+is|they\s+are|it\s+is)\s+at\s+home|by\s+any\s+chance)(?=\s*[?.!,]|\s*$)|^\W*(?:forgive|pardon|excuse)\s+my\s+(?:ignorance|asking)\s*,?\s*(?:but\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex PoliteAside();

    [GeneratedRegex(@"^\W*(?:(?:is|are)\s+there\s+)?(?:any|an?)\s+(?:quotes?|statements?|comments?|word|response)\s+(?:from|by)\s+(?<who>[^?.!,]+?)(?:\s+(?:anywhere|at\s+all|in\s+(?:there|it|the\s+(?:article|piece|story))))?\s*(?<end>[?.!]*)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteFrom();

    [GeneratedRegex(@"\b(?:who|what)(?:\s+or\s+(?:who|what))?\s*(?:is|'s|s|be|are)\s+['‘""“]?(?<city>sokhumi|sukhumi|tskhinvali)['’""”]?(?!['’]?s\b)(?!\s+(?:region|regime|leader|government|population|people|capital))|\b(?<city>sokhumi|sukhumi|tskhinvali)['’""”]?\s*(?:who|what)\s*\?", RegexOptions.IgnoreCase)]
    private static partial Regex CityAskedAbout();

    [GeneratedRegex(@"\bthis\s+(?<name>\p{L}+)\s+(?:person|guy|woman|lady|man|dude|fellow|chap|bloke|character)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisNamedPerson();

    [GeneratedRegex(@"(?<!\b(?:when|where|if|why)\s+)\b" + TheText + @"\s+(?:says|said|mentions|mentioned|keeps\s+(?:saying|mentioning)|talks\s+about|talked\s+about|refers\s+to|referred\s+to)\b(?!\s*[,:]?\s*['""])", RegexOptions.IgnoreCase)]
    private static partial Regex TheArticleSays();

    [GeneratedRegex(@"\b(?:i'?d|i\s+(?:would|should|shall)|we'?d|we\s+(?:would|should|shall))\s+(?:really\s+)?(?:love|like|want|be\s+(?:(?:very|most|so|really)\s+)?(?:glad|happy|grateful|interested|pleased|delighted))\s+to\s+(?:know|learn|hear|find\s+out|understand)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WishToKnow();

    [GeneratedRegex(@"\b(?:(?:a|my|one|our|the|this|another)\s+(?:of\s+(?:our|my|the)\s+)?(?:patron|reader|user|customer|client|student|colleague|friend|listener|viewer|member|researcher|gentleman|gentlemen|lady|ladies|woman|man|visitor|caller|enquirer|inquirer|borrower|person|pupil|dad|mum|mom|father|mother|son|daughter|brother|sister|wife|husband|uncle|aunt|cousin|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|grandad|granddad|gran|granny|nana|nan|gramps|grampa|grandparent|neighbou?r|boss|co-host|partner|kid|nephew|niece|brother-in-law|sister-in-law)s?(?:\s+(?:here|at\s+the\s+(?:desk|counter)|on\s+the\s+(?:phone|line)))?(?:\s*,[^,?]{1,80},)?|(?<![\p{L}'-]\s*)(?:grandma|grandpa|grandad|granddad|gran|granny|nana|nan|gramps|grampa|dad|mum|mom|papa|mama)(?:\s*,[^,?]{1,80},)?|(?:i|we)\s+(?:have|'ve\s+got|got)\s+(?:someone|somebody|a\s+[\p{L}]+)\s+(?:here\s+)?(?:who\s+(?:is\s+)?)?)\s*(?:asks|asked|has\s+asked|is\s+asking|asking|would\s+like\s+to\s+know|wants\s+to\s+know|wishes\s+to\s+know|needs\s+to\s+know|would\s+like|wants|needs|wonders|wondered|is\s+wondering|wondering|is\s+curious)\b(?:\s+(?:whether|if|about|to\s+know|to\s+confirm|to\s+check))?", RegexOptions.IgnoreCase)]
    private static partial Regex AskedOnBehalf();

    // "We had an enquiry about when the treaty expires", "I've had a question from a patron regarding...".
    [GeneratedRegex(@"\b(?:we|i)(?:'ve|\s+have)?\s+(?:just\s+)?(?:had|have|got|received)\s+(?:an?|one|another)\s+(?:enquiry|inquiry|question|request|query)(?:\s+from\s+(?:a|an|one\s+of\s+our)\s+[\p{L}]+)?(?<about>\s+(?:about|regarding|concerning|on))?(?:\s+as\s+to)?\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex Enquiry();

    // "Could you tell me, for a patron, who signed it?": whom the answer is for is no part of the question.
    [GeneratedRegex(@"[,;]?\s*\bfor\s+(?:a|an|one\s+of\s+our|our|the)\s+(?:patron|reader|customer|client|visitor|researcher|member\s+of\s+the\s+public)s?\b\s*,?", RegexOptions.IgnoreCase)]
    private static partial Regex ForAPatron();

    [GeneratedRegex(@"(?<=\S)\s*[.?!,]\s*(?:(?:what|how)\s+(?:does|did)\s+(?:the|this)\s+(?:article|piece|text|report|story)\s+(?:say|state|report|put\s+it)(?:\s+(?:about|on)\s+(?:it|this|that))?)\s*[?.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AskingTheArticleAfterwards();

    [GeneratedRegex(@"\bwhere\s+in\s+(?:the|this)\s+(?:article|piece|story|text|report)\s+(?:is|are|was|were|does|do)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhereInTheArticle();

    [GeneratedRegex(@"(?<asked>\bhow\s+(?:much|many)\b.*?)\bget\s+out\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowMuchOutOf();

    // "putin + who??", "Putin+Tibilov", "Russia & South Ossetia": not "2+2".
    [GeneratedRegex(@"\s[+&]\s|(?<=\p{L})\s*[+&]\s*(?=\p{L})")]
    private static partial Regex AndSign();

    [GeneratedRegex(@"^(?<check>\W*(?:and\s+|so\s+|but\s+)?(?:is|are|was|were|isn't|aren't|wasn't|weren't)\b(?:\s+[\w']+){1,5}?\s+)(?:the\s+)?same(?:\s+(?:text|texts|deal|thing|treaty|agreement|document|one|kind))?(?=\s*(?:then|too|now|or\s+not|,?\s*right)?\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex SameAtTheEnd();

    [GeneratedRegex(@"\bhow\s+(?:does|did|do)\s+(?:the|this)\s+(?:article|piece|story|text|report|author|writer)\s+(?:describe|characteri[sz]e|identify|portray|present|depict|label|refer\s+to)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex HowTheArticleDescribes();

    [GeneratedRegex(@"\bhow\s+(?:is|are|was|were)\s+(?<thing>(?:[\p{L}'-]+\s+){1,4}?)(?:described|characteri[sz]ed|identified|portrayed|presented|depicted|labell?ed|referred\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowIsItDescribed();

    [GeneratedRegex(@"[,;]\s*so\s+(?:that\s+)?(?:i|we)\s+(?:can\s+|could\s+)?[^?.!]*", RegexOptions.IgnoreCase)]
    private static partial Regex SoThatI();

    // A comment ("which matters for..."), a doubt of the reader's own reading ("or am I misreading it", "or is that my
    // paraphrase") or a qualification ("at least rhetorically", "in practice") after a comma or dash. Not "which
    // ministry...": a "which" that opens a question of its own.
    [GeneratedRegex(@"(?:[,;]|\s[-–—])\s*(?:which\s+(?:matters|would|is|was|seems|means|makes|could|might|may|i|we)\b|or\s+am\s+i\b|or\s+(?:is|was)\s+(?:that|this|she|he)\s+(?:just\s+)?(?:my|a|wrong|right|muddled|mistaken|confused)\b|or\s+have\s+i\b|at\s+least\s+(?:rhetorically|formally|officially|on\s+paper|in\s+theory|in\s+principle)|in\s+practice\b|just\s+(?:checking|to\s+be\s+sure|curious|wondering)\b|mutatis\s+mutandis|as\s+far\s+as\s+i\s+(?:know|can\s+tell|understand)|if\s+i'?m\s+not\s+mistaken|if\s+i\s+(?:remember|recall|understand)\s+(?:correctly|right)|i\s+(?:think|believe|guess|suppose)\s*$|(?:i'?m\s+|i\s+am\s+)?guessing\b|i\s+(?:guess|bet|suppose|assume)\s+(?:they|it|he|she|not|so|that)\b|(?:it|that|the\s+name|this\s+name|they|he|she)\s+(?:keeps?\s+(?:coming|popping|showing)\s+up|rings?\s+a\s+bell|sounds?\s+familiar)|like\s+(?:physically|exactly|specifically|precisely|literally|in\s+real\s+life)\s*$)[^?.!]*", RegexOptions.IgnoreCase)]
    private static partial Regex ReadersHedge();

    [GeneratedRegex(@",?\s*\b(?:you|y'|ya)\s*know\s*,", RegexOptions.IgnoreCase)]
    private static partial Regex YouKnow();

    [GeneratedRegex(@"^(?<asked>\W*(?:is|was|were|are|did|does|do|has|have|will|would|can|could)\b[^,?]+?),\s*or\s+(?:did|was|is|were|are|does|do|has|have|will|would|can|could|not)\b[^?]*(?=\?|$)", RegexOptions.IgnoreCase)]
    private static partial Regex OrTheOtherAnswer();

    [GeneratedRegex(@"\b(?:i'?m|i\s+am)\s+(?:only\s+|just\s+|nearly\s+|almost\s+|over\s+)?\d{1,3}(?:\s+(?:years?\s+old|yrs?\s+old|yo|y/o))?\b(?!\s*(?:billion|million|years?\s+(?:treaty|term)|%|percent))", RegexOptions.IgnoreCase)]
    private static partial Regex ReadersAge();

    // At the end of a sentence only: "as I heard", "if I may ask" inside a question belong to it.
    [GeneratedRegex(@"[,;]?\s*\b(?:as\s+(?:i|we|(?:my|our)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|everyone|everybody|people|they|someone|somebody)\s+(?:have\s+been\s+told|has\s+been\s+told|was\s+told|were\s+told|(?:think\s+i\s+|once\s+)?heard|seem\s+to\s+(?:recall|remember)|(?:rather\s+)?suspect(?:ed)?|recall|remember|read|(?:keeps?\s+)?(?:claiming|insisting|saying)|claims?|claimed|says?|said|insists?|insisted|told\s+(?:me|us)|thought|believed?|gather|understood)\b[^?.!,]*|(?:if\s+i\s+may\s+(?:ask|say\s+so)|may\s+i\s+ask|if\s+you\s+(?:don'?t|do\s+not)\s+mind\s+(?:my|me)\s+asking|if\s+you\s+(?:would|could|will)\s+be\s+so\s+(?:good|kind)\s+as\s+to\s+(?:tell|say|explain)|if\s+(?:the\s+article|the\s+piece|it)\s+happens\s+to\s+(?:say|mention|know))(?:\s+(?:me|us|so|it))?\s*)(?=[?.!]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ReadersAside();

    // The reader's own work, class or audience.
    private const string ReadersUse = @"(?:homework|essay|worksheet|class|classes|lesson|lessons|students|pupils|notes|slides?|report|paper|project|newsletter|blurb|records?|presentation|thesis|assignment|research|podcast|show|segments?|episodes?|script|explainer|audience|readers|listeners|viewers|kids|children|grandchildren|group|club|seminar|lecture|brief|column|post|thread|standfirst)";

    [GeneratedRegex(@"[,;]?\s*\bfor\s+(?:my|our)\s+(?:[\p{L}'-]+\s+){0,2}?" + ReadersUse + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForTheReadersOwn();

    [GeneratedRegex(@"\s*\b(?:to|for|with)\s+(?:the|my|our)\s+(?:class|pupils|students|kids|children|grandchildren|readers|listeners|viewers|audience|group)\b|\s*\bto\s+year\s+\d+\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToTheReadersAudience();

    [GeneratedRegex(@"\bwhat\s+(?:should|do|would|must|need)\s+(?:my\s+|the\s+|our\s+)?(?:pupils|students|kids|children|readers|listeners|viewers|people|i|we)\s+(?:to\s+)?(?:know|learn|remember|understand)\s+about\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatShouldTheyKnowAbout();

    [GeneratedRegex(@"\bhow\s+(?:would|should|do|can|could|might)\s+(?:i|we)\s+(?:best\s+)?(?:explain|describe|summari[sz]e|present|teach)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowWouldIExplain();

    // Only closing the question: "at the time of the signing" says which time.
    [GeneratedRegex(@",?\s+(?:at\s+the\s+time|in\s+all\s+(?:of\s+)?(?:this|that))(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex InTheStory();

    [GeneratedRegex(@"\b(?:at\s+the\s+moment|at\s+present|these\s+days|nowadays)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AtTheMoment();

    // "in the article's account", "by the piece's telling", "the date reported in the article": what the article says,
    // which every answer is.
    [GeneratedRegex(@"\b(?:in|by|on)\s+(?:the\s+|this\s+)?(?:article|piece|story|text|report|author|writer)'?s?\s+(?:own\s+)?(?:account|telling|version|framing|reading)\b|\b(?:reported|mentioned|given|stated|named|cited)\s+(?:in|by)\s+" + TheText + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex InTheArticlesAccount();

    // "when the article speaks of the Republic of South Ossetia": what it says.
    [GeneratedRegex(@"\b(?<verb>speaks|speak|spoke)\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeaksOf();

    [GeneratedRegex(@"\b(?:referred\s+to|known|titled|entitled|termed|dubbed|styled)\s+as\b|\b(?:titled|entitled|termed|dubbed|styled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReferredToAs();

    [GeneratedRegex(@"(?<number>\d+(?:\.\d+)?)\s?(?<scale>bn|bln|mn|mln)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AbbreviatedScale();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])'(?<yy>0\d|1\d)\b")]
    private static partial Regex ShortYear();

    [GeneratedRegex(@"\b(?<done>signed|written|headed|led|chaired|co-chaired|condemned|critici[sz]ed|issued|attended)\s+by(?<end>\s*[?.!]*)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AskedByWhom();

    [GeneratedRegex(@"\b(?:come|comes|came)\s+up\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComesUp();

    [GeneratedRegex(@"\bthe\s+copy\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheCopy();

    [GeneratedRegex(@"\b(?:formally|officially)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FormallyDone();

    [GeneratedRegex(@"\b(?:call|calls|called|calling|name|names|named|title|titled|entitled|styled|designated|known|dubbed|termed|refer|refers|referred)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamingWord();

    [GeneratedRegex(@"\b(?:(?:put|puts|putting)\s+out|issue[sd]?|issuing|release[sd]?|releasing)\s+(?=(?:a|an|any|its|their|his|her|some|the|official|this)\s+(?:[\p{L}-]+\s+)?(?:statement|statements|declaration|communiqu\p{L}*|response|reaction|condemnation)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex IssuedAStatement();

    [GeneratedRegex(@"(?:^|(?<=[.!?]))\s*(?:(?:could|can|would|will)\s+(?:you|u)\s+)?(?:please\s+|kindly\s+)?(?:list|state|outline|give|provide|detail|enumerate|share|cite|quote|recap)\s+(?:me\s+|us\s+)?(?:with\s+)?(?=(?:the|a|an|all|any|some|more|its|their|his|her|what|who|when|where|how|which|whether)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ImperativeRequest();

    [GeneratedRegex(@"\b(?<party>abkhaz|abkhazian|south\s+ossetian|ossetian|georgian|russian|american|tskhinvali|sokhumi)\s+(?:authorities|side|leadership)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartysSide();

    [GeneratedRegex(@"\b(?:(?:in|of|on)\s+the\s+order\s+of|in\s+connection\s+with|likewise)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrderOf();

    [GeneratedRegex(@"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)\s+(?=anniversary\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalAnniversary();

    [GeneratedRegex(@"\b(?:take|took|taking|takes|adopt|adopted|share|shared)\s+(?:a\s+)?(?:similar|the\s+same)\s+(?:line|view|position|stance|approach)\b|\b(?:say|said)\s+(?:anything|something)\s+(?:along\s+the\s+same\s+lines|similar)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameLine();

    [GeneratedRegex(@"^\W*(?<aux>[Ww]as|[Ii]s)\s+(?<name>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)\s+(?=(?:who|that)\s+\p{L}+ed\b)")]
    private static partial Regex LearnersCleft();

    [GeneratedRegex(@"[,;]?\s*\bor\s+(?:somewhere|someplace|anywhere)\s+else\b|[,;]?\s*\bor\s+elsewhere\b|[,;]\s*rather\s+than\b[^?.!]*", RegexOptions.IgnoreCase)]
    private static partial Regex OrSomewhereElse();

    [GeneratedRegex(@"\bat\s+the\s+head\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex AtTheHeadOf();

    [GeneratedRegex(@"\bgood\s+for(?=\s+(?:\d+|a|an|the\s+next|another|one|two|five|ten|twenty|twenty-five|fifty|how\s+(?:long|many))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex GoodFor();

    [GeneratedRegex(@"\bactual\b(?!\s+annex)", RegexOptions.IgnoreCase)]
    private static partial Regex ActualEmphasis();

    [GeneratedRegex(@"[,;]\s*assuming\b[^?.!]*", RegexOptions.IgnoreCase)]
    private static partial Regex Assuming();

    [GeneratedRegex(@"\b(?:i\.\s?e|e\.\s?g)\.?(?=[\s,]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ThatIs();

    [GeneratedRegex(@"\bsigning\s+off\b(?!\s+(?:on|the|it|this|that)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SigningOff();

    [GeneratedRegex(@"\b(?:your|the|this)\s+(?:moscow\s+|tbilisi\s+|foreign\s+)?(?:correspondent|reporter|journalist)'?s\s+(?:piece|article|story|report|write-?up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CorrespondentsPiece();

    private const string Person = @"(?:representative|delegate|envoy|diplomat|head|chief|boss|leader|chairman|chairwoman|chairperson|spokesperson|spokesman|spokeswoman|spox|negotiator|ambassador|minister|president|guy|man|woman|person|lady|secretary)";

    [GeneratedRegex(@"\b(?:(?:what\s+(?:is|was)|what's|whats)\s+)?(?:the\s+)?(?:full\s+)?name\s+of\s+(?:the\s+|this\s+)?(?<who>(?:[\p{L}.'-]+\s+){0,4}?" + Person + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex NameOfSomeone();

    [GeneratedRegex(@"^\W*(?:the\s+)?(?<who>(?:[\p{L}.'-]+\s+){0,4}?" + Person + @")(?:'s)?\s+(?:full\s+)?name\s*\?*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingName();

    // "is Psaki's full name?" is how a keyword question reaches the tokenizer (see TagQuestion).
    [GeneratedRegex(@"^\W*(?:(?:what\s+(?:is|was)|what's|whats|is)\s+)?(?<who>\p{L}[\p{L}-]*)(?:'s|s')?\s+(?:first|full|given|last|sur)\s*name\s*\?*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PersonsName();

    // A word before "full name" that can be a person: no function word, nor a thing with a name of its own.
    private static bool IsSomeone(string word) => word.ToLowerInvariant() is var lower && !WordLists.StopWords.Contains(lower) && !NamedThings.Contains(lower);

    // Things with a full name of their own: "treaty full name?" asks what it is called.
    private static readonly HashSet<string> NamedThings = new(StringComparer.Ordinal) { "treaty", "pact", "deal", "agreement", "accord", "document", "article", "story", "piece", "region", "republic", "talks" };

    [GeneratedRegex(@"\bhow\s+(?:(?<aux>is|was)\s+called\s+(?<thing>[^?.!,]+?)|(?<thing>it|this|that|the\s+[\p{L}\s'-]+?)\s+(?<aux>is|was)\s+called)(?=\s*[?.!,]|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex HowIsCalled();

    // A lone 2 or 4 after a word that does not count things, before a word that is not counted (or at the end).
    [GeneratedRegex(@"\b(?<word>(?!(?:the|which|these|those|like|only|just|about|over|under|than|first|last|next|my|our|all|both|every|in|at|by|of|with|and|or|top|another|other|for|to|from|around|nearly|almost|some|any|x|no|page|round|paragraph|para|article|clause|number|part|chapter|point|step|phase|level)\b)\p{L}[\p{L}']*)\s+(?<digit>[24])(?=\s*[?!.]*\s*$|\s+(?!(?:billion|million|thousand|bn|mn|bln|mln|m|k|years?|yrs?|months?|days?|weeks?|hours?|decades?|ppl|people|persons?|guys|men|women|times|countries|nations|states|regions|sides|parties|treaties|deals|agreements|accords|pacts|delegations|rounds|parts|things|questions|sentences|words|paragraphs|points|clauses|of|or|and|to|x|percent)\b)\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex DigitPreposition();

    [GeneratedRegex(@"\barticles?(?=(?:\s+\d+)?\s+(?:of|in)\s+(?:the\s+|this\s+|that\s+)?(?:treaty|agreement|pact|deal|accord|document)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleOfTheTreaty();

    [GeneratedRegex(@"^\W*(?:q|question)\s*\d{1,2}\s*(?:\(?[a-h]\))?\s*[.:)-]?\s+|\(\s*\d{1,2}\s*marks?\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex ExamNumbering();

    [GeneratedRegex(@"(?<=\b(?:who|what|where|when|why|how)(?:'s)?)\s+(?:the\s+)?(?:hell|heck|fuck|f|eff|devil|dickens|blazes)\b|\b(?:god)?(?:damn|dang|darn)(?:ed)?\b|\bbloody\b|\b(?:freakin|frickin|friggin|feckin|effin|fuckin)(?:g|')?\b|\bf[*#@]+c?k(?:in[g']?|ed)?\b|\bfucking\b|\bfkn?g?\b|\bsodding\b|\b(?<det>this|that|the)\s+(?:crap|shit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Expletive();

    [GeneratedRegex(@"\b(?<det>this|that|the|their|your)\s+(?:propaganda|circus|farce|garbage|rubbish|nonsense|trash|joke)\b|(?<label>\b(?:occupation|shameful|shamefull|disgraceful|illegal|illegitimate|criminal|sham|fake|so-called|so\s+called|notorious|infamous|despicable|shameless|outrageous)\s+)(?=(?:treaty|paper|contract|deal|pact|agreement|document|accord)\b)|\b(?<people>clowns|puppets|crooks|thugs|bandits|traitors)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartisansWords();

    [GeneratedRegex(@"^(?<can>\W*can)\s+(?=(?:summari[sz]e|explain|tell|give|list|share|show|clarify|describe|check|confirm|recap|sum|help|say)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RequestWithoutYou();

    [GeneratedRegex(@"\b(?i:mr|mrs|ms|dr|prof)\.\s+(?=\p{Lu})")]
    private static partial Regex Honorific();

    [GeneratedRegex(@"(?<=^|[\s(:,])\p{Lu}\.\s+(?=\p{Lu}\p{Ll}{3,})")]
    private static partial Regex Initial();
}
