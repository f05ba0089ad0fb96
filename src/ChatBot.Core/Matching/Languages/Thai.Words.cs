namespace ChatBot.Core.Matching.Languages;

internal static partial class Thai
{
    // The script's words, longest first where they overlap ("เซาท์ออสซีเชีย" is read before "ออสซีเชีย"). A particle that
    // only makes a sentence polite or soft is read as nothing; one that asks yes or no as the mark that says so.
    private static readonly Dictionary<string, string> Script = new(StringComparer.Ordinal)
    {
        // Polite and soft particles, and little words that only shape the sentence.
        ["ครับ"] = "", ["คับ"] = "", ["ครับผม"] = "", ["คร้าบ"] = "", ["ค่ะ"] = "", ["คะ"] = "", ["ค่า"] = "", ["คร่ะ"] = "",
        ["นะ"] = "", ["น่ะ"] = "", ["จ้ะ"] = "", ["จ้า"] = "", ["จ๊ะ"] = "", ["อะ"] = "", ["อ่ะ"] = "", ["ล่ะ"] = "", ["ละ"] = "",
        ["เนี่ย"] = "", ["บ้าง"] = "", ["กัน"] = "", ["เลย"] = "", ["ก็"] = "", ["ที่"] = "", ["ว่า"] = "", ["แล้ว"] = "",
        ["ไป"] = "", ["มา"] = "", ["ขึ้นมา"] = "", ["ออกมา"] = "", ["หน่อย"] = "please", ["ให้หน่อย"] = "please", ["เขา"] = "they",
        ["การ"] = "", ["ความ"] = "", ["ตอนนั้น"] = "then", ["ช่วงนั้น"] = "then", ["นั้น"] = "that", ["นี้"] = "this",
        ["นี่"] = "this", ["ฉบับนี้"] = "this treaty", ["ฉบับ"] = "", ["ของ"] = "of", ["ใน"] = "in", ["จาก"] = "from",
        ["กับ"] = "with", ["และ"] = "and", ["หรือ"] = "or", ["แต่"] = "but", ["เพื่อ"] = "for", ["ให้"] = "give", ["จะ"] = "will",
        ["ได้"] = "get", ["ต้อง"] = "must", ["เคย"] = "ever", ["ด้วย"] = "also", ["เหมือนกัน"] = "also", ["ไม่"] = "not",
        ["มี"] = "has", ["เป็น"] = "is", ["คือ"] = "is", ["อยู่"] = "", ["โดน"] = "", ["ถูก"] = "", ["ทาง"] = "",
        ["ฝั่ง"] = "side", ["ฝ่าย"] = "side", ["เรื่อง"] = "about", ["เกี่ยวกับ"] = "about", ["ถึง"] = "about", ["ตาม"] = "under",
        ["ก่อน"] = "before", ["หลัง"] = "after", ["ก่อนหน้านี้"] = "before", ["ตอน"] = "", ["ระหว่าง"] = "between",
        ["ทั้งหมด"] = "all", ["สอง"] = "two", ["แคว้น"] = "regions", ["ประเทศ"] = "country", ["ดินแดน"] = "territory",
        ["จริง"] = "really", ["จริงๆ"] = "really", ["ยัง"] = "still", ["อีก"] = "again", ["มาก"] = "much", ["มากกว่า"] = "more",
        ["กว่า"] = "more", ["ได้ไหม"] = "can", ["ได้มั้ย"] = "can", ["พูด"] = "say", ["บอก"] = "say", ["พูดถึง"] = "mention",
        ["ข่าวพูดถึง"] = "article mentions", ["กล่าว"] = "said", ["อ้าง"] = "cite", ["ทำ"] = "do", ["ทำให้"] = "make",
        // Yes or no: the particle that closes a question.
        ["มั้ย"] = YesOrNoMark, ["มั๊ย"] = YesOrNoMark, ["ไหม"] = YesOrNoMark, ["ไม๊"] = YesOrNoMark, ["มะ"] = YesOrNoMark,
        ["หรอ"] = YesOrNoMark, ["เหรอ"] = YesOrNoMark, ["ป่าว"] = YesOrNoMark, ["ป่ะ"] = YesOrNoMark, ["ปะ"] = YesOrNoMark,
        ["รึเปล่า"] = YesOrNoMark, ["หรือเปล่า"] = YesOrNoMark, ["หรือไม่"] = YesOrNoMark, ["ใช่มั้ย"] = YesOrNoMark,
        ["ใช่ไหม"] = YesOrNoMark, ["ใช่มะ"] = YesOrNoMark, ["ใช่ป่าว"] = YesOrNoMark, ["ใช่ป่ะ"] = YesOrNoMark,
        ["ใช่หรือไม่"] = YesOrNoMark, ["รึยัง"] = YesOrNoMark, ["หรือยัง"] = YesOrNoMark, ["ด้วยป่าว"] = YesOrNoMark,
        ["ด้วยหรอ"] = YesOrNoMark, ["ด้วยไหม"] = YesOrNoMark, ["ด้วยมั้ย"] = YesOrNoMark, ["ใช่"] = "right",
        // Question words.
        ["ใคร"] = "who", ["คือใคร"] = "who is", ["คือให้ใคร"] = "who gets", ["ให้ใคร"] = "who gets", ["จากที่ไหนบ้าง"] = "from which countries", ["จากที่ไหน"] = "from which countries", ["นั่งโต๊ะเจรจา"] = "attend talks", ["เป็นใคร"] = "who is", ["ใครเป็นคน"] = "who", ["ใครเป็น"] = "who is",
        ["อะไร"] = "what", ["คืออะไร"] = "what is", ["เป็นอะไร"] = "what is", ["ชื่ออะไร"] = "what is the name of",
        ["ชื่อว่าอะไร"] = "what is the name of", ["ตำแหน่งอะไร"] = "what position", ["ที่ไหน"] = "where", ["ไหน"] = "which",
        ["คือที่ไหน"] = "where is", ["อยู่ที่ไหน"] = "where is", ["เมื่อไหร่"] = "when", ["เมื่อไร"] = "when",
        ["เมื่อไหร"] = "when", ["ตอนไหน"] = "when", ["วันไหน"] = "what date", ["วันที่เท่าไร"] = "what date",
        ["วันที่เท่าไหร่"] = "what date", ["ปีไหน"] = "what year", ["เท่าไหร่"] = "how much", ["เท่าไร"] = "how much",
        ["เท่าไหร"] = "how much", ["กี่"] = "how many", ["กี่ปี"] = "how many years", ["กี่รูเบิล"] = "how many rubles",
        ["ทำไม"] = "why", ["ยังไง"] = "how", ["อย่างไร"] = "how", ["ไง"] = "how", ["เป็นไง"] = "how", ["เป็นยังไง"] = "how",
        ["ว่าไง"] = "what did say", ["ว่ายังไง"] = "what did say", ["ว่าอะไร"] = "what did say", ["พูดว่าอะไร"] = "what did say",
        ["พูดว่าไง"] = "what did say", ["นานแค่ไหน"] = "how long", ["แค่ไหน"] = "how much", ["คนไหน"] = "who", ["ฝ่ายไหน"] = "which parties",
        ["องค์กรไหน"] = "which organizations", ["ที่ไหนบ้าง"] = "where", ["เกี่ยวอะไร"] = "what is the connection",
        ["หมายถึงอะไร"] = "what does mean", ["หมายถึงใคร"] = "who does mean", ["หมายถึง"] = "mean",
        // The people, places and bodies of the article.
        ["รัสเซีย"] = "Russia", ["รัฐบาลรัสเซีย"] = "Russian government", ["มอสโก"] = "Moscow", ["มอสโคว์"] = "Moscow",
        ["เซาท์ออสซีเชีย"] = "South Ossetia", ["เซาท์ออสเซเทีย"] = "South Ossetia", ["เซาท์ออสเซเชีย"] = "South Ossetia",
        ["เซาท์ออสซิเชีย"] = "South Ossetia", ["ออสซีเชียใต้"] = "South Ossetia", ["ออสเซเทียใต้"] = "South Ossetia",
        ["ออสซีเชีย"] = "Ossetia", ["ออสเซเทีย"] = "Ossetia", ["ออสซีเทีย"] = "Ossetia", ["อับคาเซีย"] = "Abkhazia",
        ["อับฮาเซีย"] = "Abkhazia", ["อับคาเชีย"] = "Abkhazia", ["อับฮาเชีย"] = "Abkhazia", ["อับคาซ"] = "Abkhazia",
        ["จอร์เจีย"] = "Georgia", ["เจนีวา"] = "Geneva", ["สวิส"] = "Switzerland", ["นาโต้"] = "NATO", ["นาโต"] = "NATO",
        ["อียู"] = "EU", ["สหภาพยุโรป"] = "EU", ["ยุโรป"] = "Europe", ["อเมริกา"] = "US", ["สหรัฐ"] = "US", ["สหรัฐฯ"] = "US",
        ["สหรัฐอเมริกา"] = "US", ["วอชิงตัน"] = "Washington", ["ปูติน"] = "Putin", ["ทิบิลอฟ"] = "Tibilov", ["ทิบิลอบ"] = "Tibilov",
        ["ลีโอนิด"] = "Leonid", ["เลโอนิด"] = "Leonid", ["โมเกรินี"] = "Mogherini", ["โมเกอรินี"] = "Mogherini",
        ["โมเกริน"] = "Mogherini", ["เฟเดริกา"] = "Federica", ["ซากี"] = "Psaki", ["ซากิ"] = "Psaki", ["ซากี้"] = "Psaki",
        ["ปซากี"] = "Psaki", ["เจน"] = "Jen", ["คาราซิน"] = "Karasin", ["กริกอรี"] = "Grigory", ["ซคินวาลี"] = "Tskhinvali",
        ["ทสคินวาลี"] = "Tskhinvali", ["ชินวาลี"] = "Tskhinvali", ["สคินวาลี"] = "Tskhinvali", ["โซคูมี"] = "Sokhumi",
        ["ซูคูมิ"] = "Sokhumi", ["ซูคูมี"] = "Sokhumi", ["ซอคูมี"] = "Sokhumi", ["สุคูมิ"] = "Sokhumi", ["โซคูมิ"] = "Sokhumi",
        ["ไครเมีย"] = "Crimea", ["เครมลิน"] = "Kremlin", ["ทรานส์คอเคเซีย"] = "Transcaucasia", ["คอเคซัส"] = "Caucasus",
        ["ยูเอ็น"] = "UN", ["สหประชาชาติ"] = "UN", ["ยูเครน"] = "Ukraine", ["จีน"] = "China", ["ตุรกี"] = "Turkey",
        ["ญี่ปุ่น"] = "Japan", ["ไทย"] = "Thailand", ["นานาชาติ"] = "international", ["ประเทศอื่น"] = "other countries",
        ["ประเทศอื่นๆ"] = "other countries", ["ต่างประเทศ"] = "foreign",
        ["กระทรวงการต่างประเทศ"] = "Foreign Ministry", ["กต."] = "Foreign Ministry", ["กต"] = "Foreign Ministry",
        ["รัฐบาล"] = "government", ["คณะผู้แทน"] = "delegation", ["ผู้แทน"] = "representatives", ["ตัวแทน"] = "representatives",
        ["หัวหน้าคณะผู้แทน"] = "head of the delegation", ["หัวหน้า"] = "head", ["ทีม"] = "delegation", ["นำทีม"] = "led the delegation",
        ["นำคณะผู้แทน"] = "led the delegation", ["โฆษก"] = "spokesperson", ["กระทรวงการต่างประเทศสหรัฐ"] = "State Department", ["กระทรวงการต่างประเทศสหรัฐฯ"] = "State Department", ["ผู้นำ"] = "leader", ["ประธานาธิบดี"] = "president",
        ["หัวหน้านโยบายต่างประเทศ"] = "foreign policy chief", ["นโยบายต่างประเทศ"] = "foreign policy", ["ประธานร่วม"] = "co-chairs",
        ["ผู้เขียน"] = "author", ["คนเขียน"] = "author", ["นักข่าว"] = "journalist", ["เขียน"] = "wrote", ["เครดิต"] = "wrote", ["ในข่าว"] = "in the article",
        // The treaty and what it says.
        ["สัญญา"] = "treaty", ["สนธิสัญญา"] = "treaty", ["ข้อตกลง"] = "agreement", ["สัญญาว่า"] = "pledged",
        ["สัญญาว่าจะ"] = "pledged", ["สัญญาจะ"] = "pledged", ["เซ็น"] = "sign", ["เซ้น"] = "sign", ["เซ็นสัญญา"] = "sign the treaty",
        ["ลงนาม"] = "sign", ["วันเซ็น"] = "signing date", ["วันที่เซ็น"] = "signing date", ["ชื่อ"] = "name", ["ชื่อเต็ม"] = "full name",
        ["เรียก"] = "call", ["อายุ"] = "term", ["มีอายุ"] = "valid", ["หมดอายุ"] = "expire", ["มีผล"] = "valid", ["ใช้บังคับ"] = "valid",
        ["ปี"] = "years", ["ความมั่นคง"] = "security", ["หน่วยงานความมั่นคง"] = "security agencies", ["ป้องกันประเทศ"] = "defense",
        ["ป้องกัน"] = "defense", ["ปกป้อง"] = "protect", ["ดูแล"] = "responsible for", ["รับผิดชอบ"] = "responsible for",
        ["หน้าที่"] = "responsibility", ["ด้าน"] = "", ["ชายแดน"] = "border", ["เขตแดน"] = "border", ["เส้นเขตแดน"] = "border line",
        ["แนวชายแดน"] = "border", ["เฝ้า"] = "guard", ["ทหารชายแดน"] = "border troops", ["ทหาร"] = "military",
        ["หน่วยทหาร"] = "units of the armed forces", ["จะเป็นยังไงต่อ"] = "what will happen", ["เป็นยังไงต่อ"] = "what will happen", ["ต่อ"] = "", ["ส่วนหนึ่ง"] = "part", ["เมือง"] = "city", ["ให้ฟัง"] = "", ["ตรง"] = "at", ["กองทัพ"] = "army", ["กองกำลัง"] = "armed forces", ["ผนวก"] = "annex",
        ["ผนวกดินแดน"] = "annexation", ["ผนวกเข้ากับ"] = "integrated into", ["รวมกับ"] = "join", ["เข้ากับ"] = "into",
        ["ยึด"] = "annex", ["เงิน"] = "money", ["งบ"] = "money", ["งบประมาณ"] = "budget", ["รูเบิล"] = "rubles",
        ["พันล้าน"] = "billion", ["ล้าน"] = "million", ["พัฒนา"] = "development", ["เศรษฐกิจ"] = "economic", ["สังคม"] = "social",
        ["ให้เงิน"] = "give money", ["ได้เงิน"] = "receive money", ["เทียบ"] = "compare", ["เทียบกับ"] = "compared to",
        ["ต่าง"] = "different", ["ต่างจาก"] = "differ from", ["คล้าย"] = "similar", ["คล้ายกัน"] = "similar", ["เนื้อหา"] = "",
        ["ผูก"] = "tie", ["ลึกกว่า"] = "deeper", ["ร่างแรก"] = "first draft", ["แก้"] = "changed", ["ฉบับสุดท้าย"] = "final version",
        ["สุดท้าย"] = "final", ["รับรอง"] = "recognize", ["ยอมรับ"] = "recognize", ["ผนวกไครเมีย"] = "annexation of Crimea",
        ["วันครบรอบ"] = "anniversary", ["ครบรอบ"] = "anniversary", ["ตรงกับ"] = "coincide with", ["พิเศษ"] = "special",
        ["สำคัญ"] = "important", ["วัน"] = "day", ["วันที่"] = "date", ["เดือน"] = "month",
        // The talks in Geneva.
        ["ประชุม"] = "meeting", ["การประชุม"] = "meeting", ["ที่ประชุม"] = "meeting", ["เจรจา"] = "talks", ["การเจรจา"] = "talks",
        ["โต๊ะเจรจา"] = "talks", ["หารือ"] = "discussions", ["การหารือ"] = "discussions", ["คุย"] = "discuss", ["เข้าร่วม"] = "attend",
        ["ร่วม"] = "attend", ["นั่ง"] = "", ["จัด"] = "held", ["กังวล"] = "concerned", ["ห่วง"] = "concerned", ["กลัว"] = "afraid",
        ["ซ้อมรบ"] = "military exercises", ["เข้า"] = "join", ["เข้าหา"] = "movement towards", ["ไม่อยากให้"] = "concerned about",
        ["ขัดกับ"] = "contrary to", ["ข้อตกลงไหน"] = "which agreement", ["ต้องแก้"] = "need to be resolved", ["สถานการณ์"] = "situation", ["ดีขึ้น"] = "improved", ["สงบ"] = "calm", ["สงบลง"] = "calmer",
        ["นิ่ง"] = "stable", ["นิ่งขึ้น"] = "stabilization", ["มีส่วน"] = "role", ["ป้ายเตือน"] = "warning signs", ["ป้าย"] = "signs",
        ["ทำลาย"] = "destroyed", ["เตือน"] = "warned", ["ปัญหา"] = "problem", ["แก้ไข"] = "solve", ["ผล"] = "outcome",
        ["ผลการประชุม"] = "outcome of the meeting", ["ข้อสรุป"] = "outcome", ["สรุป"] = "summary", ["ตกลง"] = "agreed", ["ตกลงอะไร"] = "what was agreed", ["ตกลงว่ายังไง"] = "what was agreed", ["ตกลงว่าไง"] = "what was agreed",
        ["รอบหน้า"] = "next round", ["รอบถัดไป"] = "next round", ["ครั้งต่อไป"] = "next round", ["ครั้งหน้า"] = "next round",
        ["อีกที"] = "again", ["นัด"] = "scheduled", ["กำหนด"] = "scheduled", ["ไว้"] = "", ["รอบ"] = "round", ["ครั้ง"] = "time",
        // Reactions.
        ["ปฏิกิริยา"] = "reaction", ["ตอบโต้"] = "react", ["ตอบรับ"] = "react", ["ท่าที"] = "position", ["ประณาม"] = "condemn",
        ["แถลงการณ์"] = "statement", ["ออกแถลงการณ์"] = "statement", ["ค้าน"] = "oppose", ["ไม่พอใจ"] = "unhappy", ["มองว่า"] = "consider",
        ["ร้อง"] = "complain", ["เรียกร้อง"] = "call on", ["เรียกร้องให้"] = "call on", ["ประเมิน"] = "assess", ["การกระทำ"] = "actions", ["ยก"] = "raise",
        ["ประเด็น"] = "issue",
        // The article and the bot.
        ["ข่าว"] = "news", ["บทความ"] = "article", ["ข่าวนี้"] = "this article", ["เล่า"] = "tell", ["เล่าให้ฟัง"] = "tell",
        ["เกิดอะไรขึ้น"] = "what happened", ["บอท"] = "bot", ["คน"] = "person", ["คุณ"] = "you", ["นาย"] = "you",
        ["บอทนี้"] = "", ["คุณเป็นใคร"] = "who are you", ["นายเป็นใคร"] = "who are you", ["คุณคือใคร"] = "who are you", ["นายคือใคร"] = "who are you", ["นายคือบอท"] = "are you a bot", ["คุณคือบอท"] = "are you a bot", ["เป็นบอท"] = "are you a bot", ["บอทหรือคน"] = "bot or human", ["ช่วย"] = "help", ["ใช้"] = "use", ["ใช้ยังไง"] = "how to use", ["ถาม"] = "ask",
        ["ถามอะไรได้บ้าง"] = "what can I ask", ["ช่วยอะไรได้บ้าง"] = "what can you do", ["ความเห็น"] = "opinion",
        ["ความเห็นส่วนตัว"] = "your opinion", ["คิดว่า"] = "do you think", ["ทำถูก"] = "right",
        ["ผิด"] = "wrong", ["ดี"] = "good", ["ไม่ดี"] = "bad", ["ดีหรือไม่ดี"] = "good or bad", ["สงคราม"] = "war",
        ["สวัสดี"] = "hello", ["หวัดดี"] = "hello", ["ดีจ้า"] = "hi", ["ขอบคุณ"] = "thanks", ["ขอบใจ"] = "thanks",
        ["ขอบคุณมาก"] = "thanks a lot", ["ช่วยได้เยอะ"] = "very helpful", ["บาย"] = "bye", ["บ๊ายบาย"] = "bye",
        ["ไปก่อน"] = "bye", ["แค่นี้ก่อน"] = "that's all", ["ลาก่อน"] = "goodbye",
        // The months, when no day or year goes with them.
        ["มกรา"] = "January", ["กุมภา"] = "February", ["มีนา"] = "March", ["มีนาคม"] = "March", ["เมษา"] = "April",
        ["พฤษภา"] = "May", ["มิถุนา"] = "June", ["กรกฎา"] = "July", ["สิงหา"] = "August", ["สิงหาคม"] = "August",
        ["กันยา"] = "September", ["ตุลา"] = "October", ["พฤศจิกา"] = "November", ["ธันวา"] = "December",
    };

