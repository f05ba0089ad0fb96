namespace ChatBot.Core.Matching.Languages;

internal static partial class Japanese
{
    // The kana and kanji words, longest first where they overlap ("南オセチア" is read before "オセチア"). A particle or
    // ending that only shapes the sentence is read as nothing.
    private static readonly Dictionary<string, string> Script = new(StringComparer.Ordinal)
    {
        // Endings and little words the dropped kana would otherwise split ("では", "について").
        ["ですか"] = "", ["ますか"] = "", ["でしょうか"] = "", ["ですね"] = "", ["です"] = "", ["ます"] = "", ["でした"] = "",
        ["について"] = "about", ["に関する"] = "about", ["に関して"] = "about", ["とは"] = "", ["って"] = "", ["では"] = "",
        ["さん"] = "", ["氏"] = "", ["様"] = "", ["この"] = "this", ["その"] = "the", ["これ"] = "this", ["それ"] = "it",
        ["あなた"] = "you", ["あなたは誰"] = "who are you", ["あなたは"] = "are you", ["君は"] = "are you", ["君"] = "you", ["きみ"] = "you", ["私"] = "I", ["まで"] = "by", ["前"] = "before",
        ["後"] = "after", ["より"] = "than", ["も"] = "also", ["本当"] = "really", ["ほんと"] = "really",
        ["教えてください"] = "tell me", ["教えて下さい"] = "tell me", ["教えて"] = "tell me", ["知りたい"] = "I want to know",
        ["詳しく"] = "in detail", ["まとめて"] = "summarize", ["ざっくり言うと"] = "briefly", ["簡単に"] = "briefly",
        // Question words.
        ["誰"] = "who", ["だれ"] = "who", ["どなた"] = "who", ["何"] = "what", ["なに"] = "what", ["なん"] = "what",
        ["いつ"] = "when", ["どこ"] = "where", ["どちら"] = "which", ["どれ"] = "which", ["どの"] = "which",
        ["いくら"] = "how much", ["どのくらい"] = "how much", ["どれくらい"] = "how much", ["なぜ"] = "why",
        ["どうして"] = "why", ["なんで"] = "why", ["どう"] = "how", ["どんな"] = "what", ["どのような"] = "what",
        ["何ヶ月"] = "how many months", ["何か月"] = "how many months", ["何カ月"] = "how many months", ["何ヵ月"] = "how many months",
        ["何年"] = "how many years", ["何年に"] = "what year", ["何月何日"] = "what date", ["何日"] = "what date",
        ["何ルーブル"] = "how many rubles", ["何歳"] = "how old", ["何が"] = "what", ["何を"] = "what",
        ["何と言いましたか"] = "what did say", ["何と言った"] = "what did say", ["何と言って"] = "what does say",
        ["何と言われ"] = "what was said", ["何と"] = "what", ["どうなりますか"] = "what will happen", ["どうなる"] = "what will happen",
        ["どうなりました"] = "what was the outcome", ["どう違"] = "what is the difference", ["何の略"] = "what does stand for",
        ["何ができますか"] = "what can you do", ["何をしました"] = "what did do", ["何をした"] = "what did do", ["示したのは誰"] = "who expressed", ["どこの国"] = "which countries", ["どこの"] = "which", ["何があった"] = "what happened", ["何ができる"] = "what can you do", ["使い方"] = "how to use",
        // The people, places and bodies of the article.
        ["ロシア"] = "Russia", ["ロシア連邦"] = "Russian Federation", ["ロシア軍"] = "Russian army", ["露"] = "Russia",
        ["南オセチア"] = "South Ossetia", ["南オセチア共和国"] = "Republic of South Ossetia", ["オセチア"] = "Ossetia",
        ["北オセチア"] = "North Ossetia", ["アブハジア"] = "Abkhazia", ["アブハズ"] = "Abkhazia", ["ジョージア"] = "Georgia",
        ["グルジア"] = "Georgia", ["ジュネーブ"] = "Geneva", ["ジュネーヴ"] = "Geneva", ["北大西洋条約機構"] = "NATO",
        ["欧州連合"] = "EU", ["欧州"] = "Europe", ["アメリカ"] = "US", ["米国"] = "US", ["米"] = "US", ["国連"] = "UN",
        ["米国務省"] = "US State Department", ["国務省"] = "State Department", ["欧州安全保障協力機構"] = "OSCE",
        ["クリミア"] = "Crimea", ["プーチン"] = "Putin", ["ティビロフ"] = "Tibilov", ["チビロフ"] = "Tibilov",
        ["ティビーロフ"] = "Tibilov", ["レオニード"] = "Leonid", ["モゲリーニ"] = "Mogherini", ["フェデリカ"] = "Federica",
        ["サキ"] = "Psaki", ["プサキ"] = "Psaki", ["ジェン"] = "Jen", ["カラシン"] = "Karasin", ["ツヒンヴァリ"] = "Tskhinvali",
        ["ツヒンバリ"] = "Tskhinvali", ["スフミ"] = "Sokhumi", ["スフーミ"] = "Sokhumi", ["トランスコーカサス"] = "Transcaucasia",
        ["クレムリン"] = "Kremlin", ["モスクワ"] = "Moscow", ["日本"] = "Japan", ["今日"] = "today", ["国家"] = "state", ["中国"] = "China", ["ウクライナ"] = "Ukraine",
        ["外務省"] = "Foreign Ministry", ["政府"] = "government", ["代表団"] = "delegation", ["団長"] = "head",
        ["代表"] = "representatives", ["筆者"] = "author", ["著者"] = "author", ["作者"] = "author", ["書いた"] = "wrote",
        ["記者"] = "journalist", ["共同議長"] = "co-chairs", ["議長"] = "chairs", ["各国"] = "countries", ["国"] = "country",
        ["世界"] = "world", ["大統領"] = "president", ["指導者"] = "leader",
        // The treaty and what it says.
        ["条約"] = "treaty", ["協定"] = "agreement", ["署名"] = "sign", ["条約に署名し"] = "signed the treaty", ["署名し"] = "signed", ["署名され"] = "signed", ["調印し"] = "signed", ["話し合われ"] = "was discussed", ["示した"] = "expressed", ["示し"] = "expressed", ["調印"] = "sign", ["サイン"] = "sign", ["締結"] = "sign",
        ["結ばれ"] = "signed", ["結んだ"] = "signed", ["正式名称"] = "full name", ["名称"] = "name", ["名前"] = "name",
        ["有効期間"] = "valid how long", ["期間"] = "term", ["期限"] = "term", ["年"] = "years", ["防衛"] = "defense",
        ["安全保障"] = "security", ["安全"] = "security", ["国境"] = "border", ["警備"] = "guard", ["国境警備隊"] = "border troops",
        ["担当"] = "responsible for", ["責任"] = "responsibility", ["軍隊"] = "armed forces", ["軍"] = "army", ["入る"] = "join",
        ["一部"] = "part", ["統合"] = "integration", ["違い"] = "difference", ["同じ"] = "same", ["お金"] = "money",
        ["資金"] = "money", ["金"] = "money", ["ルーブル"] = "rubles", ["出し"] = "give", ["払"] = "pay", ["約束"] = "promise",
        ["配分"] = "allocated", ["併合"] = "annexation", ["承認"] = "recognize", ["反応"] = "reaction", ["声明"] = "statement",
        ["非難"] = "condemn", ["結ん"] = "signed",
        // The talks in Geneva.
        ["会議"] = "meeting", ["協議"] = "talks", ["国際協議"] = "international discussions", ["話し合"] = "discussed",
        ["参加"] = "attended", ["心配"] = "concerned", ["懸念"] = "concern", ["インフラ"] = "infrastructure",
        ["軍事演習"] = "military exercises", ["演習"] = "exercises", ["状況"] = "situation", ["安定"] = "stable",
        ["役割"] = "role", ["警告標識"] = "warning signs", ["標識"] = "signs", ["結果"] = "outcome", ["決ま"] = "decided",
        ["次"] = "next", ["次回"] = "next", ["日程"] = "date", ["合意"] = "agreements", ["関係"] = "relation", ["日"] = "day",
        // The article and the bot.
        ["記事"] = "article", ["ニュース"] = "news", ["説明"] = "explain", ["良い"] = "good", ["いい"] = "good",
        ["悪い"] = "bad", ["悪いですか"] = "is bad", ["記事は何について"] = "what is the article about", ["思いますか"] = "do you think", ["思う"] = "think", ["意見"] = "opinion", ["ロボット"] = "robot",
        ["ボット"] = "bot", ["こんにちは"] = "hello", ["こんばんは"] = "good evening", ["おはよう"] = "good morning",
        ["はじめまして"] = "hello", ["ありがとう"] = "thanks", ["どうも"] = "thanks", ["助かりました"] = "that helped",
        ["じゃあね"] = "bye", ["またね"] = "bye", ["さようなら"] = "goodbye", ["失礼します"] = "goodbye", ["バイバイ"] = "bye",
    };

