namespace ChatBot.Core.Matching.Languages;

internal static partial class Chinese
{
    // The characters' words, longest first where they overlap ("南奥塞梯" is read before "南奥"). A particle that only
    // softens the sentence is read as nothing; "吗" as U+0003, the mark of a yes-or-no question (see InEnglish).
    private static readonly Dictionary<string, string> Hanzi = new(StringComparer.Ordinal)
    {
        // Particles and little words.
        ["的"] = "", ["了"] = "", ["啊"] = "", ["呀"] = "", ["啦"] = "", ["吧"] = "", ["呢"] = "", ["哦"] = "", ["嘛"] = "",
        ["吗"] = "\u0003", ["么"] = "", ["哈"] = "", ["嗯"] = "", ["呗"] = "", ["都"] = "", ["就"] = "", ["还"] = "",
        ["是"] = "is", ["不是"] = "not", ["是不是"] = "\u0003", ["是吧"] = "\u0003", ["对吧"] = "\u0003", ["有没有"] = "did",
        ["会不会"] = "will", ["也"] = "also", ["和"] = "and", ["跟"] = "with", ["与"] = "and", ["对"] = "about",
        ["在"] = "in", ["给"] = "give", ["被"] = "was", ["把"] = "", ["向"] = "to", ["从"] = "from", ["到"] = "to",
        ["这"] = "this", ["这个"] = "this", ["这份"] = "this", ["这事"] = "this", ["这件事"] = "this", ["那个"] = "",
        ["那份"] = "the", ["那件事"] = "", ["那些"] = "", ["这篇"] = "this", ["他们"] = "they", ["他"] = "he", ["她"] = "she",
        ["我"] = "I", ["你"] = "you", ["您"] = "you", ["有"] = "has", ["没有"] = "not", ["会"] = "will", ["要"] = "will",
        ["之前"] = "before", ["以前"] = "before", ["之后"] = "after", ["现在"] = "now",
        ["最后"] = "finally", ["一共"] = "in total", ["过"] = "", ["来"] = "", ["去"] = "", ["个"] = "", ["里"] = "in",
        ["下"] = "", ["一下"] = "", ["请"] = "please", ["请问"] = "please", ["为"] = "for", ["又"] = "also",
        // Question words.
        ["谁"] = "who", ["是谁"] = "is who", ["什么"] = "what", ["啥"] = "what", ["是什么"] = "is what", ["是啥"] = "is what",
        ["什么时候"] = "when", ["啥时候"] = "when", ["何时"] = "when", ["哪天"] = "what day", ["哪一天"] = "what day",
        ["几号"] = "what date", ["哪里"] = "where", ["哪儿"] = "where", ["在哪"] = "where", ["在哪里"] = "where",
        ["在哪儿"] = "where", ["多少"] = "how much", ["多少钱"] = "how much money", ["多久"] = "how long",
        ["多长时间"] = "how long", ["几年"] = "how many years", ["多少年"] = "how many years", ["为什么"] = "why",
        ["为啥"] = "why", ["干嘛"] = "why", ["怎么"] = "how", ["怎样"] = "how", ["怎么样"] = "how", ["如何"] = "how",
        ["哪些"] = "which", ["哪个"] = "which", ["哪几个"] = "which", ["哪"] = "which", ["什么人"] = "who",
        ["是什么人"] = "is who", ["干什么的"] = "what job", ["是干什么的"] = "is who", ["啥意思"] = "what meaning",
        ["什么意思"] = "what meaning", ["是啥意思"] = "is what", ["怎么回事"] = "what happened", ["是怎么回事"] = "what happened",
        ["发生了什么"] = "what happened", ["说了什么"] = "what did say", ["说了啥"] = "what did say", ["怎么说"] = "what did say",
        ["怎么说的"] = "what did say", ["怎么回应"] = "how reacted", ["怎么反应"] = "how reacted", ["怎么看"] = "what think",
        ["什么态度"] = "what reaction", ["有什么区别"] = "what is the difference", ["有啥不同"] = "what is the difference",
        ["区别"] = "difference", ["不同"] = "difference", ["一样"] = "same", ["叫什么"] = "what is the name", ["叫啥"] = "what is the name",
        ["叫什么名字"] = "what is the name", ["叫啥名字"] = "what is the name", ["名字"] = "name", ["全称"] = "full name",
        // The people, places and bodies of the article.
        ["俄罗斯"] = "Russia", ["俄国"] = "Russia", ["俄方"] = "Russia", ["俄军"] = "Russian army", ["俄"] = "Russia",
        ["南奥塞梯"] = "South Ossetia", ["南奥塞梯共和国"] = "Republic of South Ossetia", ["南奥"] = "South Ossetia",
        ["北奥塞梯"] = "North Ossetia", ["奥塞梯"] = "Ossetia", ["阿布哈兹"] = "Abkhazia", ["阿布哈兹亚"] = "Abkhazia",
        ["格鲁吉亚"] = "Georgia", ["格方"] = "Georgia", ["日内瓦"] = "Geneva", ["北约"] = "NATO", ["欧盟"] = "EU",
        ["美国"] = "US", ["美方"] = "US", ["联合国"] = "UN", ["欧安组织"] = "OSCE", ["克里米亚"] = "Crimea",
        ["普京"] = "Putin", ["季比洛夫"] = "Tibilov", ["蒂比洛夫"] = "Tibilov", ["莫盖里尼"] = "Mogherini",
        ["莫盖里妮"] = "Mogherini", ["普萨基"] = "Psaki", ["卡拉辛"] = "Karasin", ["茨欣瓦利"] = "Tskhinvali",
        ["苏呼米"] = "Sokhumi", ["苏呼姆"] = "Sokhumi", ["克里姆林宫"] = "Kremlin", ["莫斯科"] = "Moscow",
        ["外高加索"] = "Transcaucasia", ["莫斯科方面"] = "Moscow",
        ["外交部"] = "Foreign Ministry", ["国务院"] = "State Department", ["美国国务院"] = "US State Department",
        ["国际社会"] = "the world", ["各方"] = "everyone", ["国家"] = "countries", ["领导人"] = "leader",
        ["代表团"] = "delegation", ["代表"] = "representatives", ["团长"] = "head", ["作者"] = "author",
        ["记者"] = "journalist", ["组织"] = "organizations", ["共同主席"] = "co-chairs", ["主席"] = "chairs",
        // The treaty and what it says.
        ["条约"] = "treaty", ["协议"] = "agreement", ["协定"] = "agreement", ["合约"] = "treaty", ["盟约"] = "treaty",
        ["签"] = "sign", ["签的"] = "signed", ["签了"] = "signed", ["签过"] = "signed", ["签署"] = "sign", ["签订"] = "sign",
        ["签约"] = "signing", ["签字"] = "sign", ["签约日期"] = "signing date", ["日期"] = "date",
        ["有效期"] = "valid how long", ["到期"] = "expire", ["管几年"] = "valid how many years", ["年"] = "years",
        ["防务"] = "defense", ["国防"] = "defense", ["安全"] = "security", ["边境"] = "border", ["国界"] = "border",
        ["边界"] = "border", ["守"] = "guard", ["保卫"] = "defend", ["保护"] = "protect", ["负责"] = "responsible for",
        ["管"] = "responsible for", ["军队"] = "armed forces", ["武装力量"] = "armed forces", ["并入"] = "become part of",
        ["安全机构"] = "security agencies", ["安全部门"] = "security agencies", ["一部分"] = "part", ["归谁"] = "goes to whom",
        ["规定"] = "say", ["写"] = "write", ["写的"] = "wrote", ["谁写的"] = "who wrote",
        ["初稿"] = "initial draft", ["修改"] = "revised", ["最终文本"] = "final text", ["文本"] = "text",
        ["一体化"] = "integration", ["整合"] = "integration", ["融合"] = "integration",
        ["钱"] = "money", ["卢布"] = "rubles", ["亿卢布"] = "hundred million rubles", ["拨"] = "allocate", ["拨款"] = "allocate",
        ["答应"] = "promise", ["承诺"] = "pledge", ["答应给"] = "promise", ["援助"] = "aid", ["年底"] = "end of",
        ["吞并"] = "annexation", ["承认"] = "recognize", ["态度"] = "reaction", ["回应"] = "react", ["反应"] = "reaction",
        ["反对"] = "oppose", ["谴责"] = "condemn",
        // The talks in Geneva.
        ["会议"] = "meeting", ["会谈"] = "talks", ["讨论"] = "discussions", ["谈判"] = "talks", ["开会"] = "meeting",
        ["开了个什么会"] = "what meeting", ["下一轮"] = "next round", ["下次"] = "next", ["下一次"] = "next",
        ["参加"] = "attend", ["出席"] = "attend", ["主持"] = "chair", ["担心"] = "concerned", ["担忧"] = "concerned",
        ["加入"] = "join", ["基础设施"] = "infrastructure", ["演习"] = "exercises", ["违反"] = "violate",
        ["局势"] = "situation", ["稳定"] = "stable", ["边防部队"] = "border troops", ["作用"] = "role",
        ["警告标志"] = "warning signs", ["提醒"] = "told", ["结果"] = "outcome", ["共识"] = "agreement", ["达成"] = "reach",
        // The article and the bot.
        ["文章"] = "article", ["这篇文章"] = "the article", ["新闻"] = "news", ["讲"] = "about", ["讲什么"] = "about what",
        ["你好"] = "hello", ["您好"] = "hello", ["哈喽"] = "hello", ["嗨"] = "hi", ["在吗"] = "hello",
        ["谢谢"] = "thanks", ["多谢"] = "thanks", ["感谢"] = "thanks", ["谢了"] = "thanks", ["懂了"] = "got it",
        ["再见"] = "bye", ["拜拜"] = "bye", ["下次聊"] = "talk later", ["机器人"] = "robot", ["你是谁"] = "who are you",
        ["你能回答什么问题"] = "what can you answer", ["怎么用"] = "how to use", ["你觉得"] = "do you think",
        ["你怎么看"] = "what do you think about", ["简单说"] = "briefly", ["特别"] = "special", ["周年"] = "anniversary",
        ["意思"] = "meaning", ["指"] = "mean", ["说"] = "say",
        // Words readers use for the same things: "部队" for the army, "警示牌" for the warning signs, "老大" for the leader.
        ["部队"] = "armed forces", ["期限"] = "term", ["两个条约"] = "the two treaties", ["更深"] = "deeper",
        ["什么情况"] = "what about", ["主持方"] = "chairs", ["那几个"] = "", ["军演"] = "military exercises",
        ["形势"] = "situation", ["变好"] = "improve", ["是谁的功劳"] = "why",
        ["警示牌"] = "warning signs", ["破坏"] = "damage", ["被破坏"] = "damaged", ["结论"] = "outcome",
        ["定在"] = "scheduled", ["资金"] = "money", ["经济发展"] = "economic development", ["拿到"] = "get", ["那边"] = "",
        ["老大"] = "leader", ["什么职位"] = "what position", ["地区"] = "region",
        ["还是"] = "or", ["是个"] = "is a", ["老说"] = "keeps saying", ["指的是啥"] = "what does mean",
        ["指的是什么"] = "what does mean", ["格代表团"] = "Georgian delegation", ["要求"] = "ask", ["说法"] = "assessment",
        ["咋"] = "how", ["具体"] = "exactly", ["汇总"] = "summary", ["汇总一下"] = "summary", ["能"] = "can", ["问"] = "ask",
        ["能问"] = "can ask", ["先这样"] = "ok", ["回头聊"] = "talk later", ["说说"] = "tell about", ["经过"] = "story",
        ["概括"] = "summarize", ["简单概括"] = "summarize", ["简单概括一下"] = "summarize", ["发生了啥"] = "what happened",
        ["哪两个人"] = "who", ["名称"] = "name", ["几月几号"] = "what date", ["地点"] = "place", ["一周年"] = "anniversary",
        ["简单说下"] = "briefly", ["后面"] = "later", ["用"] = "use", ["这个机器人"] = "this bot",
        ["为什么说是"] = "why is it", ["搞经济发展"] = "for economic development", ["讨论了什么"] = "what topics discussed",
        ["能问你什么问题"] = "what can I ask you", ["能问什么"] = "what can I ask", ["可以问什么"] = "what can I ask",
        ["问什么问题"] = "what can I ask", ["可以问什么问题"] = "what can I ask",
        // Read with the words around them.
        ["是什么时候"] = "is when", ["是啥时候"] = "is when", ["时候"] = "time", ["变成"] = "become", ["变"] = "become",
        ["啥样"] = "what", ["什么样"] = "what", ["最终"] = "final", ["比"] = "compared", ["以后"] = "in future",
        ["有什么规定"] = "what does say", ["归"] = "come under", ["是干嘛的"] = "is about what", ["派人"] = "send representatives",
        ["派"] = "send", ["参与"] = "take part", ["搞"] = "build", ["有什么关系"] = "what is the relation", ["关系"] = "relation",
        ["有关系"] = "related", ["靠近"] = "moving towards", ["变稳定"] = "stabilized", ["起"] = "play", ["的事"] = "",
        ["事"] = "", ["问题"] = "issues", ["解决"] = "resolved", ["是给谁"] = "is who gets", ["职位"] = "job",
        ["带队"] = "led", ["带领"] = "led", ["地方"] = "place", ["什么地方"] = "what", ["属于"] = "belong to",
        ["哪个国家"] = "which country", ["占领"] = "occupation", ["政权"] = "regime", ["觉得"] = "think", ["做了什么"] = "what did do",
        ["做"] = "do", ["提出"] = "raised", ["猜"] = "think", ["你猜"] = "do you think", ["完全"] = "completely",
        ["吞掉"] = "annex", ["简单说一下"] = "summarize", ["那天"] = "that day", ["选"] = "choose",
    };