    // Romanized Thai phrases, read before the words.
    private static readonly Phrasebook RomanPhrases = new(ReaderTables.Marked(new Dictionary<string, string>
    {
        ["chai mai"] = YesOrNoMark, ["chai mai na"] = YesOrNoMark, ["rue plao"] = YesOrNoMark, ["reu plao"] = YesOrNoMark,
        ["pen krai"] = "who is", ["pen khrai"] = "who is", ["khue krai"] = "who is", ["khue arai"] = "what is",
        ["tao rai"] = "how much", ["tao lai"] = "how much", ["gee pee"] = "how many years", ["kee pee"] = "how many years",
        ["mee ayu"] = "valid", ["tee nai"] = "where", ["thi nai"] = "where", ["muea rai"] = "when", ["meua rai"] = "when",
        ["yang ngai"] = "how", ["yang rai"] = "how", ["doo lae"] = "responsible for", ["du lae"] = "responsible for",
        ["kwam plod pai"] = "security", ["kwam mun kong"] = "security", ["kob kun"] = "thanks", ["khob khun"] = "thanks",
        ["kop khun"] = "thanks", ["khop khun"] = "thanks", ["kob kun mak"] = "thanks a lot", ["hai noi"] = "please",
        ["kon kian"] = "author", ["kon khian"] = "author", ["khao nee"] = "this article", ["khao ni"] = "this article",
        ["tam arai"] = "doing what", ["tamnaeng arai"] = "what position", ["sawasdee"] = "hello", ["sawatdee"] = "hello",
    }));

