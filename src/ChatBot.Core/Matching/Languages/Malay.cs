using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Malay, as Malaysians and Indonesians mix it into English chat or write whole questions in it: Bahasa Melayu ("siapa
/// yang sign treaty ni?" is "who signed this treaty?", "sign kat mana?" where was it signed, "25 tahun kan?" "25 years,
/// right?") and Bahasa Indonesia ("kapan perjanjian itu ditandatangani?" when was the treaty signed, "berapa uang yang
/// dijanjikan Rusia?" how much money Russia pledged). The two are one language with different everyday words, read by
/// one table. Rewritten word for word before the question is read: the bot reads words, not word order. A word is looked
/// up whole, then without the endings Malay adds to any word ("perjanjiannya", "siapakah", "apalah"). Only in a message
/// with a word no English sentence has, so that "apa", "tu" or "kan" elsewhere keep their meaning.
/// </summary>
internal static partial class Malay
{
    /// <summary><paramref name="text"/> with Malay and Indonesian words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        if (!Markers.AreIn(text))
        {
            return text;
        }

        // "25 tahun kan?", "signed 17 march betul ke?", "bener gak?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "jadi Russia ngapain...?": an opening "jadi" is "so", not "become".
        text = OpeningSo().Replace(text, "so");
        // "state department condemn ke?": a closing "ke" asks; elsewhere it is "to" ("hantar siapa ke geneva?").
        text = ClosingKe().Replace(text, string.Empty);
        // "sokhumi tu apa?", "abkhazia itu apa sih": Malay puts "what is" after its subject.
        text = WhatIsIt().Replace(text, "what is ${subject}");
        // "reaksi AS gmn?", "kepala kebijakan UE": Indonesian initials of the US and the EU; a small "as" only after "and".
        text = UnitedStates().Replace(text, "US");
        text = Union().Replace(text, "EU");
        text = Phrases.InEnglish(text);
        return Word().Replace(text, m => English(m.Value) ?? m.Value);
    }

    /// <summary>The English of one word: the word itself, else without an ending ("perjanjiannya"); null when unknown.</summary>
    private static string? English(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Words.TryGetValue(lower, out var english))
        {
            return english;
        }

        if (ReaderTables.WithEndingOff(Words, Endings, lower, 2) is { } stemmed)
        {
            return stemmed;
        }

        // "signingnya", "statementnya": an English word with a Malay ending.
        if (lower.Length > 6 && lower.EndsWith("nya", StringComparison.Ordinal) && EnglishWords.Contains(lower[..^3]))
        {
            return lower[..^3];
        }

        return null;
    }

    // "-nya" (its, the), "-kah" (asks), "-lah", "-pun" and "-tah" (stress): no words of the question of their own.
    private static readonly string[] Endings = ["nya", "kah", "lah", "pun", "tah"];

    // Several words that mean one thing, before the words are read one by one.
    private static readonly Phrasebook Phrases = new(new Dictionary<string, string>
    {
        ["ossetia selatan"] = "South Ossetia", ["osetia selatan"] = "South Ossetia", ["ossetia utara"] = "North Ossetia",
        ["uni eropa"] = "EU", ["kesatuan eropah"] = "EU", ["kesatuan eropa"] = "EU", ["amerika serikat"] = "US",
        ["amerika syarikat"] = "US", ["tanda tangan"] = "sign", ["tanda tangani"] = "sign", ["berapa lama"] = "how long",
        ["berapa banyak"] = "how much", ["berapa ramai"] = "how many", ["berapa orang"] = "how many people",
        ["macam mana"] = "how", ["bagaimana"] = "how", ["gimana"] = "how", ["di mana"] = "where", ["kat mana"] = "where",
        ["dekat mana"] = "where", ["ke mana"] = "where to", ["dari mana"] = "where from", ["kenapa"] = "why",
        ["apa khabar"] = "how are you", ["apa kabar"] = "how are you", ["terima kasih"] = "thank you", ["jumpa lagi"] = "goodbye",
        ["selamat pagi"] = "good morning", ["selamat petang"] = "good afternoon", ["selamat malam"] = "good evening",
        ["selamat siang"] = "good afternoon", ["selamat tinggal"] = "goodbye", ["sampai jumpa"] = "goodbye",
        ["menteri luar"] = "foreign minister", ["kementerian luar"] = "foreign ministry", ["kementerian luar negeri"] = "foreign ministry",
        ["kementerian luar negara"] = "foreign ministry", ["menteri luar negeri"] = "foreign minister", ["luar negeri"] = "foreign",
        ["angkatan bersenjata"] = "armed forces", ["angkatan tentera"] = "armed forces", ["pasukan keamanan"] = "security forces",
        ["agensi keselamatan"] = "security agencies", ["badan keamanan"] = "security agencies", ["papan tanda"] = "signs",
        ["tanda amaran"] = "warning signs", ["tanda peringatan"] = "warning signs", ["pusingan seterusnya"] = "next round",
        ["putaran berikutnya"] = "next round", ["pusingan akan datang"] = "next round", ["putaran selanjutnya"] = "next round",
        ["ketua delegasi"] = "head of the delegation", ["tempoh sah"] = "term", ["berlaku berapa"] = "valid for how", ["berlaku untuk"] = "valid for", ["masa berlaku"] = "term",
        ["nama rasmi"] = "official name", ["nama resmi"] = "official name", ["hari ulang tahun"] = "anniversary",
        ["ulang tahun"] = "anniversary", ["hari jadi"] = "anniversary", ["tengah malam"] = "midnight", ["akhir 2017"] = "end of 2017",
        ["hujung 2017"] = "end of 2017", ["sama ada"] = "whether", ["tak apa"] = "ok", ["gak apa"] = "ok", ["boleh tanya"] = "can I ask",
        ["orang ke"] = "human or", ["manusia ke"] = "human or", ["cara pakai"] = "how to use", ["cara guna"] = "how to use",
        ["nak guna"] = "use", ["apa je"] = "what", ["apa saja"] = "what", ["siapa saja"] = "who", ["siapa je"] = "who",
        ["dewan keamanan"] = "security council", ["majlis keselamatan"] = "security council", ["mata wang"] = "currency",
        ["pakta ini"] = "this pact", ["pasal apa"] = "about what", ["tentang apa"] = "about what",
        ["tanggal berapa"] = "what date", ["berapa tanggal"] = "what date", ["tarikh apa"] = "what date", ["hari apa"] = "what day",
        ["bulan apa"] = "what month", ["tahun berapa"] = "what year", ["tahun apa"] = "what year", ["ada sebut"] = "did mention",
        ["ada cakap"] = "did say", ["ada komen"] = "did comment", ["ada hantar"] = "did send", ["ada sign"] = "did sign",
        ["ada react"] = "did react", ["ada respon"] = "did respond", ["ada bilang"] = "did say", ["sama tak"] = "is it the same",
        ["sama ke"] = "is it the same", ["sama dengan"] = "same as", ["sama dgn"] = "same as", ["apa jadi"] = "what happened",
        ["apa yang jadi"] = "what happened", ["apa yg jadi"] = "what happened", ["apa yang terjadi"] = "what happened",
        ["apa yg terjadi"] = "what happened", ["ada apa"] = "what happened", ["apa kaitan"] = "what does it have to do with",
        ["apa kaitannya"] = "what does it have to do with", ["apa hubungan"] = "what does it have to do with",
        ["terima kasih banyak"] = "thank you very much", ["makasih banyak"] = "thanks a lot",
        // Indonesian chat: what a reader types about the story in a few words.
        ["juru bicara"] = "spokesperson", ["jubir"] = "spokesperson", ["kebijakan luar negeri"] = "foreign policy",
        ["para pihak"] = "the parties", ["garis batas"] = "border", ["dunia internasional"] = "the world",
        ["memisahkan diri"] = "breakaway", ["tanda tangannya"] = "signing", ["lebih dulu"] = "earlier", ["lbh dulu"] = "earlier",
        ["sebelum ini"] = "before this", ["sblm ini"] = "before this", ["sebelum ni"] = "before this",
        ["menurut kamu"] = "in your opinion", ["menurut km"] = "in your opinion", ["menurut awak"] = "in your opinion",
        ["pada pendapat awak"] = "in your opinion", ["pendapat km"] = "your opinion", ["ke depannya"] = "in the future",
        ["ketua bersama"] = "co-chairs", ["dipimpin bersama"] = "co-chaired", ["pasukan perbatasan"] = "border troops",
        ["artikel ini bahas apa"] = "what is this article about", ["kasih contoh"] = "give an example",
        ["apa aja"] = "what", ["siapa aja"] = "who", ["mana aja"] = "which", ["ada apa antara"] = "what is between",
        ["hari apa"] = "what day", ["jadi bagian"] = "become part", ["jd bagian"] = "become part",
        ["disebut apa"] = "called what", ["dipanggil apa"] = "called what", ["tgl brp"] = "what date", ["tgl berapa"] = "what date",
        ["tanggal brp"] = "what date", ["tl;dr"] = "summary",
    }, hyphens: true);

    // One word each. Particles that only soften or stress ("sih", "dong", "lah", "je") are no words of the question.
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Question words.
        ["siapa"] = "who", ["sapa"] = "who", ["sape"] = "who", ["apa"] = "what", ["ape"] = "what", ["bila"] = "when",
        ["kapan"] = "when", ["bilakah"] = "when", ["mana"] = "where", ["berapa"] = "how much", ["brp"] = "how much",
        ["kenapa"] = "why", ["mengapa"] = "why", ["napa"] = "why", ["knp"] = "why", ["camne"] = "how", ["cemana"] = "how",
        ["gmn"] = "how", ["yang"] = string.Empty, ["yg"] = string.Empty,
        // Particles and tags.
        ["sih"] = string.Empty, ["dong"] = string.Empty, ["deh"] = string.Empty, ["kok"] = string.Empty, ["lho"] = string.Empty,
        ["loh"] = string.Empty, ["je"] = string.Empty, ["jer"] = string.Empty, ["kah"] = string.Empty,
        ["lah"] = string.Empty, ["pun"] = string.Empty, ["ya"] = string.Empty, ["yah"] = string.Empty, ["eh"] = string.Empty,
        ["kan"] = string.Empty, ["tu"] = "that", ["itu"] = "that", ["ni"] = "this", ["ini"] = "this", ["ke"] = "to", ["sebenarnya"] = "actually",
        ["sebenernya"] = "actually", ["sbnrnya"] = "actually", ["jugak"] = "too", ["juga"] = "too", ["jg"] = "too",
        ["pulak"] = "what about", ["pula"] = "what about", ["lagi"] = "else", ["dah"] = string.Empty, ["udah"] = string.Empty,
        ["sudah"] = string.Empty, ["telah"] = string.Empty, ["belum"] = "yet", ["masih"] = "still", ["akan"] = "will",
        ["nak"] = "want", ["mau"] = "want", ["mahu"] = "want", ["ingin"] = "want", ["boleh"] = "can", ["bisa"] = "can",
        ["tak"] = "not", ["tidak"] = "not", ["gak"] = "not", ["nggak"] = "not", ["ngga"] = "not", ["enggak"] = "not",
        ["ga"] = "not", ["bukan"] = "not", ["jangan"] = "don't", ["betul"] = "right", ["bener"] = "right", ["benar"] = "right",
        ["ok"] = "ok", ["oke"] = "ok", ["okey"] = "ok", ["sangat"] = "very", ["banget"] = "very", ["sikit"] = "a little", ["banyak"] = "a lot", ["makin"] = "more", ["semakin"] = "more", ["sampai"] = "by",
        ["hingga"] = "by", ["aja"] = string.Empty, ["saja"] = string.Empty, ["benda"] = "thing", ["admin"] = "human",
        ["segitu"] = "that's all", ["dulu"] = "first",
        ["sedikit"] = "a little", ["tolong"] = "please", ["sila"] = "please", ["mohon"] = "please", ["coba"] = "try",
        ["cuba"] = "try", ["jelaskan"] = "explain", ["terangkan"] = "explain", ["cerita"] = "tell", ["ceritakan"] = "tell",
        ["bagitau"] = "tell", ["kasitau"] = "tell", ["kasih"] = "give", ["jujur"] = "honestly", ["kak"] = string.Empty,
        ["min"] = string.Empty, ["bang"] = string.Empty, ["bro"] = string.Empty, ["gan"] = string.Empty, ["bos"] = string.Empty,
        ["dahulu"] = "before", ["sekarang"] = "now", ["kini"] = "now", ["nanti"] = "later",
        ["terus"] = "then", ["lalu"] = "then", ["kemudian"] = "then", ["atau"] = "or", ["ataupun"] = "or",
        // Pronouns, linkers and prepositions.
        ["saya"] = "I", ["aku"] = "I", ["gue"] = "I", ["gw"] = "I", ["kita"] = "we", ["kami"] = "we", ["kau"] = "you",
        ["kamu"] = "you", ["awak"] = "you", ["anda"] = "you", ["lu"] = "you", ["dia"] = "he", ["beliau"] = "he",
        ["mereka"] = "they", ["dorang"] = "they", ["diorang"] = "they", ["depa"] = "they", ["dan"] = "and", ["dgn"] = "with",
        ["dengan"] = "with", ["sama"] = "same", ["untuk"] = "for", ["utk"] = "for", ["bagi"] = "give", ["buat"] = "do",
        ["kepada"] = "to", ["kpd"] = "to", ["dari"] = "from", ["daripada"] = "from", ["di"] = "in", ["kat"] = "in",
        ["dekat"] = "in", ["pada"] = "on", ["dalam"] = "in", ["tentang"] = "about", ["pasal"] = "about", ["soal"] = "about",
        ["mengenai"] = "about", ["terhadap"] = "towards", ["selain"] = "besides", ["antara"] = "between", ["oleh"] = "by",
        ["lepas"] = "after", ["selepas"] = "after", ["setelah"] = "after", ["sesudah"] = "after", ["sebelum"] = "before",
        ["masa"] = "when", ["waktu"] = "time", ["semasa"] = "during", ["ketika"] = "when", ["kalau"] = "if", ["jika"] = "if",
        ["tapi"] = "but", ["tetapi"] = "but", ["sebab"] = "because", ["karena"] = "because", ["kerana"] = "because",
        ["punya"] = "'s", ["semua"] = "all", ["lain"] = "other", ["ada"] = "is there", ["adakah"] = "is there",
        ["adalah"] = "is", ["ialah"] = "is", ["jadi"] = "become", ["menjadi"] = "become", ["situ"] = "there", ["sana"] = "there",
        ["sini"] = "here", ["begini"] = "like this", ["macam"] = "like", ["seperti"] = "like", ["mirip"] = "similar",
        ["serupa"] = "similar", ["beza"] = "difference", ["beda"] = "difference", ["bedanya"] = "difference",
        ["perbedaan"] = "difference", ["perbezaan"] = "difference", ["berbeda"] = "different", ["berbeza"] = "different",
        ["sebut"] = "mention", ["disebut"] = "mentioned", ["menyebut"] = "mention", ["maksud"] = "mean", ["maksudnya"] = "mean",
        ["artinya"] = "mean", ["arti"] = "meaning", ["bermaksud"] = "mean", ["berarti"] = "mean", ["kaitan"] = "connection",
        ["hubungan"] = "connection", ["kebetulan"] = "coincidence", ["sesiapa"] = "anyone", ["siapapun"] = "anyone",
        // The treaty and its signing.
        ["perjanjian"] = "treaty", ["traktat"] = "treaty", ["pakta"] = "pact", ["persetujuan"] = "agreement",
        ["kesepakatan"] = "agreement", ["kesepahaman"] = "agreement", ["tandatangan"] = "sign", ["ditandatangani"] = "signed",
        ["menandatangani"] = "signed", ["bertandatangan"] = "signed", ["tandatangani"] = "sign", ["teken"] = "sign",
        ["diteken"] = "signed", ["meneken"] = "signed", ["nama"] = "name", ["namanya"] = "name", ["judul"] = "title",
        ["dipanggil"] = "called", ["disebutkan"] = "mentioned", ["dinamakan"] = "named", ["rasmi"] = "official",
        ["resmi"] = "official", ["tarikh"] = "date", ["tanggal"] = "date", ["hari"] = "day", ["bulan"] = "month",
        ["tahun"] = "years", ["thn"] = "years", ["tempoh"] = "term", ["jangka"] = "term", ["lama"] = "long",
        ["berlaku"] = "happen", ["berlakunya"] = "valid", ["berkuat"] = "in force", ["kuasa"] = "force", ["tamat"] = "expire",
        ["habis"] = "expire", ["berakhir"] = "expire", ["sah"] = "valid", ["klausa"] = "clause", ["fasal"] = "clause",
        ["isi"] = "contents", ["kandungan"] = "contents", ["integrasi"] = "integration", ["aliansi"] = "alliance",
        ["persekutuan"] = "alliance", ["pakatan"] = "alliance", ["kemitraan"] = "partnership", ["strategis"] = "strategic",
        ["strategik"] = "strategic", ["draf"] = "draft", ["rancangan"] = "draft", ["awal"] = "original",
        ["asal"] = "original", ["direvisi"] = "revised", ["disemak"] = "revised", ["diubah"] = "changed", ["ubah"] = "change",
        ["lebih"] = "more", ["jauh"] = "further", ["sebelumnya"] = "before",
        // The clauses.
        ["pertahanan"] = "defence", ["keamanan"] = "security", ["keselamatan"] = "security", ["sempadan"] = "border",
        ["perbatasan"] = "border", ["batas"] = "border", ["tentera"] = "army", ["tentara"] = "army", ["askar"] = "soldiers",
        ["militer"] = "military", ["ketenteraan"] = "military", ["pasukan"] = "forces", ["angkatan"] = "forces",
        ["bersenjata"] = "armed", ["jaga"] = "guard", ["menjaga"] = "guard", ["kawal"] = "guard", ["mengawal"] = "guard",
        ["lindungi"] = "protect", ["melindungi"] = "protect", ["tanggung"] = "responsible", ["jawab"] = "answer",
        ["tanggungjawab"] = "responsibility", ["bertanggung"] = "responsible", ["masuk"] = "join", ["bergabung"] = "merge",
        ["gabung"] = "merge", ["digabung"] = "merged", ["diserap"] = "absorbed", ["bersatu"] = "merge", ["unit"] = "units",
        ["agensi"] = "agencies", ["badan"] = "agencies", ["lembaga"] = "agencies", ["pangkalan"] = "base",
        // Money.
        ["duit"] = "money", ["wang"] = "money", ["uang"] = "money", ["dana"] = "funds", ["bantuan"] = "aid",
        ["dijanjikan"] = "pledged", ["menjanjikan"] = "pledged", ["janji"] = "pledge", ["berjanji"] = "pledged",
        ["beri"] = "give", ["diberi"] = "given", ["diberikan"] = "given", ["memberi"] = "give",
        ["memberikan"] = "give", ["dapat"] = "get", ["mendapat"] = "get", ["menerima"] = "receive", ["terima"] = "receive",
        ["rubel"] = "rubles", ["ruble"] = "rubles", ["miliar"] = "billion", ["bilion"] = "billion", ["juta"] = "million",
        ["jumlah"] = "amount", ["jumlahnya"] = "amount", ["akhir"] = "end", ["hujung"] = "end", ["ekonomi"] = "economic",
        ["sosial"] = "social", ["pembangunan"] = "development", ["pembiayaan"] = "funding", ["anggaran"] = "budget",
        ["bajet"] = "budget", ["ringgit"] = "ringgit", ["rupiah"] = "rupiah",
        // Places, people and parties.
        ["rusia"] = "Russia", ["moskow"] = "Moscow", ["moskwa"] = "Moscow", ["georgia"] = "Georgia",
        ["jenewa"] = "Geneva", ["krimea"] = "Crimea", ["krimia"] = "Crimea", ["amerika"] = "America",
        ["eropa"] = "Europe", ["eropah"] = "Europe", ["pbb"] = "UN", ["selatan"] = "South", ["utara"] = "North",
        ["negara"] = "country", ["negeri"] = "country", ["wilayah"] = "region", ["daerah"] = "region", ["kawasan"] = "region",
        ["tempat"] = "place", ["bandar"] = "city", ["kota"] = "city", ["ibu"] = "capital", ["presiden"] = "president",
        ["pemimpin"] = "leader", ["ketua"] = "head", ["pemerintah"] = "government", ["kerajaan"] = "government",
        ["menteri"] = "minister", ["kementerian"] = "ministry", ["jurucakap"] = "spokesperson", ["juru"] = "spokesperson",
        ["bicara"] = "spokesperson", ["wakil"] = "representatives", ["perwakilan"] = "delegation", ["delegasi"] = "delegation",
        ["orang"] = "person", ["manusia"] = "human", ["rakyat"] = "people", ["penduduk"] = "population", ["bahasa"] = "language",
        ["rejim"] = "regime", ["rezim"] = "regime", ["pendudukan"] = "occupation", ["penjajahan"] = "occupation",
        ["aneksasi"] = "annexation", ["pencaplokan"] = "annexation", ["caplok"] = "annex", ["mencaplok"] = "annexed",
        ["dicaplok"] = "annexed", ["rampas"] = "seize", ["kedaulatan"] = "sovereignty", ["langgar"] = "violate",
        ["melanggar"] = "violate", ["integriti"] = "integrity", ["integritas"] = "integrity", ["wilayahnya"] = "territorial",
        ["perang"] = "war", ["peperangan"] = "war", ["mati"] = "died", ["tewas"] = "killed", ["merdeka"] = "independent",
        ["kemerdekaan"] = "independence", ["pisah"] = "split", ["berpisah"] = "split", ["iktiraf"] = "recognize",
        ["mengiktiraf"] = "recognize", ["akui"] = "recognize", ["mengakui"] = "recognize", ["diakui"] = "recognized",
        // The reactions.
        ["reaksi"] = "reaction", ["respon"] = "response", ["respons"] = "response", ["tanggapan"] = "reaction",
        ["maklum"] = "response", ["balas"] = "respond", ["membalas"] = "respond", ["bantah"] = "protest",
        ["membantah"] = "protest", ["kecam"] = "condemn", ["mengecam"] = "condemned", ["mengutuk"] = "condemned",
        ["kutuk"] = "condemn", ["marah"] = "angry", ["sokong"] = "support", ["menyokong"] = "support", ["dukung"] = "support",
        ["mendukung"] = "support", ["setuju"] = "agree", ["bersetuju"] = "agree", ["menyetujui"] = "agree", ["cakap"] = "say",
        ["kata"] = "say", ["berkata"] = "said", ["bilang"] = "say", ["dibilang"] = "said", ["ngomong"] = "say",
        ["komen"] = "comment", ["komentar"] = "comment", ["kenyataan"] = "statement",
        ["pernyataan"] = "statement", ["menyatakan"] = "stated", ["panggil"] = "call", 
        ["menyebutnya"] = "call it", ["sebutnya"] = "call it", ["risau"] = "worried", ["khawatir"] = "worried",
        ["kekhawatiran"] = "concerns", ["kebimbangan"] = "concerns", ["bimbang"] = "worried", ["takut"] = "afraid",
        ["minta"] = "ask", ["meminta"] = "ask", ["mengadu"] = "complain", ["tegur"] = "warn", ["ditegur"] = "warned",
        ["amaran"] = "warning", ["peringatan"] = "warning", ["sekatan"] = "sanctions", ["sanksi"] = "sanctions",
        // Geneva.
        ["perbincangan"] = "talks", ["rundingan"] = "talks", ["perundingan"] = "talks", ["pembicaraan"] = "talks",
        ["perundingannya"] = "talks", ["diskusi"] = "discussions", ["mesyuarat"] = "meeting", ["pertemuan"] = "meeting",
        ["rapat"] = "meeting", ["sidang"] = "session", ["pusingan"] = "round", ["putaran"] = "round", ["ronde"] = "round",
        ["babak"] = "round", ["seterusnya"] = "next", ["berikutnya"] = "next", ["selanjutnya"] = "next", ["depan"] = "next",
        ["hadir"] = "attended", ["menghadiri"] = "attended", ["ikut"] = "take part", ["ikuti"] = "take part",
        ["mengikuti"] = "take part", ["serta"] = "and", ["hantar"] = "send", ["kirim"] = "send", ["mengirim"] = "send",
        ["pengerusi"] = "chair", ["pengerusikan"] = "chair", ["mempengerusikan"] = "chaired", ["memimpin"] = "led",
        ["pimpin"] = "lead", ["peranan"] = "role", ["peran"] = "role", ["situasi"] = "situation", ["keadaan"] = "situation",
        ["stabil"] = "stable", ["kestabilan"] = "stability", ["rosak"] = "damaged", ["rusak"] = "damaged",
        ["hasil"] = "outcome", ["hasilnya"] = "outcome", ["keputusan"] = "outcome", ["akhirnya"] = "in the end",
        ["dibahas"] = "discussed", ["membahas"] = "discussed", ["bahas"] = "discuss", ["dibincangkan"] = "discussed",
        ["bincang"] = "discuss", ["latihan"] = "exercises", ["isu"] = "issue", ["masalah"] = "problem",
        ["ogos"] = "August", ["agustus"] = "August", ["mac"] = "March", ["maret"] = "March", ["jun"] = "June", ["juni"] = "June",
        ["julai"] = "July", ["juli"] = "July", ["disember"] = "December", ["desember"] = "December",
        // The article.
        ["artikel"] = "article", ["berita"] = "news", ["makalah"] = "article", ["tulisan"] = "article", ["penulis"] = "author",
        ["wartawan"] = "journalist", ["tulis"] = "write", ["menulis"] = "wrote", ["ditulis"] = "written",
        ["ringkasan"] = "summary", ["ringkas"] = "summary", ["intinya"] = "gist", ["inti"] = "gist", ["terjadi"] = "happened",
        ["jadinya"] = "happened", ["kerja"] = "job", ["pekerjaan"] = "job", ["jawatan"] = "position",
        ["jabatan"] = "position", ["cuaca"] = "weather", ["bola"] = "football", ["resepi"] = "recipe", ["resep"] = "recipe",
        // The bot and small talk.
        ["halo"] = "hello", ["helo"] = "hello", ["hai"] = "hi", ["assalamualaikum"] = "hello", ["assalamu'alaikum"] = "hello", ["salam"] = "hello",
        ["makasih"] = "thanks", ["trims"] = "thanks", ["tq"] = "thanks", ["tqvm"] = "thanks", ["dadah"] = "bye",
        ["daah"] = "bye", ["pendapat"] = "opinion", ["menurut"] = "according to", ["rasa"] = "think", ["fikir"] = "think",
        ["pikir"] = "think", ["robot"] = "robot", ["program"] = "program", ["komputer"] = "computer", ["beneran"] = "real",
        ["bantu"] = "help", ["membantu"] = "helpful", ["tanya"] = "ask", ["bertanya"] = "ask",
        ["soalan"] = "question", ["pertanyaan"] = "question", ["guna"] = "use", ["pakai"] = "use", ["cara"] = "how",
        ["bales"] = "reply", ["pergi"] = "go", ["masak"] = "cook",
        // Indonesian chat shortenings and the "ng-" and "-in" verbs of speech ("ngecam", "ngucurin", "ceritain").
        ["gk"] = "not", ["tdk"] = "not", ["jd"] = "become", ["dr"] = "from", ["udh"] = string.Empty, ["blm"] = "yet",
        ["lg"] = "else", ["dlm"] = "in", ["kyk"] = "like", ["km"] = "you", ["thd"] = "towards", ["skrg"] = "now",
        ["stlh"] = "after", ["sblm"] = "before", ["lbh"] = "more", ["tgl"] = "date", ["bgt"] = "very", ["sampe"] = "until",
        ["taun"] = "years", ["gitu"] = "so", ["nih"] = "this", ["tuh"] = "that", ["ye"] = string.Empty, ["nya"] = string.Empty,
        ["dimana"] = "where", ["disitu"] = "there", ["pernah"] = "ever", ["bikin"] = "make", ["nulis"] = "wrote",
        ["ngecam"] = "condemn", ["ngakuin"] = "recognize", ["mengakuinya"] = "recognize", ["nganggep"] = "call",
        ["ngadu"] = "complain", ["ngapain"] = "what do", ["ngangkat"] = "raise", 
        ["ngucurin"] = "allocate", ["alokasiin"] = "allocate", ["dialokasikan"] = "allocated", ["ceritain"] = "tell about",
        ["dijadwalin"] = "scheduled", ["dijadwalkan"] = "scheduled", ["jadwal"] = "schedule", ["diselesein"] = "resolved",
        ["diselesaikan"] = "resolved", ["diperingatin"] = "warned", ["diperingatkan"] = "warned", ["rangkum"] = "summarize",
        ["ringkasin"] = "summarize", ["singkatnya"] = "in short", ["dilebur"] = "merged", ["mimpin"] = "led",
        ["dipimpin"] = "led", ["kepala"] = "head", ["kebijakan"] = "policy", ["deplu"] = "State Department",
        ["kemenlu"] = "foreign ministry", ["rombongan"] = "delegation", ["peserta"] = "participants", ["acara"] = "event",
        ["lanjutan"] = "next", ["ujungnya"] = "in the end", ["sepakat"] = "agree", ["pihak"] = "side",
        ["dirusak"] = "damaged", ["dirosakkan"] = "damaged", ["merusak"] = "damage", ["cemas"] = "worried",
        ["ancaman"] = "threat", ["dianggap"] = "considered", ["dibimbangkan"] = "concerned", ["infrastruktur"] = "infrastructure",
        ["dipermasalahkan"] = "concerned", ["bertentangan"] = "contrary", ["mendekat"] = "moving towards",
        ["langkah"] = "movement", ["konteks"] = "context", ["disinggung"] = "mentioned", ["tren"] = "trend",
        ["positif"] = "positive", ["tenang"] = "stable", ["nasib"] = "fate", ["aparat"] = "agencies",
        ["separatis"] = "separatist", ["merujuk"] = "refer", ["penandatanganan"] = "signing", ["barengan"] = "coincide",
        ["bertepatan"] = "coincide", ["durasi"] = "duration", ["permisi"] = "excuse me", ["pagi"] = "morning",
        ["tengkyu"] = "thanks", ["mantap"] = "great", ["cabut"] = "gotta go", ["pake"] = "use",
        ["nanya"] = "ask", ["contoh"] = "example", ["salah"] = "wrong", ["adil"] = "fair", ["bagus"] = "good",
        ["ambil"] = "take", ["proses"] = "process", ["prosesnya"] = "process", ["urusan"] = "responsibility",
        ["ditanya"] = "asked", ["suka"] = "like", ["barat"] = "western", ["protes"] = "protest",
        ["organisasi"] = "organizations", ["dilakukan"] = "did", ["menurutmu"] = "in your opinion", ["transkaukasia"] = "Transcaucasia",
        ["bertanggungjawab"] = "responsible", ["bahasnya"] = "about"
    };

    // Malay words English, another reader or a name shares ("tu" and "je" are French, "ya" and "hai" Hinglish, "tak"
    // Slavic, "ni" Tagalog, "di" Italian, "dan" and "dia" Spanish and Portuguese, "mana" a game's): with another only.
    private static readonly string[] Shared =
    [
        "ada", "admin", "akhir", "amerika", "artikel", "bisa", "bola", "bro", "cara", "dah", "dan", "deh", "di", "dia", "eh",
        "gan", "georgia", "hai", "inti", "je", "jawab", "juli", "juni", "kak", "kami", "lu", "mana", "mau", "min", "ni", "ok",
        "oke", "program", "robot", "ronde", "rubel", "ruble", "rusia", "salam", "sana", "sila", "stabil", "tak", "tarikh",
        "teken", "tu", "unit", "ya", "yah", "halo", "pun", "lah", "kah", "bang", "lagi", "sama", "buat", "bagi", "dari",
        "juga", "pula", "dapat", "kata", "masa", "lama", "hari", "kota", "wang", "dana", "mac", "jun", "situ", "tanya",
        "cuba", "orang", "bulan", "ibu", "lain", "isi", "rapat", "sah", "soal", "napa", "ape", "kasih", "ikut", "serta",
        "dr", "km", "lg", "jd", "ye", "nya", "pake", "tren", "proses", "acara", "salah", "suka", "pagi", "konteks",
    ];

    // Words a Malay sentence has and English and the other readers have not: any of the table's that is no English word,
    // and the few English has that no English question ends on or asks with ("kan", "ke"). "apa", "bila", "kan" and "ke"
    // alone make a message Malay ("next round bila?"): the readers before this one have read theirs.
    private static readonly MarkerWords Markers = new(
        Words.Keys.Where(word => !EnglishWords.Contains(word))
            .Concat(["kan", "ke", "kat", "tq", "tqvm", "selamat", "assalamualaikum", "makin", "dong", "yang", "nak", "penulisnya",
                "perjanjiannya", "namanya", "hasilnya", "artinya", "jumlahnya", "reaksinya", "tujuannya", "isinya"]),
        Shared);

    [GeneratedRegex(@"[,\s]+(?:(?:ya\s+)?kan|betul\s+(?:ke|tak|kan)|bener\s+(?:gak|gk|nggak|ga|kan|ya|ngga|tidak)|gk|gak|nggak|ngga|enggak|benar\s+(?:kah|tidak|kan)|benarkah|betulkah|bukan|kan\s+ya|ya\s+kan|ya\s+tak)(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    // "sokhumi tu apa?", "abkhazia itu apa sih?", "Republic of South Ossetia ni apa": one or two words named, then "that
    // what". Not after a verb ("dia cakap apa?" asks what he said, which reads right word for word).
    [GeneratedRegex(@"(?<subject>(?<!\p{L})\p{L}[\p{L}'-]*(?:\s+\p{L}[\p{L}'-]*)?)\s+(?:tu|tuh|itu|ni|ini)\s+apa(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIsIt();

    [GeneratedRegex(@"(?<!\p{L})AS(?!\p{L})|(?<=(?<!\p{L})(?:sama|dan|dgn|&|reaksi|respon|tanggapan|deplu)\s+)as(?!\p{L})")]
    private static partial Regex UnitedStates();

    [GeneratedRegex(@"^\s*jadi(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningSo();

    [GeneratedRegex(@"(?<!\p{L})UE(?!\p{L})")]
    private static partial Regex Union();

    [GeneratedRegex(@"(?<!\p{L})ke(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingKe();

    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex Word();
}