    // Pinyin without tones: each word's syllables separated by spaces, found with them or without ("nanao", "nan ao").
    private static readonly Dictionary<string, string> Pinyin = new(StringComparer.OrdinalIgnoreCase)
    {
        // Particles and little words.
        ["de"] = "", ["le"] = "", ["a"] = "", ["ya"] = "", ["la"] = "", ["ba"] = "", ["ne"] = "", ["ma"] = "\u0003",
        ["shi bu shi"] = "\u0003", ["you mei you"] = "did", ["shi"] = "is", ["ye"] = "also", ["he"] = "and", ["gen"] = "with",
        ["zai"] = "in", ["gei"] = "give", ["zhe ge"] = "this", ["na ge"] = "which", ["zhe"] = "this", ["you"] = "has",
        ["hui"] = "will", ["bei"] = "was", ["ni"] = "you", ["wo"] = "I", ["bi"] = "compared",
        // Question words.
        ["shei"] = "who", ["shui"] = "who", ["shen me"] = "what", ["sha"] = "what", ["shen me shi hou"] = "when",
        ["ji hao"] = "what date", ["na tian"] = "that day", ["na li"] = "where", ["zai na li"] = "where", ["duo shao"] = "how much",
        ["duo shao qian"] = "how much money", ["duo jiu"] = "how long", ["duo chang"] = "how long", ["wei shen me"] = "why",
        ["zen me"] = "how", ["zen me yang"] = "how", ["na xie"] = "which", ["shen me ren"] = "who", ["shen me guan"] = "who",
        ["shen me di fang"] = "what place", ["zen me hui shi"] = "what happened", ["zen me kan"] = "what think",
        ["zen me shuo"] = "what did say", ["ming zi"] = "name", ["jiao"] = "called",
        // The people, places and bodies of the article.
        ["e luo si"] = "Russia", ["e guo"] = "Russia", ["nan ao sai ti"] = "South Ossetia", ["nan ao"] = "South Ossetia",
        ["a bu ha zi"] = "Abkhazia", ["ge lu ji ya"] = "Georgia", ["ri nei wa"] = "Geneva", ["bei yue"] = "NATO",
        ["ou meng"] = "EU", ["mei guo"] = "US", ["lian he guo"] = "UN", ["ke li mi ya"] = "Crimea", ["pu jing"] = "Putin",
        ["ci xin wa li"] = "Tskhinvali", ["su hu mi"] = "Sokhumi", ["zuo zhe"] = "author", ["guo jia"] = "countries",
        ["dai biao tuan"] = "delegation", ["gong tong zhu xi"] = "co-chairs", ["guo ji"] = "international",
        // The treaty, the money and the talks.
        ["tiao yue"] = "treaty", ["xie yi"] = "agreement", ["qian"] = "money", ["qian de"] = "signed", ["qian le"] = "signed",
        ["qian yue"] = "signing", ["qian shu"] = "sign", ["lu bu"] = "rubles", ["na dao"] = "get", ["cheng nuo"] = "pledge",
        ["you xiao qi"] = "valid", ["fu ze"] = "responsible for", ["an quan"] = "security", ["jun dui"] = "army",
        ["bian cheng"] = "become", ["yi bu fen"] = "part", ["bian jing"] = "border", ["ju shi"] = "situation",
        ["hao zhuan"] = "improve", ["jing gao biao zhi"] = "warning signs", ["po huai"] = "damaged", ["hui yi"] = "talks",
        ["tao lun"] = "discuss", ["tan pan"] = "talks", ["xia yi lun"] = "next round", ["can jia"] = "attend",
        ["zui hou"] = "final", ["jie guo"] = "outcome", ["fan ying"] = "reaction", ["fan dui"] = "oppose",
        ["dong zuo"] = "action", ["yan xi"] = "exercises", ["zheng he"] = "integrate", ["geng shen"] = "deeper",
        ["ti dao"] = "mention", ["zhou nian"] = "anniversary", ["nian"] = "year", ["yue"] = "month",
        // Syllable by syllable, as readers type them: "guo fang" defense, "jun yan" exercises, "quan cheng" full name.
        ["guo fang"] = "defense", ["you shui"] = "who", ["you shei"] = "who", ["bu men"] = "agencies",
        ["zen me ban"] = "what happens to", ["ji nian"] = "how many years", ["you na xie"] = "which", ["na ji ge"] = "which",
        ["zu zhi"] = "organizations", ["jun yan"] = "military exercises", ["ta men"] = "they", ["pa"] = "concerned",
        ["ba yue"] = "August", ["zen me le"] = "what about", ["wen ding"] = "stable", ["yin wei"] = "because of",
        ["bian fang bu dui"] = "border troops", ["jing shi pai"] = "warning signs", ["shi qing"] = "", ["ru he"] = "how",
        ["shi jian"] = "time", ["ti bi luo fu"] = "Tibilov", ["mo gai li ni"] = "Mogherini", ["pu sa ji"] = "Psaki",
        ["ka la xin"] = "Karasin", ["tuan zhang"] = "head", ["cheng ren"] = "recognize", ["ke yi"] = "can", ["wen"] = "ask",
        ["ren gong zhi neng"] = "AI", ["ni shi"] = "are you", ["ren wei"] = "think", ["ni ren wei"] = "do you think",
        ["zuo"] = "do", ["dui"] = "right", ["xin wen"] = "news", ["zhe pian"] = "this", ["shuo"] = "say",
        ["qian zi"] = "sign", ["qian de zi"] = "signed", ["quan cheng"] = "full name", ["bi jiao"] = "compare",
        ["yi xia"] = "", ["tao lun le shen me"] = "what topics discussed",
        // The article and the bot.
        ["wen zhang"] = "article", ["zhe pian wen zhang"] = "the article", ["jiang"] = "about", ["ni hao"] = "hello",
        ["xie xie"] = "thanks", ["zai jian"] = "bye", ["ni shi shei"] = "who are you", ["ji qi ren"] = "robot",
        ["ren"] = "human", ["hai shi"] = "or", ["ni neng gan shen me"] = "what can you do", ["ni jue de"] = "do you think",
        ["hao bu hao"] = "good or bad",
    };