    // Romaji phrases, read before the words: a question's ending, a verb with its helper.
    private static readonly Phrasebook RomajiPhrases = new(ReaderTables.Marked(new Dictionary<string, string>
    {
        ["nan desu ka"] = "what", ["nan to itta"] = "what did say", ["nan to itte imasu ka"] = "what does say",
        ["nan to itte iru"] = "what does say", ["nan to iimashita ka"] = "what did say", ["dou deshita ka"] = "how was",
        ["dou desu ka"] = "how", ["desu ka"] = "", ["deshita ka"] = "", ["masu ka"] = "", ["mashita ka"] = "",
        ["onegai shimasu"] = "please", ["onegai"] = "please", ["oshiete kudasai"] = "tell me", ["arigatou gozaimasu"] = "thank you",
        ["arigato gozaimasu"] = "thank you", ["ohayou gozaimasu"] = "good morning", ["ohayo gozaimasu"] = "good morning",
        ["mata ne"] = "bye", ["anata wa"] = "are you", ["sain shita"] = "signed", ["chouin shita"] = "signed",
        ["goui shita"] = "agreed", ["sanka shita"] = "attended", ["yakusoku shimashita"] = "promised", ["yakusoku shita"] = "promised",
        ["setsumei shite"] = "explain", ["antei shite imasu"] = "stable", ["antei shite iru"] = "stable",
        ["minami osechia"] = "South Ossetia", ["minami osetia"] = "South Ossetia", ["roshia gun"] = "Russian army",
        ["kyoudou gichou"] = "co-chairs", ["kyodo gicho"] = "co-chairs", ["keikoku hyoushiki"] = "warning signs",
        ["keikoku hyoshiki"] = "warning signs", ["kokkyou keibitai"] = "border troops", ["nani ga atta"] = "what happened",
        ["nani ka kimatta"] = "what was decided", ["nani wo kiitara ii"] = "what can I ask", ["nan nen"] = "how many years",
        ["nan kagetsu"] = "how many months", ["nan en"] = "how many yen", ["nan nin"] = "how many people",
        ["nan kakoku"] = "how many countries", ["doko no"] = "what", ["dono kuni"] = "which country", ["ni naru"] = "become",
        ["shinpai nan"] = "concerned", ["sain shita no wa dare"] = "who signed", ["sanka shita no wa dare"] = "who attended", ["kokkyou no keibi"] = "guarding its borders", ["kyoudou gichou wa doko"] = "who are the co-chairs", ["dare ni uttaeta"] = "complain to whom", ["dochira ga"] = "which", ["tte hontou"] = "is it true",
    }), hyphens: true);

