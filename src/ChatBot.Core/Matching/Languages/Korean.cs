using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching.Languages;

/// <summary>
/// Korean as Korean readers type it, in Hangul or in Latin letters, and the chat signs they bring to their English:
/// "누가 서명했어?" is "who signed?", "러시아가 남오세티야에 돈 얼마 준대?" how much money Russia gives South Ossetia,
/// "조약 기간 몇년이에요?" how many years the treaty's term is, "티빌로프가 누구야?" who Tibilov is, "EU 반응 어땠어?" how the
/// EU reacted, "감사합니다" thanks; romanized "joyak ireum mwo?" what the treaty's name is, "eonje sain haesseo?" when it
/// was signed, "miguk ban-eung eottae" how the US reacted; "reporter nuguya ㅋㅋ" who the reporter is, the laughter
/// dropped. Hangul writes a phrase as one word, its particles and endings glued to the noun or verb ("조약이", "조약을",
/// "러시아에서", "서명했어요"), so a Hangul word is read as a run of known stems, longest first: a stem is English, a
/// particle or ending nothing, and an unknown syllable stays as it is, so that a question about something else keeps
/// words no example has. Romanized Korean is read word by word, a hyphenated or glued particle ("abkhazia-rang",
/// "jeneba-eseo", "reosiaga") cut off. Hangul is no other reader's script; romanized Korean is read only in a message
/// with a word only it writes ("nugu", "mwoya", "eottae", "joyak", "haesseo"), so other languages pass untouched.
/// </summary>
internal static partial class Korean
{
    /// <summary><paramref name="text"/> with Korean words in English, or as it is when it has none.</summary>
    public static string InEnglish(string text)
    {
        var hangul = HasHangul(text);
        // "thx ㅠㅠ", "reporter nuguya ㅋㅋ", "잘가 ㅂㅂ": single letters (jamo) are the chat's laughter, tears and
        // abbreviations, no word of the question.
        if (HasJamo(text))
        {
            // "ㄱㅅ" is 감사 (thanks), "ㅎㅇ" 하이 (hi), "ㅂㅂ" bye-bye; a lone "ㄱ" is "go on", no thanks.
            text = Jamo().Replace(text, m => m.Value.StartsWith('ㅂ') ? " bye " : m.Value.StartsWith("ㄱㅅ") ? " thanks "
                : m.Value == "ㅎㅇ" ? " hi " : " ");
            text = Spaces().Replace(text, " ").Trim();
        }

        var romanized = RomanMarkers.AreIn(text);
        if (!hangul && !romanized)
        {
            return text;
        }

        if (hangul)
        {
            // "2008년 8월", "25년짜리", "3월 18일": a year, a month by its name, a day, and a count of years.
            text = Counted().Replace(text, m => m.Groups["unit"].Value switch
            {
                "월" when m.Groups["n"].Value.Length <= 2 && int.Parse(m.Groups["n"].Value) is >= 1 and <= 12 and var month => $" {Months[month - 1]} ",
                "년" when m.Groups["n"].Value.Length == 4 => $" {m.Groups["n"].Value} ",
                "년" => $" {m.Groups["n"].Value} years ",
                // "10억" is a billion, "92억" 9.2 billion: Korean counts in hundreds of millions.
                "억" => $" {decimal.Parse(m.Groups["n"].Value) / 10} billion ",
                _ => $" {m.Groups["n"].Value} ",
            });
            // "티빌로프 뭐하는 사람이야?": "a person doing what" asks who someone is.
            text = WhatDoesOneDo().Replace(text, " who ");
            // "지도자 이름이 뭐야": the leader's name is who the leader is, no name of the treaty's signers.
            text = LeadersName().Replace(text, " leader ");
            text = HangulPhrases.InEnglish(text);
            text = HangulWord().Replace(text, m => ReadHangul(m.Value));
        }

        if (romanized)
        {
            text = RomanPhrases.InEnglish(text);
            text = RomanWord().Replace(text, m => m.Groups["english"].Success ? m.Groups["english"].Value : ReadRomanized(m.Value));
        }

        text = text.Replace("\u0001", string.Empty).Replace("\u0002", string.Empty);
        text = Spaces().Replace(text, " ").Replace(" ?", "?").Replace(" ,", ",").Replace(" !", "!").Trim();
        // "Tibilov who?", "Abkhazia what?": Korean asks its question word last; "who is Tibilov?" is what it asks.
        text = WhoOrWhatLast().Replace(text, m => $"{m.Groups["asked"].Value} is {m.Groups["thing"].Value.Trim()}{m.Groups["end"].Value}");
        return text;
    }