    // Romanized Thai words; the particles are read as nothing.
    private static readonly Dictionary<string, string> Roman = new(StringComparer.OrdinalIgnoreCase)
    {
        ["krub"] = "", ["krab"] = "", ["khrub"] = "", ["khrap"] = "", ["krap"] = "", ["kub"] = "", ["khab"] = "", ["ka"] = "",
        ["kha"] = "", ["na"] = "", ["ja"] = "", ["jaa"] = "", ["mai"] = YesOrNoMark, ["duay"] = "also", ["kab"] = "with",
        ["gab"] = "with", ["khrai"] = "who", ["krai"] = "who", ["arai"] = "what", ["taorai"] = "how much", ["tammai"] = "why",
        ["pen"] = "is", ["nee"] = "this", ["mee"] = "has", ["ayu"] = "term", ["pee"] = "years", ["ngern"] = "money",
        ["hai"] = "give", ["tee"] = "that", ["tamnaeng"] = "position", ["sanya"] = "treaty", ["kian"] = "wrote", ["khian"] = "wrote",
        ["khao"] = "news", ["kon"] = "person", ["noi"] = "please", ["wannee"] = "today", ["yoo"] = "",
    };

    // Romanized words no other language writes; those it shares count only in pairs.
    private static readonly MarkerWords RomanMarkers = new(
        ["krub", "krab", "khrub", "khrap", "krap", "sawasdee", "sawatdee", "arai", "khrai", "ngern", "taorai", "tamnaeng",
         "kwam", "khob", "kob", "wannee", "tammai"],
        ["krai", "duay", "ayu", "gee", "kian", "khao", "nee"]);

    // Read after the table above, which it is built from.
    private static readonly int Longest = Script.Keys.Max(k => k.Length);
}