    // Romaji words. The particles, and the endings a verb takes, are read as nothing.
    private static readonly Dictionary<string, string> Romaji = new(StringComparer.OrdinalIgnoreCase)
    {
        // Particles and endings.
        ["wa"] = "", ["ga"] = "", ["wo"] = "", ["no"] = "", ["ni"] = "", ["de"] = "", ["to"] = "", ["ka"] = "",
        ["ne"] = "", ["yo"] = "", ["tte"] = "", ["desu"] = "", ["desuka"] = "", ["deshita"] = "", ["masu"] = "", ["imasu"] = "",
        ["san"] = "", ["sama"] = "", ["kun"] = "", ["kono"] = "this", ["sono"] = "the", ["kudasai"] = "please",
        ["mo"] = "also", ["mae"] = "before", ["hontou"] = "really", ["kekkyoku"] = "finally",
        // Question words.
        ["dare"] = "who", ["nani"] = "what", ["nan"] = "what", ["itsu"] = "when", ["doko"] = "where", ["ikura"] = "how much",
        ["dochira"] = "which", ["dore"] = "which", ["dono"] = "which", ["naze"] = "why", ["doushite"] = "why", ["dou"] = "how",
        // The article's people, places and things.
        ["roshia"] = "Russia", ["osechia"] = "Ossetia", ["abuhajia"] = "Abkhazia", ["gurujia"] = "Georgia",
        ["jyoujia"] = "Georgia", ["joujia"] = "Georgia", ["jyunebu"] = "Geneva", ["junebu"] = "Geneva", ["jyuneebu"] = "Geneva",
        ["beikoku"] = "US", ["amerika"] = "US", ["kurimia"] = "Crimea", ["tibirofu"] = "Tibilov", ["chibirofu"] = "Tibilov",
        ["mogerini"] = "Mogherini", ["puuchin"] = "Putin", ["puchin"] = "Putin", ["karashin"] = "Karasin",
        ["chuugoku"] = "China", ["nihon"] = "Japan", ["shushou"] = "prime minister", ["kisha"] = "journalist",
        ["shinbun"] = "newspaper", ["gaimushou"] = "foreign ministry", ["daihyoudan"] = "delegation", ["sekai"] = "world",
        ["kuni"] = "country", ["chiiki"] = "region", ["machi"] = "city", ["hito"] = "person", ["namae"] = "name",
        ["shigoto"] = "job", ["yakushoku"] = "job",
        ["jouyaku"] = "treaty", ["joyaku"] = "treaty", ["kyoutei"] = "agreement", ["kyotei"] = "agreement", ["kiji"] = "article",
        ["kakimashita"] = "wrote", ["kaita"] = "wrote", ["kokkyou"] = "border", ["kokkyo"] = "border", ["keibi"] = "guarding", ["fukai"] = "deeper",
        ["suru"] = "does", ["guntai"] = "armed forces", ["ichibu"] = "part", ["naru"] = "become", ["kikan"] = "term",
        ["yuukou"] = "valid", ["kaigi"] = "meeting", ["kyougi"] = "talks", ["sanka"] = "attend", ["gichou"] = "chairs",
        ["ken"] = "", ["shinpai"] = "concerned", ["goui"] = "agreements", ["kankei"] = "relation", ["jyoukyou"] = "situation",
        ["joukyou"] = "situation", ["antei"] = "stable", ["hanashi"] = "", ["kimatta"] = "decided", ["tsugi"] = "next",
        ["okane"] = "money", ["ageru"] = "give", ["harau"] = "pay", ["yakusoku"] = "promise", ["itta"] = "said",
        ["uttaeta"] = "appealed", ["hannou"] = "reaction", ["heigou"] = "annexation", ["nyuusu"] = "news",
        ["kantan"] = "briefly", ["setsumei"] = "explain", ["sain"] = "sign", ["chouin"] = "sign", ["shita"] = "did",
        ["anata"] = "you", ["robotto"] = "robot", ["iken"] = "opinion", ["oshiete"] = "tell me",
        ["konnichiwa"] = "hello", ["konnichiha"] = "hello", ["ohayo"] = "good morning", ["ohayou"] = "good morning",
        ["arigatou"] = "thanks", ["arigato"] = "thanks", ["sayonara"] = "goodbye", ["sayounara"] = "goodbye",
    };