    private static bool HasHangul(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\uAC00' and <= '\uD7A3')
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasJamo(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u3131' and <= '\u318E')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A Hangul word as its stems' English: the longest stem at each place; a particle or ending only after the word's
    /// first syllable, a one-syllable stem only at its start ("뭐야" is what, the "이" of "조약이" no "this").
    /// </summary>
    private static string ReadHangul(string word)
    {
        var result = new StringBuilder();
        var unknown = new StringBuilder();
        for (var i = 0; i < word.Length;)
        {
            var found = false;
            for (var length = Math.Min(MaxStem, word.Length - i); length >= 1; length--)
            {
                var piece = word.Substring(i, length);
                // A stem; after the word's start a particle or ending, and a one-syllable stem only as a particle is not.
                var stem = Hangul.TryGetValue(piece, out var english) && (length > 1 || i == 0 || Anywhere.Contains(piece));
                if (!stem && !(i > 0 && Endings.TryGetValue(piece, out english)))
                {
                    continue;
                }

                if (unknown.Length > 0)
                {
                    result.Append(' ').Append(unknown);
                    unknown.Clear();
                }

                result.Append(' ').Append(english);
                i += length;
                found = true;
                break;
            }

            // "맺었었나요", "사인했음", "지원한다고": what follows a read stem, or a whole word, made only of the
            // syllables of endings and particles ("거야", "는", "있어") is grammar, nothing of the question; a whole word
            // only when it opens as grammar does, so that "도시" (city) stays unread, and "됐어" too:
            // "결과 어떻게 됐어" asks what came of something.
            if (!found && unknown.Length == 0 && word[i..].All(Tail.Contains) && (i > 0 || GrammarWordStarts.Contains(word[0])))
            {
                break;
            }

            if (!found)
            {
                unknown.Append(word[i]);
                i++;
            }
        }

        if (unknown.Length > 0)
        {
            result.Append(' ').Append(unknown);
        }

        return result.Append(' ').ToString();
    }

    /// <summary>A romanized word's English: whole, then without a particle glued on or after a hyphen.</summary>
    private static string ReadRomanized(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Roman.TryGetValue(lower, out var english) || Roman.TryGetValue(lower.Replace("-", string.Empty), out english))
        {
            return english;
        }

        var hyphen = lower.IndexOf('-');
        if (hyphen > 0 && Particles.Contains(lower[(hyphen + 1)..]))
        {
            var head = lower[..hyphen];
            return Roman.GetValueOrDefault(head) ?? word[..hyphen];
        }

        foreach (var particle in GluedParticles)
        {
            if (lower.Length > particle.Length + 2 && lower.EndsWith(particle, StringComparison.Ordinal)
                && Roman.TryGetValue(lower[..^particle.Length], out english) && english.Length > 0)
            {
                return english;
            }
        }

        return word;
    }

    private static readonly int MaxStem = 8;

    // The syllables a word of grammar alone opens with: "거야", "게", "는", "있어요", "했어", "임".
    private static readonly HashSet<char> GrammarWordStarts =
        ['거', '게', '건', '는', '은', '가', '랑', '있', '했', '해', '한', '할', '임', '음', '인', '야', '요', '에', '의', '를', '을', '나',
         '되', '돼', '된', '됨'];

    // The syllables Korean endings and particles are made of: "었었나요", "한다고", "했다던데", "거예요".
    private static readonly HashSet<char> Tail =
    [
        '가', '게', '겠', '고', '과', '까', '나', '냐', '네', '는', '니', '다', '대', '던', '데', '도', '돼', '됐', '되', '된', '될',
        '됨', '들', '라', '래', '랑', '로', '를', '며', '면', '서', '세', '시', '어', '았', '었', '에', '여', '였', '예', '와', '요',
        '으', '은', '을', '음', '의', '이', '인', '임', '야', '지', '죠', '한', '할', '함', '해', '했', '있', '거', '건', '습', '요',
    ];

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // One-syllable stems read inside a word too: "러시아군" is no "Russia" and something unknown.
    private static readonly HashSet<string> Anywhere = ["군", "년", "월", "일"];

    // Hangul phrases of several words that mean one thing, read before the words.
    private static readonly Phrasebook HangulPhrases = new(Marked(new Dictionary<string, string>
    {
        ["뭐라 했는데"] = "what did they say", ["뭐라 했어"] = "what did they say", ["뭐라고 했어"] = "what did they say",
        ["뭐 했어"] = "what did do", ["뭐 했어요"] = "what did do", ["뭐 물어볼 수 있어"] = "what can I ask",
        ["뭘 물어볼 수 있어"] = "what can I ask", ["뭐 물어봐도 돼"] = "what can I ask", ["물어볼 수 있어"] = "can I ask",
        ["어떻게 생각해"] = "what do you think", ["니 생각은"] = "your opinion", ["네 생각은"] = "your opinion",
        ["너 누구야"] = "who are you", ["넌 누구야"] = "who are you", ["너는 누구야"] = "who are you", ["누구세요"] = "who are you",
        ["어떻게 된거야"] = "what happened", ["어떻게 돼"] = "what happens", ["어떻게 되는거에요"] = "what happens",
        ["어떻게 되는 거예요"] = "what happens", ["어떻게 되나요"] = "what happens", ["어떻게 된 거야"] = "what happened", ["무슨 관계야"] = "what is the connection",
        ["무슨 관계"] = "connection", ["전쟁 날까"] = "will there be war", ["어떻게 써"] = "how do I use you",
        ["어떻게 쓰는 거야"] = "how do I use you", ["어떻게 사용해"] = "how do I use you",
        ["어디어디"] = "which",
        // "다른 지역이랑도 비슷한 협정 했다며?": an agreement like this one with another region is the Abkhazia one, no comparison.
        ["뭐라고 했어요"] = "what did they say", ["뭐라고 했나요"] = "what did they say", ["뭐라고 했나"] = "what did they say",
        ["뭐라 했나요"] = "what did they say", ["뭐라고 했음"] = "what did they say", ["뭐 물어볼 수 있어요"] = "what can I ask",
        ["뭐 할 수 있어"] = "what can you do", ["뭐 할 수 있어요"] = "what can you do", ["어떤 질문"] = "what can I ask",
        ["어떻게 된 거예요"] = "what happened", ["어떻게 된 거에요"] = "what happened", ["무슨 일"] = "what happened",
        ["잘 있어"] = "bye", ["잘 있어요"] = "bye", ["잘 계세요"] = "goodbye", ["또 올게요"] = "bye", ["또 올게"] = "bye",
        ["이만 갈게요"] = "bye", ["이만 갈게"] = "bye", ["미 국무부"] = "US State Department",
        ["좋은 거야 나쁜 거야"] = "is it good or bad", ["것 같아요"] = "do you think", ["것 같아"] = "do you think",
        ["무슨 조약"] = "what treaty name", ["같은 거야"] = "same", ["같은 거예요"] = "same",
        ["비슷한 협정"] = "agreement", ["비슷한 조약"] = "treaty", ["너 AI야"] = "are you an AI", ["처음 들어"] = "never heard of it",
    }));

    // Hangul stems, particles and endings: a stem's English, a particle's or ending's nothing.
    private static readonly Dictionary<string, string> Hangul = new(StringComparer.Ordinal)
    {
        // Question words.
        ["누구"] = "who", ["누가"] = "who", ["누군"] = "who", ["뭐"] = "what", ["뭔"] = "what", ["뭘"] = "what", ["무엇"] = "what",
        ["무슨"] = "what", ["어떤"] = "what", ["언제"] = "when", ["어디"] = "where", ["어디서"] = "where", ["얼마"] = "how much",
        ["얼마나"] = "how much", ["몇"] = "how many", ["몇년"] = "how many years", ["몇명"] = "how many people", ["왜"] = "why",
        ["어떻게"] = "how", ["어때"] = "how is", ["어땠"] = "how was", ["어떘"] = "how was", ["어떤가"] = "how is",
        // Small talk and the bot.
        ["안녕하세요"] = "hello", ["안녕"] = "hi", ["하이"] = "hi", ["감사합니다"] = "thank you", ["감사해요"] = "thank you",
        ["감사"] = "thanks", ["고마워"] = "thanks", ["고마워요"] = "thanks", ["고맙"] = "thanks", ["땡큐"] = "thanks",
        ["잘가"] = "bye", ["잘가요"] = "bye", ["안녕히"] = "goodbye", ["바이"] = "bye", ["너"] = "you", ["넌"] = "you", ["니"] = "your",
        ["봇"] = "bot", ["챗봇"] = "chatbot", ["로봇"] = "robot", ["사람"] = "person", ["인공지능"] = "AI", ["생각"] = "think",
        ["요약"] = "summarize", ["정리"] = "summarize", ["해줘"] = "", ["알려줘"] = "tell me", ["설명"] = "explain",
        // The people and places of the article.
        ["러시아"] = "Russia", ["러시아군"] = "Russian army", ["러시아의"] = "Russia", ["남오세티야"] = "South Ossetia",
        ["남오세티아"] = "South Ossetia", ["남오셋"] = "South Ossetia", ["오세티야"] = "Ossetia", ["오세티아"] = "Ossetia",
        ["압하지야"] = "Abkhazia", ["압하지아"] = "Abkhazia", ["아브하지야"] = "Abkhazia", ["아브하지아"] = "Abkhazia",
        ["조지아"] = "Georgia", ["그루지야"] = "Georgia", ["그루지아"] = "Georgia", ["제네바"] = "Geneva", ["모스크바"] = "Moscow",
        ["크렘린"] = "Kremlin", ["크림"] = "Crimea", ["크림반도"] = "Crimea", ["우크라이나"] = "Ukraine", ["미국"] = "US",
        ["유럽연합"] = "EU", ["유럽"] = "Europe", ["유엔"] = "UN", ["국제연합"] = "UN", ["나토"] = "NATO", ["푸틴"] = "Putin",
        ["티빌로프"] = "Tibilov", ["레오니드"] = "Leonid", ["모게리니"] = "Mogherini", ["페데리카"] = "Federica", ["사키"] = "Psaki",
        ["젠"] = "Jen", ["카라신"] = "Karasin", ["츠힌발리"] = "Tskhinvali", ["수후미"] = "Sokhumi", ["일본"] = "Japan",
        ["중국"] = "China", ["국무부"] = "State Department", ["외무부"] = "foreign ministry", ["외교부"] = "foreign ministry",
        ["외무장관"] = "foreign minister", ["대통령"] = "president", ["대변인"] = "spokeswoman", ["국제사회"] = "world",
        ["정부"] = "government", ["나라"] = "country", ["지역"] = "region",
        // The treaty and its signing.
        ["조약"] = "treaty", ["협정"] = "agreement", ["합의"] = "agreement", ["동맹"] = "alliance", ["통합"] = "integration",
        ["서명"] = "signed", ["사인"] = "signed", ["체결"] = "signed", ["맺"] = "signed", ["이름"] = "name", ["명칭"] = "name",
        ["기간"] = "term", ["유효"] = "valid", ["만료"] = "expire", ["년"] = "years", ["월"] = "month", ["일"] = "day",
        ["합병"] = "annexation", ["병합"] = "annexation", ["편입"] = "become part of", ["차이"] = "difference",
        ["전"] = "before", ["전에"] = "before", ["먼저"] = "before", ["분리"] = "breakaway", ["분리지역"] = "breakaway region",
        ["차이점"] = "difference", ["비교"] = "compare", ["똑같"] = "same", ["비슷"] = "similar", ["깊"] = "deeper",
        ["수준"] = "level", ["초안"] = "draft", ["수정"] = "revised", ["최종본"] = "final text", ["바뀌었"] = "changed",
        ["유효기간"] = "term valid", ["정식"] = "official", ["장소"] = "place", ["서명식"] = "signing", ["직접"] = "himself",
        ["관계"] = "connection", ["특별"] = "special", ["날"] = "day", ["뜻"] = "meaning", ["말"] = "mean", ["맞"] = "right",
        ["정권"] = "regime", ["글쓴이"] = "author", ["핵심"] = "main point", ["알려주세요"] = "tell me", ["사용법"] = "how do I use you",
        ["정체"] = "who are you", ["자세히"] = "detail", ["나쁜"] = "bad", ["다시"] = "again", ["앞으로"] = "future", ["다른"] = "other", ["맞지"] = "right", ["맞아"] = "right",
        // Money.
        ["돈"] = "money", ["루블"] = "rubles", ["준대"] = "will give", ["줬"] = "gave", ["준"] = "give", ["받았"] = "got",
        ["약속"] = "pledged", ["지원"] = "aid", ["지원금"] = "aid", ["배정"] = "allocated", ["사회경제"] = "social-economic",
        ["개발"] = "development", ["개발비"] = "development", ["규모"] = "amount", ["금액"] = "amount", ["줌"] = "give",
        ["주는"] = "give",
        // Defence and the army.
        ["국방"] = "defense", ["안보"] = "security", ["방어"] = "defense", ["보호"] = "protect", ["책임"] = "responsible",
        ["군대"] = "army", ["군"] = "army", ["경비"] = "guarding", ["지키"] = "guarding", ["담당"] = "responsible",
        ["따르면"] = "", ["보안"] = "security", ["기관"] = "agencies", ["보안기관"] = "security agencies", ["부대"] = "units",
        ["일부"] = "part of", ["들어가"] = "become part of",
        // The talks in Geneva.
        ["회의"] = "meeting", ["회담"] = "talks", ["협상"] = "negotiations", ["논의"] = "discussions", ["참석"] = "attended",
        ["참가"] = "attended", ["공동의장"] = "co-chairs", ["의장"] = "chair", ["결론"] = "outcome", ["결과"] = "result",
        ["다음"] = "next", ["국경"] = "border", ["상황"] = "situation", ["안정"] = "stable", ["경고"] = "warning",
        ["표지판"] = "signs", ["부순"] = "damaged", ["파손"] = "damage", ["대표단"] = "delegation", ["대표"] = "representative",
        ["걱정"] = "worried", ["우려"] = "concern", ["가입"] = "joining", ["위반"] = "violates", ["얘기"] = "about",
        ["이야기"] = "about", ["나왔"] = "came up",
        // Geneva, its topics and who took part.
        ["국제"] = "international", ["트랜스코카서스"] = "Transcaucasia", ["코카서스"] = "Caucasus", ["관련"] = "about",
        ["참가국"] = "participants", ["참석자"] = "participants", ["참가자"] = "participants", ["어디어디"] = "which",
        ["보냈"] = "sent", ["갔"] = "attended", ["주관"] = "chaired", ["문제"] = "issue", ["군사"] = "military",
        ["훈련"] = "exercises", ["군사훈련"] = "military exercises", ["인프라"] = "infrastructure", ["위배"] = "contrary to",
        ["어긋"] = "contrary to", ["언급"] = "mentioned", ["움직임"] = "movement", ["안정화"] = "stabilization",
        ["국경수비대"] = "border troops", ["수비대"] = "troops", ["역할"] = "role", ["요즘"] = "now", ["훼손"] = "damage",
        ["해결"] = "resolve", ["지적"] = "told", ["결국"] = "in the end", ["당사자"] = "parties", ["한줄요약"] = "summarize",
        ["라운드"] = "round", ["일정"] = "schedule", ["날짜"] = "date", ["며칠"] = "what day", ["몇월"] = "what month",
        ["요구"] = "demanded", ["요청"] = "asked", ["제기"] = "raised", ["이끌"] = "led", ["대표단장"] = "head of delegation",
        ["단장"] = "head", ["그리고리"] = "Grigory", ["지도자"] = "leader", ["리더"] = "leader", ["나이"] = "age", ["직책"] = "job", ["소속"] = "part of",
        // Reactions.
        ["성명"] = "statement", ["불렀"] = "called", ["불러"] = "called", ["입장"] = "reaction", ["대해"] = "about",
        ["대한"] = "about", ["주권"] = "sovereignty", ["침해"] = "violates", ["인정"] = "recognize", ["승인"] = "recognize",
        ["워싱턴"] = "Washington", ["반대"] = "opposed", ["다들"] = "everyone",
        // Reactions, the article and its writer.
        ["반응"] = "reaction", ["기사"] = "article", ["썼"] = "wrote", ["쓴"] = "wrote", ["기자"] = "reporter",
        ["작성자"] = "author", ["저자"] = "author", ["내용"] = "content", ["전쟁"] = "war", ["이거"] = "this", ["이"] = "this",
        ["그"] = "that", ["또"] = "also", ["때문"] = "because of", ["뭐래"] = "what did they say",
        ["했다며"] = "did", ["첨들어"] = "never heard of it", ["첨"] = "first", ["짜리"] = "", ["주년"] = "anniversary",
    };

    // Particles and endings, nothing of their own once glued to a stem ("조약이", "러시아에서", "서명했어요").
    private static readonly Dictionary<string, string> Endings = new(StringComparer.Ordinal)
    {
        ["이"] = "", ["가"] = "", ["은"] = "", ["는"] = "", ["을"] = "", ["를"] = "", ["의"] = "", ["에"] = "", ["에서"] = "in",
        ["에게"] = "", ["한테"] = "", ["한테는"] = "", ["랑"] = "", ["이랑"] = "", ["랑도"] = "also", ["이랑도"] = "also",
        ["도"] = "also", ["와"] = "", ["과"] = "", ["로"] = "", ["으로"] = "", ["야"] = "", ["이야"] = "", ["예요"] = "",
        ["이에요"] = "", ["져"] = "", ["한"] = "", ["한거"] = "", ["거"] = "", ["들어"] = "", ["요"] = "", ["어"] = "", ["어요"] = "", ["했어"] = "", ["했어요"] = "", ["했었어"] = "", ["었었어"] = "",
        ["었어"] = "", ["했"] = "", ["임"] = "", ["거야"] = "", ["는거야"] = "", ["되는거야"] = "", ["됐어"] = "", ["였어"] = "",
        ["졌어"] = "", ["는데"] = "", ["대"] = "", ["다며"] = "", ["짜리"] = "", ["이에"] = "", ["에는"] = "", ["는요"] = "",
    };

    // Several romanized words that mean one thing, read before the words.
    private static readonly Phrasebook RomanPhrases = new(Marked(new Dictionary<string, string>
    {
        ["annyeonghi gyeseyo"] = "goodbye", ["annyeonghi gaseyo"] = "goodbye", ["eotteoke sseuneun geoya"] = "how do I use you",
        ["eotteoke sseo"] = "how do I use you", ["cheoeum deureo"] = "never heard of it", ["gija sseun saram"] = "who wrote the article",
        ["seomyeong han saram"] = "who signed", ["gukbang eotteoke dwae"] = "who is responsible for defense",
        ["eotteoke dwae"] = "what happens", ["eotteoke dwaesseo"] = "what happened",
        ["yureop yeonhap"] = "EU", ["gongdong uijang"] = "co-chairs", ["eodi eodi"] = "who",
        ["neo ai ya"] = "are you an AI", ["neo nuguya"] = "who are you", ["neo nugu"] = "who are you",
        ["annyeong haseyo"] = "hello", ["gateun nal"] = "same day", ["nam osetiya"] = "South Ossetia",
    }), hyphens: true);

    // Romanized words: the revised romanization and a few chat spellings.
    private static readonly Dictionary<string, string> Roman = new(StringComparer.Ordinal)
    {
        // Question words.
        ["nugu"] = "who", ["nuguya"] = "who", ["nuga"] = "who", ["mwo"] = "what", ["mwoya"] = "what", ["mwoim"] = "what",
        ["mueot"] = "what", ["eonje"] = "when", ["eonjeya"] = "when", ["eodi"] = "where", ["eodiseo"] = "where",
        ["eolma"] = "how much", ["eolmaya"] = "how much", ["eolmana"] = "how much", ["eottae"] = "how is", ["eotteoke"] = "how",
        ["wae"] = "why", ["myeot"] = "how many",
        // Small talk and the bot.
        ["annyeong"] = "hi", ["annyeonghaseyo"] = "hello", ["gomawo"] = "thanks", ["gomawoyo"] = "thanks",
        ["gamsahamnida"] = "thank you", ["gamsa"] = "thanks", ["neo"] = "you", ["saram"] = "person",
        // The people and places of the article.
        ["reosia"] = "Russia", ["reosiaga"] = "Russia", ["nam-osetiya"] = "South Ossetia", ["namosetiya"] = "South Ossetia",
        ["osetiya"] = "Ossetia", ["abhajiya"] = "Abkhazia", ["apajiya"] = "Abkhazia", ["joji-a"] = "Georgia", ["jojia"] = "Georgia",
        ["jeneba"] = "Geneva", ["jenebah"] = "Geneva", ["apkhajiya"] = "Abkhazia", ["miguk"] = "US", ["keurim"] = "Crimea",
        // The treaty, the money and the talks.
        ["joyak"] = "treaty", ["jo-yak"] = "treaty", ["hoe-ui"] = "meeting", ["mwo-yeosseo"] = "what was",
        ["kamsahamnida"] = "thank you", ["hyeopjeong"] = "agreement", ["hapui"] = "agreement", ["sain"] = "signed", ["seomyeong"] = "signed",
        ["ireum"] = "name", ["gigan"] = "term", ["yuhyo"] = "valid", ["don"] = "money", ["jwo"] = "give", ["batasseo"] = "got",
        ["hoeui"] = "meeting", ["daeum"] = "next", ["gyeolgwa"] = "result", ["chamseokja"] = "participants", ["gongdong"] = "co",
        ["uijang"] = "chair", ["gukgyeong"] = "border", ["sanghwang"] = "situation", ["gyeonggo"] = "warning",
        ["pyojipan"] = "signs", ["iyagi"] = "about", ["wiban"] = "violation", ["gaibi"] = "joining", ["gaip"] = "joining",
        ["gukbang"] = "defense", ["gundae"] = "army", ["daepyo"] = "representative", ["ban-eung"] = "reaction",
        ["baneung"] = "reaction", ["gija"] = "article", ["naeyong"] = "about", ["hapbyeong"] = "annexation",
        ["bigyo"] = "compare", ["seolmyeong"] = "explain", ["jeonbu"] = "all", ["junyeon"] = "anniversary", ["iljunyeon"] = "anniversary",
        // Endings and particles standing alone.
        ["haesseo"] = "", ["haesseoyo"] = "", ["ya"] = "", ["yeosseo"] = "", ["hamyeon"] = "", ["jom"] = "", ["deul"] = "",
        ["irago"] = "", ["rang"] = "", ["mata"] = "right", ["du"] = "two", ["dwae"] = "", ["dwaesseo"] = "", ["eottaesseo"] = "how was",
    };

    // What a hyphen may set off after a romanized name: "abkhazia-rang", "jeneba-eseo", "abhajiya-neun".
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "rang", "irang", "neun", "eun", "ga", "i", "eseo", "e", "ege", "hante", "do", "reul", "eul", "ui", "ya", "iya",
    };