    // Pinyin words no other language writes, and syllables that say pinyin only in pairs.
    private static readonly MarkerWords PinyinMarkers = new(
        ["shenme", "shei", "zenme", "zenmeyang", "duoshao", "tiaoyue", "xieyi", "eluosi", "eguo", "nanao", "nanaosaiti",
         "abuhazi", "gelujiya", "rineiwa", "beiyue", "oumeng", "meiguo", "nihao", "xiexie", "zaijian", "nali", "naxie",
         "jiqiren", "zuozhe", "wenzhang", "youxiaoqi", "bianjing", "jundui", "fanying", "lubu", "huiyi", "taolun", "tanpan",
         "canjia", "fuze", "anquan", "qianyue", "kelimiya", "suhumi", "cixinwali", "haishi", "juede", "mingzi", "shihou",
         "jieguo", "zuihou", "daibiaotuan", "guojia", "guoji", "zhounian", "youmeiyou", "zhongguo", "xianzai", "zhege"],
        ["zai", "shi", "shen", "zen", "xie", "qian", "jian", "sai", "bu", "zhe", "nian", "yue", "hao", "lun"]);

    // Read after the tables above, which they are built from.
    private static readonly int Longest = Hanzi.Keys.Max(k => k.Length);

    // Pinyin syllables spelled with the spaces between them or without ("nan ao sai ti", "nanaosaiti"), longest first.
    private static readonly SyllablePhrases PinyinPhrases = new(Pinyin);
}
