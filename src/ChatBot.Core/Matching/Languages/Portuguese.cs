using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Portuguese as Brazilian and Portuguese readers mix it into their English, up to whole Portuguese questions: "quem
/// assinou o tratado?" is "who signed the treaty?", "quanto a Rússia prometeu pra Ossétia do Sul?" how much Russia
/// pledged for South Ossetia, "o que é que a UE disse?" what the EU said, "foi assinado em Moscou, né?" "was signed in
/// Moscow, right?", "vc é humano?" are you human, "valeu!" thanks. Read word for word (the bot reads words, not word
/// order), with Brazilian and European spellings ("Moscou", "Moscovo", "mil milhões"), chat shorthand ("vc", "pq", "oq",
/// "tbm", "qdo") and the accents readers often leave out ("reacao", "voce"); the few orders English needs are put right
/// ("do que fala o artigo?" is "what is the article about?"). Only in a message with a word English and Spanish have
/// not ("quem", "é", "você", "assinou", "negociações"): "a", "do", "no", "se" or "me" alone are English words, "tratado"
/// and "sobre" Spanish ones, where "que" asks what and "no" is not. A Brazilian's false friends in English words are
/// read anywhere: "the data of the signing" is its date, "where was it realized?" where it was held. Read before the
/// other readers: Spanglish would read Portuguese "que" ("você acha que...", you think that) as "what", and Tagalog's
/// "ano" (year) and Pidgin's "na" (in the) are words of their own there; a message Portuguese has read leaves them
/// nothing of theirs, and one it has not is theirs as before.
/// </summary>
internal static partial class Portuguese
{
    /// <summary><paramref name="text"/> with Portuguese words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        // False friends in English words: "who assigned the treaty?" signed it, "the data of the signing" is its date, "where was it realized?" held, "what does
        // Russia pretend to do?" intend, "Russia's compromise" its commitment, "the quantity of money" the amount, "a
        // resume of the news" a summary, "the journalist of this notice" of this news story.
        text = HasFalseFriend(text) ? FalseFriends().Replace(text, FalseFriendInEnglish) : text;
        var portuguese = Markers.AreIn(text) || PortugueseShape().IsMatch(text);
        // "a UE", "os EUA": the Union and the US as Portuguese (and Spanish, French and Italian) abbreviate them. ("ONU" is
        // read in a Portuguese message only: Spanglish would read a "UN" as its "un", "a".)
        text = Abbreviation().Replace(text, m => m.Value.Equals("UE", StringComparison.OrdinalIgnoreCase) ? "EU" : "US");
        if (!portuguese)
        {
            return text;
        }