    // Particles romanized Korean glues to a word ("reosiaga", "jenebaeseo").
    private static readonly string[] GluedParticles = ["eseo", "neun", "rang", "ga", "eun", "ui"];

    // Romanized words only Korean writes; "mwo", "don", "sain", "neo" and "saram" are English, Swahili, Malay or Hindi
    // words too, and count only in pairs; "ya" and "mata", which Swahili, Spanish and Malay write everywhere, not at all.
    private static readonly MarkerWords RomanMarkers = new(
    [
        "nugu", "nuguya", "mwoya", "mwoim", "eonje", "eonjeya", "eodiseo", "eolma", "eolmaya", "eolmana", "eottae", "eotteoke",
        "annyeong", "annyeonghi", "annyeonghaseyo", "gomawo", "gomawoyo", "gamsahamnida", "reosia", "reosiaga", "nam-osetiya",
        "namosetiya", "abhajiya", "joji-a", "jeneba", "jeneba-eseo", "miguk", "keurim", "joyak", "hyeopjeong", "hapui", "seomyeong",
        "ireum", "yuhyo", "gigan", "haesseo", "batasseo", "hoeui", "daeum", "gyeolgwa", "chamseokja", "uijang", "gukgyeong",
        "sanghwang", "gyeonggo", "pyojipan", "iyagi", "gukbang", "gundae", "daepyo", "ban-eung", "baneung", "gija", "naeyong",
        "hapbyeong", "bigyo", "seolmyeong", "yeosseo", "dwaesseo", "eottaesseo", "abhajiya-neun", "abkhazia-rang", "russia-rang",
        "jwo", "jenebah", "apkhajiya", "jo-yak", "hoe-ui", "mwo-yeosseo", "kamsahamnida", "sseun", "sseuneun", "hamyeon", "yeonhap", "yureop", "cheoeum",
    ],
    ["mwo", "don", "sain", "saram", "neo", "jom", "wiban", "gaibi", "irago"], hyphenated: true);