    // Romaji words no other language writes; those it shares (English "dare", Turkish "iken", the English misspelling
    // "mogerini") count only in pairs. Swahili's "nani" and "wa" ("rais wa Georgia ni nani?") are no markers at all.
    private static readonly MarkerWords RomajiMarkers = new(
        ["desu", "desuka", "deshita", "deshou", "masu", "mashita", "imasu", "shimasu", "arimasu", "kudasai", "onegai",
         "arigatou", "arigato", "gozaimasu", "konnichiwa", "ohayo", "ohayou", "sayonara", "sayounara", "jouyaku", "joyaku",
         "kyoutei", "roshia", "osechia", "abuhajia", "gurujia", "jyunebu", "junebu", "itsu", "doko", "ikura", "naze",
         "doushite", "dochira", "kaigi", "goui", "hannou", "okane", "yakusoku", "chouin", "kokkyou", "guntai", "anata",
         "robotto", "oshiete", "setsumei", "nyuusu", "kurimia", "heigou", "kankei", "beikoku", "shinpai", "kekkyoku",
         "gichou", "kyoudou", "jyoukyou", "joukyou", "keikoku", "hyoushiki", "kimatta", "hontou", "yakushoku", "shigoto",
         "chiiki", "namae", "gaimushou", "daihyoudan", "uttaeta", "kakimashita", "tibirofu", "chuugoku", "shushou"],
        ["dare", "nan", "tte", "kiji", "iken", "sain", "kuni", "hito", "machi", "kikan", "tsugi", "mogerini"]);

    // Read after the tables above, which they are built from.
    private static readonly int Longest = Script.Keys.Max(k => k.Length);
}