        // "maior q a da Abecásia", "mais fundo que o da Abkhazia": than after a comparison; then chat's "q", "oq" and "oque"
        // are "que" and "o que", so that "do q se trata" and "oq vc sabe fazer" read as they do written out.
        text = ComparedThan().Replace(text, "${compared} than");
        text = ChatQue().Replace(text, m => m.Value.Length == 1 ? "que" : m.Value[0] == 'O' ? "O que" : "o que");
        // "how did Geórgia react?", "what do os EUA say?": in an English sentence "do", "no" and "as" are English.
        var english = EnglishWord().IsMatch(text);
        // "foi assinado em Moscou, né?", "são 25 anos, não é?": the tag that asks whether it is so.
        text = Tag().Replace(text, ", right");
        // "do que fala este artigo?", "sobre o que foram as conversas?", "o texto é sobre o quê?": what it is about, in the
        // order English asks it ("what is this article about" is read; "what is about this article" is not).
        // "do que trataram as discussões?", "sobre o q falaram em genebra": what they talked about.
        text = AboutWhat().Replace(text, m => AboutVerbs[m.Groups["verb"].Value.ToLowerInvariant()] is "did talk"
            ? $"what did {(m.Groups["thing"].Success ? m.Groups["thing"].Value : "they")} talk about"
            : $"what {AboutVerbs[m.Groups["verb"].Value.ToLowerInvariant()]} {(m.Groups["thing"].Success ? m.Groups["thing"].Value : "it")} about");
        text = IsAboutWhat().Replace(text, "what is ${thing} about");
        // "que dia foi?", "do que eles reclamaram?", "porque a Geórgia reagiu assim?": what, why, where a sentence starts;
        // elsewhere "que" is "that", "do que" "than" and "porque" "because".
        text = OpeningQuestionWord().Replace(text, m => $"{m.Groups["before"].Value}{(m.Groups["why"].Success ? "why" : "what")}");
        // "foi o Medvedev que assinou?": was it Medvedev who signed; "o Putin foi a Tskhinvali?": went to it.
        text = WasItNamed().Replace(text, "was it ");
        text = WentTo().Replace(text, m => m.Groups["will"].Success ? "will go to " : "went to ");
        // "o Tibilov", "a Mogherini", "a Rússia": English names people and countries without an article, and reads "what
        // did the Tibilov say" as something other than Tibilov's words. (In capitals, "O TRATADO" is no name.)
        text = ArticleBeforeName().Replace(text, string.Empty);
        // "de quem é a notícia, quem assina?": who signs the story, its author, where the message names no treaty.
        text = Byline().IsMatch(text) && !TreatyWord().IsMatch(text) ? WhoSigns().Replace(text, "who wrote it") : text;
        text = Phrases.InEnglish(text);
        // "eu acho que...": the reader; "a eu" and "da eu" are the Union.
        text = FirstPerson().Replace(text, "I");
        // "falou!", "valeu, falou": bye, not "said".
        text = SoLong().Replace(text, "bye");
        // "e aí, beleza?": all good, how are you; "olá, good night": the "boa noite" of a greeting is good evening.
        text = Greeting().Replace(text, m => m.Groups["hello"].Success ? $"{m.Groups["hello"].Value}good evening"
            : m.Value.Equals("boas", StringComparison.OrdinalIgnoreCase) ? "hi" : "how are you");
        // The English of a phrase stays as it is ("what can you do" keeps its "do"); each other word is read.
        return Word().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value
            : english && EnglishToo.Contains(m.Value) ? m.Value
            : English(m.Value) ?? m.Value);
    }

    // The English of one word: as written, else without its accents ("reacao" and "reacão" are "reação").
    private static string? English(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Words.TryGetValue(lower, out var english))
        {
            return english;
        }

        // "reúne" is "reune"; a short word is read only as written or from Unaccented: Spanish "qué" is no "que".
        var plain = Accents.Strip(lower);
        return (plain.Length >= 5 && Words.TryGetValue(plain, out english)) || Unaccented.TryGetValue(plain, out english) ? english : null;
    }

    // The words every false friend below needs, looked for before the regex runs on every question and example.
    private static bool HasFalseFriend(string text) =>
        text.Contains("data", StringComparison.OrdinalIgnoreCase) || text.Contains("reali", StringComparison.OrdinalIgnoreCase)
        || text.Contains("pretend", StringComparison.OrdinalIgnoreCase) || text.Contains("compromis", StringComparison.OrdinalIgnoreCase)
        || text.Contains("quantity", StringComparison.OrdinalIgnoreCase) || text.Contains("resume", StringComparison.OrdinalIgnoreCase)
        || text.Contains("notice", StringComparison.OrdinalIgnoreCase) || text.Contains("assign", StringComparison.OrdinalIgnoreCase);

    private static string FalseFriendInEnglish(Match m) =>
        m.Groups["sign"].Success ? m.Groups["sign"].Value[2..]
        : m.Groups["date"].Success ? "date"
        : m.Groups["held"].Success ? "held"
        : m.Groups["intend"].Success ? "intend" + m.Groups["intend"].Value["pretend".Length..]
        : m.Groups["commitment"].Success ? "commitment"
        : m.Groups["committed"].Success ? "committed"
        : m.Groups["amount"].Success ? "amount"
        : m.Groups["summary"].Success ? "summary"
        : "news";

    // Several words that mean one thing, before the words are read one by one; each also without its accents. A hyphen
    // may join them ("porta-voz", "dizer-me").
    private static readonly Phrasebook Phrases = new(ReaderTables.MarkedWithUnaccented(new Dictionary<string, string>
    {
        // Question words.
        ["o que é que"] = "what", ["o que é"] = "what is", ["o quê"] = "what", ["o que"] = "what", ["oq é"] = "what is",
        ["oq eh"] = "what is", ["oque é"] = "what is", ["oque eh"] = "what is", ["o q"] = "what", ["quem é que"] = "who",
        ["quem foi que"] = "who", ["quem que"] = "who", ["quem é"] = "who is", ["quem eh"] = "who is", ["quem são"] = "who are",
        ["quem foram"] = "who were", ["quem foi"] = "who was", ["qual é que"] = "which", ["qual é"] = "what is",
        ["qual eh"] = "what is", ["qual foi"] = "what was", ["qual era"] = "what was", ["qual será"] = "what will be",
        ["qual o"] = "what is the", ["qual a"] = "what is the", ["quais são"] = "what are", ["quais foram"] = "what were",
        ["quais os"] = "what are the", ["quais as"] = "what are the", ["quando é que"] = "when", ["quando é"] = "when is",
        ["onde é que"] = "where", ["onde é"] = "where is", ["como é que"] = "how", ["como é"] = "how is",
        ["porque é que"] = "why", ["por que é que"] = "why", ["por que"] = "why", ["por quê"] = "why", ["pra que"] = "what for",
        ["para que"] = "what for", ["por quem"] = "by whom", ["quanto tempo"] = "how long", ["qnto tempo"] = "how long",
        ["qto tempo"] = "how long", ["qnt tempo"] = "how long", ["quanto dura"] = "how long does it last",
        ["quanto durará"] = "how long will it last", ["até quando"] = "until when", ["de onde"] = "where from",
        ["em que"] = "in what", ["de que"] = "of what", ["a que"] = "to what", ["com que"] = "with what",
        ["sobre o que"] = "about what", ["de quê"] = "about what", ["do que"] = "than", ["cadê"] = "where is",
        ["kd"] = "where is", ["como assim"] = "what do you mean",
        // "qual é a cena desta notícia?": what the story is; "no que deu a reunião?" its result; "a notícia é de quem?" its author.
        ["qual é a cena"] = "what is the story", ["qual a cena"] = "what is the story", ["no que deu"] = "what was the result of",
        ["no que deram"] = "what was the result of", ["em que deu"] = "what was the result of",
        ["notícia é de quem"] = "news who wrote", ["noticia é de quem"] = "news who wrote",
        ["outra reunião"] = "a next round", ["outra rodada"] = "a next round", ["matéria é de quem"] = "article who wrote", ["artigo é de quem"] = "article who wrote",
        ["reportagem é de quem"] = "article who wrote", ["que todo mundo tá falando"] = string.Empty,
        ["que todo mundo está falando"] = string.Empty, ["que todos estão falando"] = string.Empty,
        // "a Rússia passa a cuidar da defesa": will take care of it from now on.
        ["passa a"] = "will", ["passam a"] = "will", ["passará a"] = "will", ["passarão a"] = "will",
        ["de lá"] = "from there", ["na época"] = "at the time", ["naquela época"] = "at the time",
        ["tem medo"] = "are afraid", ["têm medo"] = "are afraid", ["por tempo indeterminado"] = "indefinite",
        ["mais forte"] = "stronger", ["pergunta posso fazer"] = "question can I ask", ["perguntas posso fazer"] = "questions can I ask",
        ["perguntas eu posso fazer"] = "questions can I ask", ["vou nessa"] = "bye", ["algo assim"] = "something like this",
        ["mandou representante"] = "sent representatives", ["mandou representantes"] = "sent representatives",
        ["mandaram representantes"] = "sent representatives", ["enviou representantes"] = "sent representatives",
        ["enviaram representantes"] = "sent representatives", ["tem algum significado"] = "has any significance",
        // "como terminaram as negociações?" asks how they ended; "how ended the talks" reads as the talks themselves.
        ["como terminou"] = "how did end", ["como terminaram"] = "how did end", ["como acabou"] = "how did end",
        ["como acabaram"] = "how did end", ["como correu"] = "how did go", ["como correram"] = "how did go",
        // "o que diz o tratado sobre...?": what does the treaty say ("what says the treaty" reads as something it says).
        ["o que diz o tratado"] = "what does the treaty say", ["o que diz o acordo"] = "what does the agreement say",
        ["o que diz o texto"] = "what does the text say", ["o que diz o artigo"] = "what does the article say",
        ["o que diz a matéria"] = "what does the article say", ["o que diz a notícia"] = "what does the news say",
        ["o que fala o tratado"] = "what does the treaty say", ["o que fala o artigo"] = "what does the article say",
        ["o que o tratado diz"] = "what does the treaty say", ["o que o artigo diz"] = "what does the article say",
        ["o que o texto diz"] = "what does the text say", ["o que o acordo diz"] = "what does the agreement say",
        ["o que muda"] = "what happens", ["o que vai mudar"] = "what will happen", ["o que mudou"] = "what happened",
        ["se trata de"] = "is about", ["trata de"] = "is about", ["tem a ver"] = "has to do", ["que tem a ver"] = "what has to do",
        ["como se chama"] = "what is the name of", ["como é que se chama"] = "what is the name of",
        ["como chama"] = "what is the name of", ["se chama"] = "is called", ["como é chamado"] = "what is called",
        ["como é chamada"] = "what is called", ["quer dizer"] = "mean", ["querem dizer"] = "mean",
        // Asking to be told: "me explica", "pode me dizer", "sabes dizer-me".
        ["me explica"] = "explain to me", ["me explique"] = "explain to me", ["explica me"] = "explain to me",
        ["explique me"] = "explain to me", ["me explicar"] = "explain to me", ["me conta"] = "tell me",
        ["me conte"] = "tell me", ["conta me"] = "tell me", ["conte me"] = "tell me", ["me contar"] = "tell me",
        ["me diz"] = "tell me", ["me diga"] = "tell me", ["diz me"] = "tell me", ["diga me"] = "tell me",
        ["me dizer"] = "tell me", ["dizer me"] = "tell me", ["me fala"] = "tell me", ["me fale"] = "tell me",
        ["fala me"] = "tell me", ["fale me"] = "tell me", ["me dá"] = "give me", ["me dê"] = "give me", ["dá me"] = "give me",
        ["me faz um resumo"] = "give me a summary", ["me faça um resumo"] = "give me a summary", ["faz um resumo"] = "give a summary",
        ["resume pra mim"] = "summarize for me", ["resume para mim"] = "summarize for me",
        ["sabe me dizer"] = "can you tell me", ["sabes dizer me"] = "can you tell me", ["sabes me dizer"] = "can you tell me",
        ["sabe dizer"] = "can you tell", ["pode me dizer"] = "can you tell me", ["podes dizer me"] = "can you tell me",
        ["podes me dizer"] = "can you tell me", ["poderia me dizer"] = "could you tell me", ["você sabe"] = "do you know",
        ["vc sabe"] = "do you know",
        // Told, went, made part of: verbs that mean another English verb with their preposition. ("disse à" would also be
        // "disse a", as in "o que disse a Geórgia?", what Georgia said.)
        ["disse ao"] = "told", ["disse aos"] = "told the", ["disse às"] = "told the", ["disseram ao"] = "told the",
        ["disseram aos"] = "told the", ["disseram às"] = "told the", ["dito ao"] = "told to the", ["dito à"] = "told to the",
        ["dito aos"] = "told to the", ["dito às"] = "told to the", ["falou ao"] = "told the", ["falaram ao"] = "told the",
        ["falaram aos"] = "told the", ["foi para"] = "went to", ["foi pra"] = "went to", ["foi ao"] = "went to the",
        ["foram para"] = "went to", ["foram pra"] = "went to", ["foram ao"] = "went to the", ["fazer parte"] = "become part",
        ["faz parte"] = "is part", ["fazem parte"] = "are part", ["fará parte"] = "will be part", ["farão parte"] = "will be part",
        ["assina o artigo"] = "wrote the article", ["assina a matéria"] = "wrote the article", ["assina o texto"] = "wrote the article",
        ["assina a reportagem"] = "wrote the article", ["assina a notícia"] = "wrote the article",
        ["assina este artigo"] = "wrote the article", ["assina esse artigo"] = "wrote the article",
        ["assina esta matéria"] = "wrote the article", ["assina essa matéria"] = "wrote the article",
        ["assina esta notícia"] = "wrote the article", ["assina essa notícia"] = "wrote the article",
        ["assinou o artigo"] = "wrote the article", ["assinou a matéria"] = "wrote the article",
        ["assinou a reportagem"] = "wrote the article", ["assinou o texto"] = "wrote the article",
        ["chegaram a um acordo"] = "agreed", ["chegaram a acordo"] = "agreed", ["levantou a questão"] = "raised the issue",
        // The people and places of the article.
        ["ossétia do sul"] = "South Ossetia", ["osétia do sul"] = "South Ossetia", ["ossétia meridional"] = "South Ossetia",
        ["ossétia do norte"] = "North Ossetia", ["sul ossetas"] = "South Ossetians", ["sul osseta"] = "South Ossetian",
        ["sul ossetiano"] = "South Ossetian", ["sul ossetianos"] = "South Ossetians", ["estados unidos"] = "US",
        ["união europeia"] = "EU", ["união européia"] = "EU", ["nações unidas"] = "UN", ["casa branca"] = "White House",
        ["norte americano"] = "American", ["norte americanos"] = "Americans", ["norte americana"] = "American",
        ["departamento de estado"] = "State Department", ["secretário de estado"] = "Secretary of State",
        ["ministério das relações exteriores"] = "foreign ministry", ["ministério dos negócios estrangeiros"] = "foreign ministry",
        ["ministro das relações exteriores"] = "foreign minister", ["ministro dos negócios estrangeiros"] = "foreign minister",
        ["relações exteriores"] = "foreign affairs", ["negócios estrangeiros"] = "foreign affairs",
        ["política externa"] = "foreign policy", ["alta representante"] = "High Representative", ["porta voz"] = "spokeswoman",
        ["vice ministro"] = "deputy minister", ["vice chanceler"] = "deputy foreign minister",
        ["chefe da diplomacia"] = "foreign policy chief", ["comunidade internacional"] = "international community",
        ["cáucaso do sul"] = "South Caucasus", ["euro atlântica"] = "Euro-Atlantic", ["co presidentes"] = "co-chairs",
        ["co presidente"] = "co-chair", ["co presidiu"] = "co-chaired", ["co presidida"] = "co-chaired",
        ["co presididas"] = "co-chaired", ["co presidiram"] = "co-chaired",
        // The treaty, its clauses and its money.
        ["forças armadas"] = "armed forces", ["órgãos de segurança"] = "security agencies",
        ["serviços de segurança"] = "security services", ["agências de segurança"] = "security agencies",
        ["tropas de fronteira"] = "border troops", ["guardas de fronteira"] = "border guards", ["guarda de fronteira"] = "border guards",
        ["guardas fronteiriços"] = "border guards", ["tropas fronteiriças"] = "border troops", ["placas de aviso"] = "warning signs",
        ["placas de advertência"] = "warning signs", ["sinais de aviso"] = "warning signs", ["sinais de alerta"] = "warning signs",
        ["placas de sinalização"] = "warning signs", ["exercícios militares"] = "military exercises",
        ["integridade territorial"] = "territorial integrity", ["direito internacional"] = "international law",
        ["cessar fogo"] = "ceasefire", ["tendência positiva"] = "positive trend", ["mil milhões"] = "billion",
        ["vinte e cinco"] = "twenty-five", ["nome oficial"] = "official name", ["nome completo"] = "full name",
        ["em vigor"] = "in force", ["para sempre"] = "forever", ["pra sempre"] = "forever", ["ajuda financeira"] = "financial aid",
        ["ajuda econômica"] = "economic aid", ["final de"] = "end of", ["final do"] = "end of the", ["final da"] = "end of the",
        // Compared with Abkhazia's.
        ["mais fundo"] = "deeper", ["mais profundo"] = "deeper", ["mais profunda"] = "deeper", ["mais longe"] = "further",
        ["igual ao do"] = "the same as the one of", ["igual ao da"] = "the same as the one of",
        ["igual à do"] = "the same as the one of", ["igual à da"] = "the same as the one of", ["igual ao"] = "the same as",
        ["igual à"] = "the same as", ["o mesmo que"] = "the same as", ["a mesma coisa que"] = "the same as",
        ["parecido com o da"] = "similar to the one of", ["parecido com o do"] = "similar to the one of",
        ["parecida com a da"] = "similar to the one of", ["parecido com"] = "similar to", ["parecida com"] = "similar to",
        ["semelhante ao"] = "similar to", ["semelhante à"] = "similar to", ["o da"] = "the one of", ["o do"] = "the one of",
        ["a da"] = "the one of", ["a do"] = "the one of", ["mesmo dia"] = "same day", ["mesma data"] = "same date",
        // Words that go together.
        ["todo mundo"] = "everyone", ["toda a gente"] = "everyone", ["vai contra"] = "is contrary to",
        ["vão contra"] = "are contrary to", ["ir contra"] = "be contrary to", ["deu em"] = "resulted in",
        ["deram em"] = "resulted in", ["alguma coisa"] = "anything", ["fala algo sobre"] = "says anything about",
        ["diz algo sobre"] = "says anything about", ["fala alguma coisa sobre"] = "says anything about",
        ["diz alguma coisa sobre"] = "says anything about", ["puxão de orelha"] = "warning", ["puxões de orelha"] = "warnings",
        ["em vez de"] = "instead of", ["ao invés de"] = "instead of", ["ouvi falar"] = "heard", ["ouviu falar"] = "heard",
        ["vai ter"] = "will there be", ["vai haver"] = "will there be", ["em poucas palavras"] = "in short",
        ["em relação ao do"] = "compared to the one of", ["em relação ao da"] = "compared to the one of",
        ["em relação à do"] = "compared to the one of", ["em relação à da"] = "compared to the one of",
        ["em relação ao"] = "regarding the", ["em relação à"] = "regarding the", ["em relação a"] = "regarding", ["o tal do"] = string.Empty,
        ["a tal da"] = string.Empty, ["o tal de"] = string.Empty, ["a tal de"] = string.Empty,
        ["de quem é a notícia"] = "who wrote the article", ["de quem é a noticia"] = "who wrote the article", ["de quem é a matéria"] = "who wrote the article",
        ["de quem é o artigo"] = "who wrote the article", ["de quem é a reportagem"] = "who wrote the article",
        ["resposta de tbilisi"] = "response of Georgia", ["reação de tbilisi"] = "reaction of Georgia",
        ["passa para"] = "goes over to", ["passa pra"] = "goes over to", ["passam para"] = "go over to",
        ["passam pra"] = "go over to", ["passar para"] = "go over to", ["passar pra"] = "go over to",
        ["levou quanto"] = "got how much", ["levou qnt"] = "got how much", ["levou qto"] = "got how much",
        ["quanto levou"] = "how much got", ["levaram quanto"] = "got how much", ["quanto levaram"] = "how much got",
        ["a gente"] = "we", ["de novo"] = "again", ["outra vez"] = "again", ["mais uma vez"] = "again",
        ["segundo o"] = "according to the", ["segundo a"] = "according to the", ["de acordo com"] = "according to",
        ["ao mesmo tempo"] = "at the same time", ["sim ou não"] = string.Empty, ["ou não"] = "or not",
        ["tal de"] = string.Empty, ["que tipo de"] = "what kind of", ["tipo de"] = "kind of", ["se deu"] = "took place",
        ["deu se"] = "took place", ["teve lugar"] = "took place", ["tiveram lugar"] = "took place",
        ["foi tratado"] = "was discussed", ["foi tratada"] = "was discussed", ["foram tratados"] = "were discussed",
        ["foram tratadas"] = "were discussed", ["quantos anos tem"] = "how old is", ["quantos anos ele tem"] = "how old is he",
        ["quantos anos ela tem"] = "how old is she", ["que idade tem"] = "how old is", ["qual a idade"] = "how old is",
        // Small talk.
        ["tudo bem"] = "how are you", ["tudo bom"] = "how are you", ["tudo certo"] = "how are you", ["como vai"] = "how are you",
        ["como está"] = "how are you", ["e aí"] = "hey", ["ae"] = "hey", ["aê"] = "hey", ["eae"] = "hey", ["eai"] = "hey",
        ["iae"] = "hey", ["salve"] = "hey", ["bom dia"] = "good morning", ["boa tarde"] = "good afternoon",
        ["boa noite"] = "good evening", ["muito obrigado"] = "thank you very much", ["muito obrigada"] = "thank you very much",
        ["obrigado pela"] = "thanks for the", ["obrigado pelo"] = "thanks for the", ["obrigada pela"] = "thanks for the",
        ["obrigada pelo"] = "thanks for the", ["até logo"] = "goodbye", ["até mais"] = "goodbye", ["até a próxima"] = "goodbye",
        ["até à próxima"] = "goodbye", ["até já"] = "goodbye", ["até breve"] = "goodbye", ["até amanhã"] = "goodbye",
        ["por favor"] = "please", ["foi mal"] = "sorry", ["com licença"] = "excuse me", ["quem é você"] = "who are you",
        ["quem é vc"] = "who are you", ["quem és tu"] = "who are you", ["quem sou eu"] = "who am I", ["você é"] = "are you",
        ["vc é"] = "are you", ["vc eh"] = "are you", ["tu és"] = "are you", ["és um"] = "are you a", ["és uma"] = "are you a",
        ["o que você acha"] = "what do you think", ["o que vc acha"] = "what do you think", ["o que achas"] = "what do you think",
        ["você acha"] = "do you think", ["vc acha"] = "do you think", ["sua opinião"] = "your opinion",
        ["tua opinião"] = "your opinion", ["qual a sua opinião"] = "what is your opinion",
        ["qual é a sua opinião"] = "what is your opinion", ["na sua opinião"] = "in your opinion",
        ["na tua opinião"] = "in your opinion", ["quem tem razão"] = "who is right", ["tem razão"] = "is right",
        ["o que você faz"] = "what can you do", ["o que vc faz"] = "what can you do", ["o que você sabe fazer"] = "what can you do",
        ["o que vc sabe fazer"] = "what can you do", ["o que você pode fazer"] = "what can you do",
        ["o que sabes fazer"] = "what can you do", ["como funciona"] = "how does it work", ["como usar"] = "how do I use",
        ["como uso"] = "how do I use", ["como eu uso"] = "how do I use", ["inteligência artificial"] = "AI",
    }), hyphens: true);

    // One word each, as written; English finds those written without their accents.
    private static readonly Dictionary<string, string> Words = WithVerbs(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Question words. "que" asks what only where a sentence starts (see OpeningQuestionWord).
        ["quem"] = "who", ["qual"] = "which", ["quais"] = "which", ["quanto"] = "how much", ["quanta"] = "how much",
        ["quantos"] = "how many", ["quantas"] = "how many", ["qnt"] = "how much", ["qnto"] = "how much", ["qto"] = "how much",
        ["qnts"] = "how many", ["qts"] = "how many", ["qtos"] = "how many", ["quando"] = "when", ["qdo"] = "when",
        ["qnd"] = "when", ["qndo"] = "when", ["onde"] = "where", ["aonde"] = "where", ["como"] = "how", ["porquê"] = "why",
        ["porque"] = "because", ["pq"] = "because", ["oque"] = "what", ["oq"] = "what", ["que"] = "that", ["q"] = "that",
        ["quê"] = "what", ["qm"] = "who",
        // Articles, prepositions and their contractions.
        ["o"] = "the", ["a"] = "the", ["os"] = "the", ["as"] = "the", ["ao"] = "to the", ["aos"] = "to the", ["à"] = "to the",
        ["às"] = "to the", ["de"] = "of", ["do"] = "of the", ["da"] = "of the", ["dos"] = "of the", ["das"] = "of the",
        ["em"] = "in", ["no"] = "in the", ["na"] = "in the", ["nos"] = "in the", ["nas"] = "in the", ["num"] = "in a",
        ["numa"] = "in a", ["um"] = "a", ["uma"] = "a", ["uns"] = "some", ["umas"] = "some", ["pelo"] = "for the",
        ["pela"] = "for the", ["pelos"] = "for the", ["pelas"] = "for the", ["por"] = "for", ["para"] = "for", ["pra"] = "for",
        ["pro"] = "for the", ["pros"] = "for the", ["pras"] = "for the", ["com"] = "with", ["sem"] = "without",
        ["sobre"] = "about", ["entre"] = "between", ["até"] = "until", ["desde"] = "since", ["contra"] = "against",
        ["após"] = "after", ["depois"] = "after", ["antes"] = "before", ["durante"] = "during", ["perante"] = "before",
        ["conforme"] = "according to", ["cerca"] = "about",
        // Conjunctions, pronouns and adverbs.
        ["e"] = "and", ["ou"] = "or", ["mas"] = "but", ["porém"] = "but", ["se"] = string.Empty, ["nem"] = "nor",
        ["isso"] = "this", ["isto"] = "this", ["esse"] = "this", ["essa"] = "this", ["esses"] = "these", ["essas"] = "these",
        ["este"] = "this", ["esta"] = "this", ["estes"] = "these", ["estas"] = "these", ["aquele"] = "that", ["aquela"] = "that",
        ["aquilo"] = "that", ["disso"] = "of this", ["disto"] = "of this", ["desse"] = "of this", ["dessa"] = "of this",
        ["deste"] = "of this", ["desta"] = "of this", ["daquele"] = "of that", ["daquela"] = "of that", ["nisso"] = "in this",
        ["nesse"] = "in this", ["nessa"] = "in this", ["neste"] = "in this", ["nesta"] = "in this", ["naquele"] = "in that",
        ["ele"] = "he", ["ela"] = "she", ["eles"] = "they", ["elas"] = "they", ["dele"] = "his", ["dela"] = "her",
        ["deles"] = "their", ["delas"] = "their", ["lhe"] = string.Empty, ["lhes"] = string.Empty, ["nós"] = "we",
        ["você"] = "you", ["vc"] = "you", ["vcs"] = "you", ["vocês"] = "you", ["cê"] = "you", ["tu"] = "you", ["te"] = "you",
        ["ti"] = "you", ["mim"] = "me", ["comigo"] = "with me", ["meu"] = "my", ["minha"] = "my", ["seu"] = "its",
        ["sua"] = "its", ["seus"] = "their", ["suas"] = "their", ["teu"] = "your", ["tua"] = "your", ["nosso"] = "our",
        ["nossa"] = "our", ["algum"] = "any", ["alguma"] = "any", ["alguns"] = "some", ["algumas"] = "some",
        ["algo"] = "something", ["alguém"] = "anyone", ["ninguém"] = "nobody", ["nada"] = "nothing", ["tudo"] = "everything",
        ["todo"] = "all", ["toda"] = "all", ["todos"] = "all", ["todas"] = "all", ["outro"] = "other", ["outra"] = "other",
        ["outros"] = "other", ["outras"] = "other", ["cada"] = "each", ["não"] = "not", ["ñ"] = "not", ["sim"] = "yes",
        ["também"] = "too", ["tb"] = "too", ["tbm"] = "too", ["tmb"] = "too", ["já"] = "already", ["ainda"] = "still",
        ["só"] = "only", ["somente"] = "only", ["apenas"] = "only", ["mais"] = "more", ["menos"] = "less", ["muito"] = "very",
        ["muita"] = "much", ["muitos"] = "many", ["muitas"] = "many", ["mt"] = "very", ["mto"] = "very", ["pouco"] = "little",
        ["bem"] = "well", ["mesmo"] = "really", ["mesma"] = "same", ["msm"] = "really", ["igual"] = "same",
        ["iguais"] = "the same", ["idêntico"] = "identical", ["idênticos"] = "identical", ["aqui"] = "here", ["lá"] = "there",
        ["ali"] = "there", ["agora"] = "now", ["hoje"] = "today", ["hj"] = "today", ["ontem"] = "yesterday",
        ["amanhã"] = "tomorrow", ["sempre"] = "always", ["nunca"] = "never", ["assim"] = "so", ["então"] = "so",
        ["logo"] = "soon", ["exatamente"] = "exactly", ["exactamente"] = "exactly", ["exato"] = "exact",
        ["realmente"] = "really", ["oficialmente"] = "officially", ["pessoalmente"] = "personally", ["juntos"] = "together",
        ["novamente"] = "again", ["finalmente"] = "finally", ["primeiro"] = "first", ["primeira"] = "first",
        ["segundo"] = "second", ["segunda"] = "second", ["último"] = "last", ["última"] = "last", ["aproximadamente"] = "about",
        ["quase"] = "almost", ["c"] = "with", ["dps"] = "after", ["agr"] = "now", ["além"] = "besides", ["sério"] = "seriously",
        ["lance"] = "thing", ["lista"] = "list", ["história"] = "history", ["exemplos"] = "examples", ["exemplo"] = "example",
        ["linha"] = "line", ["palavras"] = "words", ["poucas"] = "few", ["tava"] = "was", ["tavam"] = "were",
        ["querer"] = "wanting", ["copresidência"] = "co-chairs", ["puta"] = "angry", ["ida"] = "going",
        // False friends of the reader's own: "atual" is current, "eventualmente" possibly, "pretende" intends.
        ["atual"] = "current", ["actual"] = "current", ["atuais"] = "current", ["actuais"] = "current",
        ["atualmente"] = "currently", ["actualmente"] = "currently", ["eventualmente"] = "possibly", ["pretende"] = "intends",
        ["pretendem"] = "intend", ["pretendia"] = "intended", ["compromisso"] = "commitment", ["compromissos"] = "commitments",
        ["quantidade"] = "amount", ["facto"] = "fact", ["fato"] = "fact",
        // Fillers: how a chat sounds, no words of the question.
        ["né"] = string.Empty, ["hein"] = string.Empty, ["afinal"] = string.Empty, ["enfim"] = string.Empty,
        ["aliás"] = string.Empty, ["tipo"] = string.Empty, ["aí"] = string.Empty, ["daí"] = "then", ["olha"] = string.Empty,
        ["ó"] = string.Empty, ["pô"] = string.Empty, ["poxa"] = string.Empty, ["putz"] = string.Empty, ["cara"] = string.Empty,
        ["mano"] = string.Empty, ["véi"] = string.Empty, ["galera"] = string.Empty, ["gente"] = string.Empty,
        ["pessoal"] = string.Empty, ["ué"] = string.Empty, ["uai"] = string.Empty, ["kkk"] = string.Empty,
        ["kkkk"] = string.Empty, ["kkkkk"] = string.Empty, ["rs"] = string.Empty, ["rsrs"] = string.Empty, ["pá"] = string.Empty,
        ["moço"] = string.Empty, ["moça"] = string.Empty, ["senhor"] = string.Empty, ["senhora"] = string.Empty,
        ["bom"] = "good", ["boa"] = "good", ["pfv"] = "please", ["pf"] = "please", ["pfvr"] = "please", ["porfavor"] = "please",
        ["desculpa"] = "sorry", ["desculpe"] = "sorry", ["beleza"] = "ok", ["blz"] = "ok", ["claro"] = "sure",
        ["certo"] = "right", ["certa"] = "right", ["correto"] = "correct", ["errado"] = "wrong", ["errada"] = "wrong",
        ["verdade"] = "true", ["verdadeiro"] = "true", ["falso"] = "false", ["mentira"] = "false", ["parada"] = "thing",
        ["coisa"] = "thing", ["coisas"] = "things", ["porra"] = string.Empty, ["rápido"] = "quickly",
        ["inglês"] = "English", ["tempo"] = "time", ["indeterminado"] = "indefinite", ["envolvido"] = "involved",
        ["envolvida"] = "involved", ["envolvidos"] = "involved", ["envolvidas"] = "involved", ["forte"] = "strong",
        ["exercício"] = "exercise", ["comandos"] = "commands", ["época"] = "time", ["viram"] = "became",
        ["opôs"] = "opposed", ["opuseram"] = "opposed", ["opõe"] = "opposes", ["opõem"] = "oppose",
        // "resume aí essa notícia": summarize it ("resume" in English is the talks going on again).
        ["resume"] = "summarize", ["resuma"] = "summarize",
        // Being, having, going, doing, saying: the verbs every question leans on.
        ["é"] = "is", ["eh"] = "is", ["são"] = "are", ["foi"] = "was", ["foram"] = "were", ["era"] = "was", ["eram"] = "were",
        ["será"] = "will be", ["serão"] = "will be", ["seria"] = "would be", ["seriam"] = "would be", ["ser"] = "be",
        ["sou"] = "am", ["és"] = "are", ["somos"] = "are", ["sendo"] = "being", ["sido"] = "been", ["fosse"] = "were",
        ["está"] = "is", ["tá"] = "is", ["estão"] = "are", ["tão"] = "are", ["estava"] = "was", ["estavam"] = "were",
        ["esteve"] = "was", ["estiveram"] = "were", ["estará"] = "will be", ["estar"] = "be", ["estou"] = "am I",
        ["estamos"] = "are", ["estás"] = "are", ["fica"] = "is", ["ficam"] = "are", ["ficou"] = "was", ["ficaram"] = "were",
        ["ficar"] = "be", ["ficará"] = "will be", ["ficarão"] = "will be", ["tem"] = "has", ["têm"] = "have", ["tinha"] = "had",
        ["tinham"] = "had", ["teve"] = "had", ["tiveram"] = "had", ["terá"] = "will have", ["ter"] = "have",
        ["tenho"] = "have", ["temos"] = "have", ["tens"] = "have", ["há"] = "there is", ["houve"] = "was there",
        ["haverá"] = "will there be", ["havia"] = "there was", ["vai"] = "will", ["vão"] = "will", ["vou"] = "will",
        ["vamos"] = "will", ["iam"] = "would", ["ir"] = "go", ["indo"] = "going", ["pode"] = "can", ["podem"] = "can",
        ["posso"] = "can I", ["podes"] = "can you", ["poderia"] = "could", ["podia"] = "could", ["poderiam"] = "could",
        ["deve"] = "should", ["devem"] = "should", ["deveria"] = "should", ["faz"] = "does", ["fazem"] = "does",
        ["fez"] = "did", ["fizeram"] = "did", ["fazer"] = "doing", ["feito"] = "done", ["feita"] = "made", ["feitos"] = "made",
        ["feitas"] = "made", ["faça"] = "doing", ["diz"] = "says", ["dizem"] = "say", ["disse"] = "said",
        ["disseram"] = "said", ["dizer"] = "say", ["dito"] = "said", ["dizendo"] = "saying", ["diga"] = "tell",
        ["digam"] = "tell", ["dá"] = "gives", ["dão"] = "give", ["dar"] = "give", ["deu"] = "gave", ["deram"] = "gave",
        ["dado"] = "given", ["dada"] = "given", ["dados"] = "data", ["dará"] = "will give", ["darão"] = "will give",
        ["daria"] = "would give", ["sabe"] = "know", ["sabem"] = "know", ["sei"] = "know", ["saber"] = "know",
        ["sabia"] = "knew", ["sabes"] = "know", ["quero"] = "want", ["quer"] = "wants", ["queria"] = "would like",
        ["querem"] = "want", ["gostaria"] = "would like", ["acho"] = "think", ["achas"] = "do you think", ["preciso"] = "need",
        ["vem"] = "comes", ["veio"] = "came", ["vieram"] = "came", ["ver"] = "see", ["viu"] = "saw", ["vejo"] = "see",
        ["mantém"] = "keeps", ["mantêm"] = "keep", ["manter"] = "keep", ["manteve"] = "kept", ["vira"] = "becomes",
        ["virou"] = "became", ["virar"] = "become", ["viraram"] = "became", ["pede"] = "asks", ["pedem"] = "ask",
        ["pediu"] = "asked", ["pediram"] = "asked", ["pedir"] = "ask", ["pedido"] = "request", ["usado"] = "used",
        ["usada"] = "used", ["usados"] = "used", ["usadas"] = "used", ["usar"] = "use", ["uso"] = "use", ["gasto"] = "spent",
        ["gastos"] = "spending", ["previsto"] = "planned", ["prevista"] = "planned", ["previstos"] = "planned",
        ["previstas"] = "planned", ["marcada"] = "scheduled", ["marcado"] = "scheduled", ["rolou"] = "happened",
        ["rola"] = "happens", ["rolar"] = "happen", ["destruiu"] = "destroyed", ["destruíram"] = "destroyed",
        ["destruídas"] = "destroyed", ["destruídos"] = "destroyed", ["destruir"] = "destroy", ["reage"] = "reacts",
        ["reagem"] = "react", ["reagiu"] = "reacted", ["reagiram"] = "reacted", ["reagir"] = "react",
        ["repercussão"] = "reaction", ["repercutiu"] = "reacted", ["entendi"] = "understood", ["percebo"] = "understand",
        ["percebi"] = "understood", ["escrito"] = "written", ["revisto"] = "revised", ["revista"] = "revised",
        ["posto"] = "job", ["chegou"] = "reached", ["chegaram"] = "reached", ["difere"] = "differs", ["diferem"] = "differ",
        ["trata"] = "is about", ["tratam"] = "are about",
        // How the parties feel.
        ["bravo"] = "angry", ["brava"] = "angry", ["bravos"] = "angry", ["irritada"] = "angry", ["irritado"] = "angry",
        ["zangada"] = "angry", ["zangado"] = "angry", ["puto"] = "angry", ["putos"] = "angry", ["chateada"] = "upset",
        ["chateado"] = "upset", ["furiosa"] = "furious", ["furioso"] = "furious", ["contente"] = "happy", ["feliz"] = "happy",
        ["satisfeita"] = "happy", ["satisfeito"] = "happy",
        // The treaty and its signing.
        ["tratado"] = "treaty", ["tratados"] = "treaties", ["acordo"] = "agreement", ["acordos"] = "agreements",
        ["pacto"] = "pact", ["aliança"] = "alliance", ["parceria"] = "partnership", ["estratégica"] = "strategic",
        ["estratégico"] = "strategic", ["integração"] = "integration", ["fusão"] = "merger", ["documento"] = "document",
        ["texto"] = "text", ["cláusula"] = "clause", ["cláusulas"] = "clauses", ["artigo"] = "article", ["artigos"] = "articles",
        ["matéria"] = "article", ["reportagem"] = "article", ["notícia"] = "news", ["notícias"] = "news", ["noticia"] = "news",
        ["jornal"] = "newspaper", ["jornalista"] = "journalist", ["autor"] = "author", ["autora"] = "author",
        ["repórter"] = "reporter", ["assinatura"] = "signing", ["assinaturas"] = "signatures", ["signatários"] = "signatories",
        ["signatário"] = "signatory", ["cerimônia"] = "ceremony", ["cerimónia"] = "ceremony", ["nome"] = "name",
        ["nomes"] = "names", ["título"] = "title", ["denominação"] = "name", ["designação"] = "name", ["data"] = "date",
        ["dia"] = "day", ["dias"] = "days", ["ano"] = "year", ["anos"] = "years", ["mês"] = "month", ["meses"] = "months",
        ["semana"] = "week", ["década"] = "decade", ["duração"] = "duration", ["validade"] = "validity", ["prazo"] = "term",
        ["vigência"] = "validity", ["válido"] = "valid", ["válida"] = "valid", ["vale"] = "valid", ["vigora"] = "valid",
        ["fim"] = "end", ["final"] = "final", ["início"] = "start", ["inicio"] = "start", ["inicial"] = "initial",
        ["lugar"] = "place", ["local"] = "place", ["cidade"] = "city", ["capital"] = "capital", ["oficial"] = "official",
        ["completo"] = "full", ["versão"] = "version", ["rascunho"] = "draft", ["original"] = "original",
        ["diferença"] = "difference", ["diferenças"] = "differences", ["diferente"] = "different", ["parecido"] = "similar",
        ["parecida"] = "similar", ["semelhante"] = "similar", ["profundo"] = "deep", ["profunda"] = "deep", ["longe"] = "far",
        ["maior"] = "bigger", ["menor"] = "smaller", ["melhor"] = "better", ["pior"] = "worse", ["grande"] = "big",
        ["pequeno"] = "small", ["novo"] = "new", ["nova"] = "new", ["antigo"] = "old", ["próprio"] = "own",
        ["própria"] = "own", ["próprias"] = "own", ["próprios"] = "own", ["principal"] = "main", ["principais"] = "main",
        ["importante"] = "important", ["simbólico"] = "symbolic", ["simbólica"] = "symbolic", ["coincidência"] = "coincidence",
        ["parte"] = "part", ["lado"] = "side", ["lados"] = "sides", ["relação"] = "connection", ["ligação"] = "connection",
        // Money.
        ["dinheiro"] = "money", ["grana"] = "money", ["verba"] = "funds", ["verbas"] = "funds", ["recursos"] = "funds",
        ["fundos"] = "funds", ["financiamento"] = "funding", ["investimento"] = "investment", ["investimentos"] = "investment",
        ["aporte"] = "funding", ["subsídios"] = "subsidies", ["ajuda"] = "help", ["auxílio"] = "aid", ["apoio"] = "support",
        ["quantia"] = "amount", ["valor"] = "amount", ["montante"] = "amount", ["soma"] = "sum", ["orçamento"] = "budget",
        ["promessa"] = "pledge", ["promessas"] = "pledges", ["rublos"] = "rubles", ["rublo"] = "ruble", ["dólares"] = "dollars",
        ["bilhão"] = "billion", ["bilhões"] = "billion", ["bilião"] = "billion", ["biliões"] = "billion", ["bi"] = "billion",
        ["milhão"] = "million", ["milhões"] = "million", ["mil"] = "thousand", ["desenvolvimento"] = "development",
        ["socioeconômico"] = "social-economic", ["socioeconómico"] = "social-economic", ["econômico"] = "economic",
        ["económico"] = "economic", ["econômica"] = "economic", ["económica"] = "economic", ["economia"] = "economy",
        ["financeira"] = "financial", ["financeiro"] = "financial", ["implementação"] = "implementation",
        ["objetivos"] = "goals", ["metas"] = "goals",
        // Defence and the army.
        ["defesa"] = "defence", ["segurança"] = "security", ["proteção"] = "protection", ["protecção"] = "protection",
        ["fronteira"] = "border", ["fronteiras"] = "borders", ["divisa"] = "border", ["limite"] = "border",
        ["exército"] = "army", ["exércitos"] = "armies", ["forças"] = "forces", ["militar"] = "military",
        ["militares"] = "military", ["soldados"] = "soldiers", ["tropas"] = "troops", ["guardas"] = "guards",
        ["alfândega"] = "customs", ["aduana"] = "customs", ["polícia"] = "police", ["unidades"] = "units",
        ["soberania"] = "sovereignty", ["base"] = "base", ["bases"] = "bases", ["responsável"] = "responsible",
        ["responsáveis"] = "responsible", ["responsabilidade"] = "responsibility",
        // Reactions.
        ["reação"] = "reaction", ["reações"] = "reactions", ["reacção"] = "reaction", ["reacções"] = "reactions",
        ["resposta"] = "response", ["respostas"] = "responses", ["posição"] = "position", ["posicionamento"] = "position",
        ["opinião"] = "position", ["visão"] = "view", ["declaração"] = "statement", ["declarações"] = "statements",
        ["comunicado"] = "statement", ["nota"] = "statement", ["crítica"] = "criticism", ["críticas"] = "criticism",
        ["condenação"] = "condemnation", ["protesto"] = "protest", ["protestos"] = "protests",
        ["reconhecimento"] = "recognition", ["anexação"] = "annexation", ["ocupação"] = "occupation",
        ["violação"] = "violation", ["ilegal"] = "illegal", ["ilegítimo"] = "illegitimate", ["legal"] = "legal",
        ["contrário"] = "contrary", ["contrária"] = "contrary", ["provocação"] = "provocation", ["provocativo"] = "provocative",
        ["inadmissível"] = "inadmissible", ["inaceitável"] = "unacceptable", ["deliberado"] = "deliberate",
        ["deliberada"] = "deliberate",
        // Who is who.
        ["governo"] = "government", ["governos"] = "governments", ["ministério"] = "ministry", ["ministro"] = "minister",
        ["ministra"] = "minister", ["chanceler"] = "foreign minister", ["chancelaria"] = "foreign ministry",
        ["itamaraty"] = "foreign ministry", ["mne"] = "foreign ministry", ["presidente"] = "president",
        ["presidentes"] = "presidents", ["líder"] = "leader", ["líderes"] = "leaders", ["dirigente"] = "leader",
        ["chefe"] = "head", ["cargo"] = "job", ["função"] = "job", ["emprego"] = "job", ["profissão"] = "profession",
        ["trabalho"] = "job", ["papel"] = "role", ["delegação"] = "delegation", ["delegações"] = "delegations",
        ["delegado"] = "delegate", ["delegados"] = "delegates", ["representante"] = "representative",
        ["representantes"] = "representatives", ["mediador"] = "mediator", ["mediadores"] = "mediators",
        ["moderador"] = "moderator", ["moderadores"] = "moderators", ["copresidente"] = "co-chair",
        ["copresidentes"] = "co-chairs", ["presidência"] = "chairmanship", ["organização"] = "organization",
        ["organizações"] = "organizations",
        // Countries, peoples and places.
        ["país"] = "country", ["países"] = "countries", ["paises"] = "countries", ["mundo"] = "world",
        ["república"] = "republic", ["região"] = "region", ["regiões"] = "regions", ["território"] = "territory",
        ["independente"] = "independent", ["independência"] = "independence", ["estado"] = "state", ["povo"] = "people",
        ["população"] = "population", ["pessoas"] = "people", ["língua"] = "language", ["idioma"] = "language",
        ["moeda"] = "currency", ["guerra"] = "war", ["conflito"] = "conflict", ["paz"] = "peace",
        ["aniversário"] = "anniversary", ["referendo"] = "referendum", ["internacional"] = "international",
        ["internacionais"] = "international", ["separatista"] = "separatist", ["separatistas"] = "separatist",
        ["rebeldes"] = "breakaway", ["autoproclamada"] = "self-proclaimed", ["europeu"] = "European", ["europeia"] = "European",
        ["européia"] = "European", ["europeus"] = "Europeans", ["americano"] = "American", ["americana"] = "American",
        ["americanos"] = "Americans", ["estadunidense"] = "American", ["russo"] = "Russian", ["russa"] = "Russian",
        ["russos"] = "Russians", ["russas"] = "Russian", ["georgiano"] = "Georgian", ["georgiana"] = "Georgian",
        ["georgianos"] = "Georgians", ["georgianas"] = "Georgian", ["ossetas"] = "Ossetians", ["osseta"] = "Ossetian",
        ["ossetianos"] = "Ossetians", ["ossetiano"] = "Ossetian", ["ossétios"] = "Ossetians", ["abecásios"] = "Abkhaz",
        ["abcásios"] = "Abkhaz", ["abkhazes"] = "Abkhaz", ["abcazes"] = "Abkhaz", ["abecásio"] = "Abkhaz", ["abcásio"] = "Abkhaz",
        ["italiana"] = "Italian", ["italiano"] = "Italian", ["ucranianos"] = "Ukrainians", ["sul"] = "south",
        ["norte"] = "north", ["rússia"] = "Russia", ["geórgia"] = "Georgia", ["ossétia"] = "Ossetia",
        ["abecásia"] = "Abkhazia", ["abcásia"] = "Abkhazia", ["abkházia"] = "Abkhazia", ["abkhásia"] = "Abkhazia",
        ["abcázia"] = "Abkhazia", ["crimeia"] = "Crimea", ["criméia"] = "Crimea", ["ucrânia"] = "Ukraine",
        ["moscou"] = "Moscow", ["moscovo"] = "Moscow", ["kremlim"] = "Kremlin", ["genebra"] = "Geneva",
        ["suíça"] = "Switzerland", ["tbilissi"] = "Tbilisi", ["tiflis"] = "Tbilisi", ["sukhumi"] = "Sukhumi",
        ["transcaucásia"] = "Transcaucasia", ["cáucaso"] = "Caucasus", ["itália"] = "Italy", ["europa"] = "Europe",
        ["bruxelas"] = "Brussels", ["turquia"] = "Turkey", ["alemanha"] = "Germany", ["frança"] = "France",
        ["brasil"] = "Brazil", ["onu"] = "UN", ["otan"] = "NATO",
        // Geneva.
        ["negociações"] = "negotiations", ["negociação"] = "negotiation", ["conversas"] = "talks",
        ["conversações"] = "talks", ["diálogo"] = "dialogue", ["discussões"] = "discussions", ["discussão"] = "discussion",
        ["debates"] = "debates", ["debate"] = "debate", ["reunião"] = "meeting", ["reuniões"] = "meetings",
        ["encontro"] = "meeting", ["encontros"] = "meetings", ["rodada"] = "round", ["rodadas"] = "rounds", ["ronda"] = "round",
        ["rondas"] = "rounds", ["sessão"] = "session", ["pauta"] = "agenda", ["próxima"] = "next", ["próximo"] = "next",
        ["seguinte"] = "next", ["anterior"] = "previous", ["participantes"] = "participants", ["presentes"] = "present",
        ["presente"] = "present", ["resultado"] = "result", ["resultados"] = "results", ["desfecho"] = "outcome",
        ["conclusão"] = "conclusion", ["conclusões"] = "conclusions", ["preocupação"] = "concern",
        ["preocupações"] = "concerns", ["medo"] = "fear", ["ameaça"] = "threat", ["exercícios"] = "exercises",
        ["infraestrutura"] = "infrastructure", ["infraestruturas"] = "infrastructure", ["adesão"] = "accession",
        ["entrada"] = "accession", ["aproximação"] = "rapprochement", ["placas"] = "signs", ["placa"] = "sign",
        ["sinais"] = "signs", ["sinalização"] = "signs", ["avisos"] = "warnings", ["aviso"] = "warning",
        ["avaliação"] = "assessment", ["adequada"] = "proper", ["adequado"] = "proper", ["incidente"] = "incident",
        ["incidentes"] = "incidents", ["situação"] = "situation", ["estabilidade"] = "stability",
        ["estabilização"] = "stabilization", ["estável"] = "stable", ["estáveis"] = "stable", ["calma"] = "calm",
        ["tranquila"] = "calm", ["tendência"] = "trend", ["tensão"] = "tension", ["questões"] = "issues", ["questão"] = "issue",
        ["problema"] = "problem", ["problemas"] = "problems", ["tema"] = "topic", ["temas"] = "topics", ["assunto"] = "issue",
        ["assuntos"] = "issues",
        // Small talk.
        ["oi"] = "hi", ["oie"] = "hi", ["oii"] = "hi", ["olá"] = "hello", ["obrigado"] = "thanks", ["obrigada"] = "thanks",
        ["obg"] = "thanks", ["obgd"] = "thanks", ["obgda"] = "thanks", ["brigado"] = "thanks", ["brigada"] = "thanks",
        ["brigadão"] = "thanks", ["obrigadão"] = "thanks", ["obrigadinho"] = "thanks", ["valeu"] = "thanks", ["vlw"] = "thanks",
        ["agradeço"] = "thanks", ["tchau"] = "bye", ["xau"] = "bye", ["tchauzinho"] = "bye", ["adeus"] = "goodbye",
        ["flw"] = "bye", ["robô"] = "robot", ["humano"] = "human", ["humana"] = "human", ["pessoa"] = "person",
        ["máquina"] = "machine", ["programa"] = "program", ["ia"] = "AI", ["socorro"] = "help", ["pergunta"] = "question",
        ["perguntas"] = "questions", ["informação"] = "information", ["informações"] = "information",
        ["opiniões"] = "opinions", ["ruim"] = "bad", ["mau"] = "bad", ["má"] = "bad", ["justo"] = "fair", ["razão"] = "right",
        ["resumo"] = "summary", ["resumido"] = "summary", ["sentido"] = "sense", ["significado"] = "meaning", ["idade"] = "age", ["nacionalidade"] = "nationality",
        ["partes"] = "parties", ["exata"] = "exact", ["postura"] = "stance", ["manifestação"] = "statement",
        ["advertência"] = "warning", ["advertências"] = "warnings", ["estaria"] = "would be", ["estariam"] = "would be",
        ["obrigadíssimo"] = "thanks", ["obrigadíssima"] = "thanks", ["cumprimentos"] = "regards", ["fixe"] = "cool",
        // Months and numbers ("março" without its cedilla is "marco").
        ["janeiro"] = "January", ["fevereiro"] = "February", ["março"] = "March", ["abril"] = "April", ["maio"] = "May",
        ["junho"] = "June", ["julho"] = "July", ["agosto"] = "August", ["setembro"] = "September", ["outubro"] = "October",
        ["novembro"] = "November", ["dezembro"] = "December", ["dois"] = "two", ["duas"] = "two", ["três"] = "three",
        ["quatro"] = "four", ["cinco"] = "five", ["seis"] = "six", ["sete"] = "seven", ["oito"] = "eight", ["nove"] = "nine",
        ["dez"] = "ten", ["quinze"] = "fifteen", ["dezessete"] = "seventeen", ["dezassete"] = "seventeen",
        ["dezoito"] = "eighteen", ["vinte"] = "twenty", ["trinta"] = "thirty", ["cinquenta"] = "fifty",
        ["cinqüenta"] = "fifty", ["cem"] = "hundred",
    },
    // The verbs of the article's topics: stem, what it does ("sign"), what it did ("signed"). Each reads in its regular
    // forms ("assina", "assinam", "assinou", "assinaram", "assinado", "assinando", "vai assinar"), but the word of the table
    // where one has the form.
    ar:
    [
        // Signing, money, time.
        ("assin", "sign", "signed"), ("firm", "sign", "signed"), ("celebr", "sign", "signed"), ("pag", "pay", "paid"),
        ("aloc", "allocate", "allocated"), ("destin", "allocate", "allocated"), ("liber", "allocate", "allocated"),
        ("reserv", "allocate", "allocated"), ("desembols", "disburse", "disbursed"), ("repass", "give", "gave"),
        ("envi", "give", "gave"), ("mand", "give", "gave"), ("gast", "spend", "spent"), ("ganh", "get", "got"),
        ("financi", "finance", "financed"), ("implement", "implement", "implemented"), ("dur", "last", "lasted"),
        ("expir", "expire", "expired"), ("renov", "renew", "renewed"), ("prorrog", "extend", "extended"),
        ("ratific", "ratify", "ratified"), ("aprov", "approve", "approved"), ("revis", "revise", "revised"),
        ("cham", "call", "called"), ("signific", "mean", "meant"), ("program", "schedule", "scheduled"),
        ("planej", "plan", "planned"), ("plane", "plan", "planned"),
        // Reactions and words.
        ("anex", "annex", "annexed"), ("tom", "take", "took"), ("conden", "condemn", "condemned"),
        ("critic", "criticize", "criticized"), ("apoi", "support", "supported"), ("rejeit", "reject", "rejected"),
        ("aceit", "accept", "accepted"), ("acus", "accuse", "accused"), ("declar", "declare", "declared"),
        ("afirm", "state", "stated"), ("coment", "comment", "commented"), ("fal", "talk", "said"), ("cont", "tell", "told"),
        ("explic", "explain", "explained"), ("resum", "summarize", "summarized"), ("pergunt", "ask", "asked"),
        ("reclam", "complain", "complained"), ("protest", "protest", "protested"), ("consider", "consider", "considered"),
        ("classific", "call", "called"), ("viol", "violate", "violated"), ("contrari", "contradict", "contradicted"),
        ("gost", "like", "welcomed"), ("ach", "think", "thought"), ("pens", "think", "thought"),
        ("acredit", "believe", "believed"), ("pronunci", "comment", "commented"),
        ("manifest", "comment", "commented"), ("incomod", "worry", "worried"), ("marc", "schedule", "scheduled"), ("respeit", "respect", "respected"), ("levant", "raise", "raised"),
        ("mencion", "mention", "mentioned"), ("cit", "mention", "mentioned"), ("public", "publish", "published"),
        // Geneva.
        ("particip", "participate", "participated"), ("negoci", "negotiate", "negotiated"), ("realiz", "hold", "held"),
        ("encontr", "meet", "met"), ("volt", "again", "again"), ("acord", "agree", "agreed"), ("retom", "resume", "resumed"),
        ("recomeç", "resume", "resumed"), ("continu", "continue", "continued"), ("termin", "end", "ended"),
        ("acab", "end", "ended"), ("encerr", "end", "ended"), ("concord", "agree", "agreed"), ("discord", "disagree", "disagreed"),
        ("lider", "lead", "led"), ("chefi", "head", "headed"), ("comand", "lead", "led"), ("moder", "moderate", "moderated"),
        ("coorden", "moderate", "moderated"), ("organiz", "host", "hosted"), ("medi", "mediate", "mediated"),
        ("preocup", "worry", "worried"), ("ameaç", "threaten", "threatened"), ("avis", "warn", "warned"),
        ("alert", "warn", "warned"), ("danific", "damage", "damaged"), ("vandaliz", "vandalize", "vandalized"),
        ("quebr", "break", "broken"), ("retir", "remove", "removed"), ("instal", "install", "installed"),
        ("estabiliz", "stabilize", "stabilized"), ("melhor", "improve", "improved"), ("pior", "worsen", "worsened"),
        ("avali", "assess", "assessed"), ("solicit", "request", "requested"), ("prepar", "prepare", "prepared"),
        // Defence and the army.
        ("integr", "integrate", "integrated"), ("incorpor", "incorporate", "incorporated"), ("junt", "join", "joined"),
        ("entr", "join", "joined"), ("guard", "guard", "guarded"), ("vigi", "guard", "guarded"),
        ("patrulh", "patrol", "patrolled"), ("control", "control", "controlled"), ("cuid", "take care", "took care"),
        ("ocup", "occupy", "occupied"), ("invad", "invade", "invaded"), ("govern", "govern", "governed"),
        ("reforç", "strengthen", "strengthened"),
        // Anything else.
        ("mud", "change", "changed"), ("alter", "change", "changed"), ("modific", "change", "changed"),
        ("compar", "compare", "compared"), ("relacion", "relate", "related"), ("comemor", "mark", "marked"),
        ("trabalh", "work", "worked"), ("funcion", "work", "worked"), ("ajud", "help", "helped"), ("precis", "need", "needed"),
        ("torn", "become", "became"), ("fic", "stay", "stayed"), ("mor", "live", "lived"), ("habit", "live", "lived"),
        ("lev", "take", "took"), ("deix", "leave", "left"), ("convers", "talk", "talked"),
    ],
    er:
    [
        ("promet", "pledge", "pledged"), ("receb", "receive", "received"), ("reconhec", "recognize", "recognized"),
        ("escrev", "write", "wrote"), ("respond", "answer", "answered"), ("acontec", "happen", "happened"),
        ("ocorr", "happen", "happened"), ("defend", "defend", "defended"), ("proteg", "protect", "protected"),
        ("entend", "understand", "understood"), ("perceb", "understand", "understood"), ("venc", "expire", "expired"),
        ("absorv", "absorb", "absorbed"), ("pertenc", "belong", "belonged"), ("comparec", "attend", "attended"),
        ("remov", "remove", "removed"), ("conhec", "know", "knew"), ("escolh", "choose", "chose"), ("morr", "die", "died"),
        ("estabelec", "establish", "established"), ("aparec", "appear", "appeared"), ("esquec", "forget", "forgot"),
        ("merec", "deserve", "deserved"), ("oferec", "offer", "offered"), ("resolv", "resolve", "resolved"),
    ],
    ir:
    [
        ("discut", "discuss", "discussed"), ("decid", "decide", "decided"), ("invest", "invest", "invested"),
        ("presid", "chair", "chaired"), ("copresid", "co-chair", "co-chaired"), ("coincid", "coincide", "coincided"),
        ("exig", "demand", "demanded"), ("exist", "exist", "existed"), ("assum", "take over", "took over"),
        ("garant", "guarantee", "guaranteed"), ("dirig", "lead", "led"), ("reun", "meet", "met"), ("advert", "warn", "warned"),
        ("fund", "merge", "merged"), ("un", "unite", "united"), ("insist", "insist", "insisted"), ("permit", "allow", "allowed"),
        ("divid", "divide", "divided"), ("cumpr", "fulfil", "fulfilled"), ("difer", "differ", "differed"),
    ]);

    // The words written without their accents ("reacao", "voce"), where that is no other word of the table ("e" is "and",
    // not "é"; "esta" is "this", not "está") nor an English or Spanish one ("a" of "à", "so" of "só", "la" of "lá").
    private static readonly Dictionary<string, string> Unaccented = Words
        .Select(entry => (Key: Accents.Strip(entry.Key), entry.Value))
        .Where(entry => !Words.ContainsKey(entry.Key) && entry.Key is not ("a" or "so" or "la"))
        .GroupBy(entry => entry.Key, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.First().Value, StringComparer.Ordinal);

    // How Portuguese ends a verb's past tense and its plural: "assinou", "prometeu", "decidiu", "assinaram", "aceitam",
    // "reconhecem" (Spanish "firmó", "prometió", "decidió", "firmaron", "aceptan", "reconocen").
    private static readonly string[] VerbEndings = ["ou", "eu", "iu", "am", "em"];

    // Words neither English nor Spanish has ("quem", "é", "você", "assinou", and the past tenses and plurals of the verbs
    // above); those English or Italian share ("pra", "uma", "oi", "sao" of Sao Paulo) count with another only. Words
    // Spanish shares ("tratado", "sobre", "está", "no", "os", "dos") are no sign of Portuguese at all: Spanglish reads
    // them, and "que" asks what there, "no" is not. Nor are "a", "o", "e", "do", "de", "em", "se", "me", "um", "com" or
    // "pro", English words too, nor "da", "na" and "eh", which Tagalog, Pidgin and Italian say all the time.
    private static readonly MarkerWords Markers = new(Words.Keys
        .Where(word => word.Length >= 5 && VerbEndings.Any(ending => word.EndsWith(ending, StringComparison.Ordinal)))
        .Concat(
        [
            // Question words, verbs and pronouns.
            "quem", "qm", "qual", "quais", "quanto", "quanta", "quantos", "quantas", "qnto", "qto", "qnt", "qnts", "qts", "qtos", "quando",
            "qdo", "qnd", "qndo", "onde", "aonde", "cadê", "cade", "porquê", "pq", "oque", "oq", "quê", "é", "são", "és", "foi",
            "foram", "estão", "estava", "estavam", "tá", "vai", "vão", "vao", "tem", "têm", "teve", "há", "houve", "pode",
            "podem", "posso", "fez", "fizeram", "faz", "deu", "deram", "dá", "disse", "disseram", "diz", "dizer", "falou",
            "falaram", "fala", "acha", "acho", "quero", "quer", "preciso", "perguntar", "chama", "chamam", "chamado", "rolou",
            "você", "voce", "vc", "vcs", "vocês", "voces", "não", "nao", "também", "tambem", "tbm", "isso", "isto", "essa",
            "esse", "ele", "eles", "dele", "dela", "deles", "pela", "numa", "nós", "meu", "minha", "seu", "ainda", "já", "só",
            "até", "depois", "muito", "então", "entao", "algum", "alguma", "tudo",
            // The article's acts and things.
            "assinado", "assinada", "assinatura", "assinar", "reação", "reacao", "reações", "reacoes", "reacção", "acontece",
            "receber", "recebe", "duração", "duracao", "dinheiro", "grana", "bilhões", "bilhoes", "bilhão", "bilhao", "milhões",
            "milhoes", "acordo", "acordos", "fronteira", "fronteiras", "exército", "exercito", "defesa", "segurança",
            "seguranca", "forças", "reunião", "reuniao", "negociações", "negociacoes", "rodada", "delegação", "delegacao", "mês",
            "março", "matéria", "notícia", "artigo", "jornalista", "nome", "chefe", "pessoa", "robô", "resumo", "ajuda", "aliança",
            "integração", "integracao", "russos", "europeia", "preocupação", "anexação", "anexacao", "reconhece",
            "reconhecem", "posição", "posicao", "declaração", "aniversário", "opinião", "opiniao", "ruim", "bom", "boa", "sul",
            // Names as Portuguese writes them.
            "rússia", "geórgia", "ossétia", "abecásia", "abecasia", "abcásia", "genebra", "crimeia", "criméia", "moscovo", "eua",
            // Greetings and chat.
            "obrigado", "obrigada", "obrigadíssimo", "obrigadíssima", "obg", "brigado", "brigadão", "valeu", "vlw", "tchau", "olá", "oie", "né", "afinal", "aí",
            "beleza", "blz", "eae", "iae", "comandos", "kkk", "kkkk", "rsrs", "brigadao", "obrigadao", "flw", "xau", "pfv", "pfvr",
            // Chat and everyday words no neighbour writes.
            "essas", "esses", "uns", "umas", "tava", "tavam", "dps", "agr", "discussões", "discussoes", "internacionais",
        ]),
        ["nas", "ao", "aos", "pra", "sao", "moscou", "uma", "num", "oi", "ela", "sua", "mais", "agora"]);

    // What a sentence is about, asked the Portuguese way round: "do que fala este artigo?", "sobre o que é a matéria?".
    private static readonly Dictionary<string, string> AboutVerbs = new(StringComparer.Ordinal)
    {
        ["trata"] = "is", ["tratam"] = "are", ["fala"] = "is", ["falam"] = "are", ["é"] = "is", ["e"] = "is", ["eh"] = "is",
        ["são"] = "are", ["sao"] = "are", ["foi"] = "was", ["foram"] = "were", ["trataram"] = "did talk",
        ["falaram"] = "did talk", ["tratou"] = "did talk", ["falou"] = "did talk",
    };

    // Words of the table that English writes too, left as they are in an English sentence ("how did Geórgia react, do
    // they...?").
    private static readonly HashSet<string> EnglishToo = new(StringComparer.OrdinalIgnoreCase)
    {
        "do", "no", "as", "pro", "nos", "em", "local", "logo", "todo", "era", "ate", "final",
    };

    [GeneratedRegex(@"\b(?<sign>assign(?:ed|s|ing)?)\b(?=\s+(?:the\s+|this\s+|that\s+|a\s+)?(?:treaty|agreement|pact|deal|accord|document|alliance|it)\b)|(?<=\b(?:treaty|agreement|pact|deal|accord|document|it)\s+(?:(?:was|were|is|be|been|got|will\s+be)\s+)?)(?<sign>assigned)\b|(?<=^\W*who\s+)(?<sign>assigned)(?=\s*\?*\s*$)|\b(?<date>data)\b(?=\s+(?:of|for)\s+(?:the\s+)?(?:signing|signature|treaty|agreement|pact|deal|accord|meeting|next|round|talks|discussions|annexation)\b)|(?<=\b(?:which|what|the\s+exact|exact|signing|signature|same)\s+)(?<date>data)\b(?=\s+(?:was|is|were|did|will|of|they|it|the\s+(?:treaty|agreement|signing|signature))\b|\s*\?)|(?<=\b(?:was|were|is|are|be|been|being)\s+)(?<held>reali[sz]ed)\b|\b(?<held>reali[sz]ed)(?=\s+(?:the|a|an)\s+(?:meeting|meetings|talks|round|signing|ceremony|discussions|negotiations|conference)\b|\s+(?:in|on|at)\b)|(?<=\b(?:where|when)\b[^?.!]*\b(?:was|were|is|will)\b[^?.!]*)\b(?<held>reali[sz]ed)\b|\b(?<intend>pretend(?:s|ed|ing)?)(?=\s+to\b)|\b(?<commitment>compromise)(?=\s+(?:of|with|to|for|from)\b)|(?<=\b(?:russia|moscow|kremlin|putin|russian)(?:'s)?\s+)(?<commitment>compromise)\b|\b(?<committed>compromised)(?=\s+(?:to|with|itself)\b)|\b(?<amount>quantity)(?=\s+of\s+(?:money|rubles|roubles|funds|cash|funding|aid)\b)|(?<=\b(?:a|the|short|quick|brief|small|little)\s+)(?<summary>resume)\b(?!\s+(?:in|on|at|after|when|next)\b)|(?<=\b(?:this|the|that)\s+)notice\b(?=\s*(?:[?.!]|$|about\b|says?\b|is\b|was\b))", RegexOptions.IgnoreCase)]
    private static partial Regex FalseFriends();

    [GeneratedRegex(@"\b(?<compared>mais\s+(?!(?:algu[ée]m|algum|alguma|algo|nada|ningu[ée]m|coisa|gente|um|uma|o|a)\b)\p{L}+|maior|menor|melhor|pior)\s+(?:que|q)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComparedThan();

    [GeneratedRegex(@"(?<![\p{L}'])(?:q|[Oo]q|[Oo]que)(?![\p{L}'])")]
    private static partial Regex ChatQue();

    [GeneratedRegex(@"\b(?:not[íi]cia|mat[ée]ria|artigo|reportagem)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\b(?:tratado|acordo|pacto|treaty|agreement|pact)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TreatyWord();

    [GeneratedRegex(@"\bquem\s+assina(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex WhoSigns();

    [GeneratedRegex(@"(?<!')\b(?:ue|eua)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Abbreviation();

    // "o que ... ?" (Spanish says "lo que"; its "o qué?" ends a sentence), "ã" or "õ", which only Portuguese writes
    // ("negociações", "não"), and "e a ...?", "e quem ...?" opening a follow-up (Spanish says "y").
    [GeneratedRegex(@"(?:^|[^\p{L}])[Oo]\s+qu[eê]\s+\p{L}|[ãõÃÕ]|^\W*[Ee]\s+(?:a|o|os|as|quem|quando|onde|qual|quanto|quantos|pra|para)\s|^\W*[Aa]t[eé]\s+(?:mais|logo|amanh[ãa]|breve)\b|\b[Dd]ata\s+d[oa]\s+(?:tratado|acordo|assinatura|reuni)")]
    private static partial Regex PortugueseShape();

    [GeneratedRegex(@"\b(?:the|is|are|was|were|did|does|what|who|when|where|how|which|why|of|to|and|it|they|this|that|with|for|about|you|can|will|has|have|in|on|his|her|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    // "né?", "não é?", "certo?", "ou não?" at the end: whether it is so. Without a comma only where the word can only be the
    // tag ("isso é verdade?" asks whether it is true).
    [GeneratedRegex(@"(?:[,\s]+(?:n[ée]|neh|n[ée]\s+n[ãa]o|hein|certo|correto|confere|n[ãa]o\s+[ée]\s+verdade|n[ãa]o\s+[ée]\s+isso|n[ãa]o\s+[ée]\s+mesmo|ou\s+n[ãa]o|t[áa]\s+certo|n[ãa]o\s+foi|n[ãa]o\s+[ée]|num\s+[ée]|pois\s+n[ãa]o)|,\s*(?:n[ãa]o|[ée]\s+isso(?:\s+mesmo)?|[ée]\s+verdade|verdade|sim))(?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\b(?:d[eo]|sobre)\s+(?:o\s+)?qu[eê]\s+(?:é\s+que\s+)?(?:se\s+)?(?<verb>tratam?|falam?|trataram|falaram|tratou|falou|é|e|eh|s[ãa]o|foi|foram)\b(?:\s+(?!(?:em|no|na|nos|nas|de|com|ontem|lá)\b)(?<thing>(?:(?:o|a|os|as|este|esta|esse|essa|estes|estas)\s+)?\p{L}+))?", RegexOptions.IgnoreCase)]
    private static partial Regex AboutWhat();

    [GeneratedRegex(@"^\W*(?<thing>[^?.!,]+?)\s+(?:é|e|eh|fala|trata)\s+(?:de|sobre)\s+o\s+qu[eê](?=\s*[?!.]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex IsAboutWhat();

    [GeneratedRegex(@"(?<before>(?:^|[.?!,;:]|\b(?:e|mas|and|but)\b)\s*)(?:(?<why>porque|porqu[eê]|pq)|(?:d[eo]\s+)?(?:que|q))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningQuestionWord();

    [GeneratedRegex(@"(?<!\b(?:[Qq]uem|[Qq]ual|[Cc]omo|[Qq]uando|[Oo]nde|[Qq]ue|[Qq]uê|[Qq])\s+)\b(?:foi|foram|(?<will>vai|vão|vao))\s+(?:a|à|ao|para|pra)\s+(?=\p{Lu})")]
    private static partial Regex WentTo();

    [GeneratedRegex(@"(?<![\p{L}'])(?:[oa]s?|[OA]s?(?=\s+\p{Lu}\p{Ll}))\s+(?=\p{Lu})")]
    private static partial Regex ArticleBeforeName();

    // "eu": the reader, unless after "a", "da", "na", "pela" or "the", where a lower-case "eu" is the Union.
    [GeneratedRegex(@"(?<!\b(?:a|à|da|na|pela|para|pra|com|the|of|e|and)\s+)\b[Ee]u\b")]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\bfoi\s+(?:o|a)\s+(?=\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s+(?:que|quem)\b)")]
    private static partial Regex WasItNamed();

    [GeneratedRegex(@"(?:(?<=^\W*)|(?<=[,;!.]\s*)|(?<=\b(?:ok|valeu|vlw|beleza|blz|então|entao|tá|ta|bom)\s+)|(?<=\b(?:xau|tchau|flw|falou)\W+))(?:falou|flw|fui)(?=[\s!.]*$|[\s,]+\u0001bye\u0002)", RegexOptions.IgnoreCase)]
    private static partial Regex SoLong();

    [GeneratedRegex(@"\b(?:beleza|blz)(?=\s*\?)|(?<=^\W*)boas(?=\s*[!,])|(?<hello>\b(?:ol[áa]|oi|oie)\b[\s,!]*)good\s+night\b", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    // A word, or the English of a phrase, marked so that its words are not read again.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+")]
    private static partial Regex Word();

    // The regular forms of -ar, -er and -ir verbs, where no word of the table has the form already.
    private static Dictionary<string, string> WithVerbs(Dictionary<string, string> words,
        (string Stem, string Now, string Past)[] ar, (string Stem, string Now, string Past)[] er, (string Stem, string Now, string Past)[] ir)
    {
        void Add((string Stem, string Now, string Past)[] verbs, string he, string[] now, string[] past)
        {
            foreach (var (stem, present, done) in verbs)
            {
                // "dura" lasts, "reconhece" recognizes: "the treaty last 10 years" would be the ten years before.
                words.TryAdd(stem + he, present == done ? present : ReaderTables.ThirdPerson(present));
                foreach (var ending in now)
                {
                    words.TryAdd(stem + ending, present);
                }

                foreach (var ending in past)
                {
                    words.TryAdd(stem + ending, done);
                }
            }
        }

        Add(ar, "a", ["ar", "arem", "am", "amos", "as", "ando", "ará", "arão", "aria", "ariam", "em"],
            ["ou", "aram", "ado", "ada", "ados", "adas", "ava", "avam", "asse", "ei", "ámos"]);
        Add(er, "e", ["er", "erem", "em", "emos", "es", "endo", "erá", "erão", "eria", "eriam"],
            ["eu", "eram", "ido", "ida", "idos", "idas", "ia", "iam", "esse"]);
        Add(ir, "e", ["ir", "irem", "em", "imos", "es", "indo", "irá", "irão", "iria", "iriam"],
            ["iu", "iram", "ido", "ida", "idos", "idas", "ia", "iam", "isse"]);
        return words;
    }
}