    private static Dictionary<string, string> Marked(Dictionary<string, string> phrases)
    {
        foreach (var (phrase, english) in phrases.ToList())
        {
            phrases[phrase] = $"\u0001{english}\u0002";
        }

        return phrases;
    }

    // A number and the Hangul counter glued to it, and a particle after it: "2008년", "8월", "18일이", "10억".
    [GeneratedRegex(@"(?<n>\d+)\s?(?<unit>년|월|일|억)(?:(?:이|가|은|는|에는|에|의|도)(?![\uAC00-\uD7A3]))?")]
    private static partial Regex Counted();

    [GeneratedRegex(@"뭐\s?하는\s?(?:사람|분)[\uAC00-\uD7A3]*")]
    private static partial Regex WhatDoesOneDo();

    [GeneratedRegex(@"(?:지도자|리더)(?:의)?\s?이름[\uAC00-\uD7A3]*")]
    private static partial Regex LeadersName();

    [GeneratedRegex(@"[\u3131-\u318E]+")]
    private static partial Regex Jamo();

    [GeneratedRegex(@"[\uAC00-\uD7A3]+")]
    private static partial Regex HangulWord();

    // A romanized word, hyphenated ones whole, or a phrase's English marked as read.
    [GeneratedRegex("\u0001(?<english>[^\u0002]*)\u0002|\\p{L}+(?:-\\p{L}+)*")]
    private static partial Regex RomanWord();

    // "Tibilov who?", "South Ossetia what? country?": a name, then the question word.
    [GeneratedRegex(@"^(?<thing>(?:[\p{L}-]+ ){0,2}?[\p{L}-]+) (?<asked>who|what)(?<end>\s*(?:[?!.]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex WhoOrWhatLast();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
