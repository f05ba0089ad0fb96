namespace ChatBot.Core.Matching.Languages;

internal static partial class Vietnamese
{
    // Words of several syllables and the phrases a question leans on, longest first; each also typed plain.
    private static readonly Phrasebook Phrases = new(ReaderTables.WithPlainForms(ReaderTables.Marked(new Dictionary<string, string>
    {
        // Question words and phrases: Vietnamese puts them last ("ký ở đâu" signed where).
        ["là ai"] = "is who", ["là gì"] = "is what", ["là j"] = "is what", ["là cái gì"] = "is what", ["là cái j"] = "is what",
        ["cái gì"] = "what", ["cái j"] = "what", ["những ai"] = "who", ["ai đó"] = "who", ["bên nào"] = "which side", ["những bên nào"] = "which parties",
        ["ở đâu"] = "where", ["chỗ nào"] = "where", ["nơi nào"] = "where", ["ở chỗ nào"] = "where",
        ["khi nào"] = "when", ["bao giờ"] = "when", ["bao h"] = "when", ["lúc nào"] = "when", ["hôm nào"] = "what day",
        ["bữa nào"] = "what day", ["ngày nào"] = "what day", ["ngày mấy"] = "what day", ["tháng mấy"] = "what month", ["năm nào"] = "what year",
        ["bao nhiêu"] = "how much", ["bnhieu"] = "how much", ["bao lâu"] = "how long", ["mấy năm"] = "how many years", ["bao nhiêu năm"] = "how many years",
        ["bao nhiêu tiền"] = "how much money", ["bn tiền"] = "how much money", ["bao nhiêu tuổi"] = "how old",
        ["tại sao"] = "why", ["vì sao"] = "why", ["sao lại"] = "why", ["để làm gì"] = "why", ["làm gì"] = "what do",
        ["thế nào"] = "how", ["như thế nào"] = "how", ["ra sao"] = "how", ["ntn"] = "how", ["là sao"] = "what is",
        ["nói gì"] = "what did say", ["nói j"] = "what did say", ["bảo gì"] = "what did say", ["bảo j"] = "what did say",
        ["nói về"] = "about", ["nói gì thêm về"] = "say more about", ["nghĩa là gì"] = "what does mean", ["nghĩa là sao"] = "what does mean",
        ["có gì"] = "what is", ["có gì đặc biệt"] = "what is special", ["chuyện gì xảy ra"] = "what happened", ["chuyện gì"] = "what happened",
        ["diễn ra"] = "happened", ["xảy ra"] = "happened", ["giữ chức gì"] = "what position does hold", ["chức vụ"] = "position", ["giữ chức"] = "position",
        ["làm chức gì"] = "what position", ["làm chức j"] = "what position", ["tên gì"] = "what is the name", ["tên là gì"] = "what is the name",
        ["gọi là gì"] = "what is it called", ["gọi là"] = "called", ["tên đầy đủ"] = "full name", ["tên chính thức"] = "official name",
        ["tên tiếng anh"] = "English name", ["tiếng anh"] = "English", ["tiếng việt"] = "Vietnamese", ["trả lời"] = "answer",
        ["tên tiếng anh là gì"] = "what is the name of", ["tên đầy đủ là gì"] = "what is the full name", ["bn năm"] = "how many years",
        ["thì sao"] = "what about", ["sao rồi"] = "how is", ["làm j"] = "what do", ["lam j"] = "what do", ["chưa nghe bao h"] = "never heard of it",
        ["chưa nghe bao giờ"] = "never heard of it", ["chưa nghe"] = "never heard of it", ["lo về"] = "worried about", ["lo ve"] = "worried about",
        ["đạt được gì"] = "what was the outcome", ["đạt đc gì"] = "what was the outcome", ["đạt dc j"] = "what was the outcome", ["đạt đc j"] = "what was the outcome",
        ["đồng ý cái gì"] = "what did they agree on", ["đồng ý gì"] = "what did they agree on", ["thống nhất gì"] = "what did they agree on",
        ["tháng 8"] = "August", ["tháng 3"] = "March", ["tháng 6"] = "June", ["tháng 7"] = "July",
        ["ai đồng chủ trì"] = "who were the co-chairs", ["họ đồng ý cái gì"] = "what did they agree on", ["là cho ai"] = "who gets",
        ["trước bao lâu"] = "how long before", ["nào khác"] = "other", ["cái nào"] = "which one", ["nước nào"] = "which country",
        ["là sáp nhập"] = "annexation", ["bị sáp nhập"] = "annexed", ["bài có nói gì thêm về"] = "does the article say more about",
        ["j j đó"] = "something", ["họ nói gì"] = "what did they say", ["kể chi tiết"] = "", ["hội nhập sâu hơn"] = "deeper integration",
        ["phản ứng của các bên về"] = "did the parties react to", ["bên phía"] = "for",
        // "ai kí tên vào hiệp ước", "người ta gọi là gì", "về chuyện gì": chat's ways of asking the same.
        ["ký tên vào"] = "signed", ["kí tên vào"] = "signed", ["ký tên"] = "signed", ["kí tên"] = "signed", ["đứng ra kí"] = "signed",
        ["người ta gọi là gì"] = "what is it called", ["người ta"] = "people", ["sự kiện gì"] = "any event", ["sự kiện"] = "event",
        ["đúng ngày"] = "on the day of", ["sau khi ký xong"] = "after signing", ["sau khi kí xong"] = "after signing",
        ["về chuyện gì"] = "about what", ["về chuyện j"] = "about what", ["bị làm sao"] = "what happened to", ["nhờ đâu"] = "why",
        ["họ nói j"] = "what did they say", ["chắc cay lắm"] = "must be upset", ["ai đúng ai sai"] = "who is right and who is wrong",
        ["hỏi được những gì"] = "what can I ask", ["hỏi được gì"] = "what can I ask", ["hỏi đc gì"] = "what can I ask", ["alo có ai"] = "hello anyone there",
        ["mày là người hay bot"] = "are you a human or a bot", ["m là người hay bot"] = "are you a human or a bot",
        ["là 1 nước"] = "is it a country", ["là một nước"] = "is it a country", ["tóm lại"] = "in short", ["ngắn gọn"] = "briefly",
        // "Psaki giờ làm gì rồi" asks what she does now, which the article does not say: not who she is.
        ["giờ làm gì"] = "is doing now what", ["giờ làm j"] = "is doing now what", ["làm gì rồi"] = "is doing now what",
        // "bài báo của ai" asks its author; "đăng trên báo nào" its newspaper, which the article does not name.
        ["bài báo của ai"] = "who wrote the article", ["bài viết của ai"] = "who wrote the article",
        ["đăng trên báo nào"] = "published in which newspaper", ["báo nào"] = "which newspaper",
        // "vậy bn", "đi bn": "bn" closing a request is "bạn" (you), not "how much"; "theo bn" is your opinion.
        ["vậy bn"] = "", ["đi bn"] = "", ["nhé bn"] = "", ["theo bn"] = "in your opinion",
        // The bot and small talk.
        ["xin chào"] = "hello", ["chào bạn"] = "hello", ["alo alo"] = "hello", ["cảm ơn"] = "thanks", ["cám ơn"] = "thanks",
        ["cảm ơn bạn"] = "thank you", ["thank u nhìu"] = "thanks a lot", ["tạm biệt"] = "goodbye", ["pp nhé"] = "bye",
        ["đi ngủ đây"] = "", ["thôi đi ngủ đây"] = "", ["bạn là ai"] = "who are you", ["m là ai"] = "who are you", ["mày là ai"] = "who are you",
        ["bạn là người hay bot"] = "are you a human or a bot", ["người hay bot"] = "human or bot", ["bot này là gì"] = "what are you",
        ["làm được gì"] = "what can you do", ["làm đc gì"] = "what can you do", ["làm dc gi"] = "what can you do",
        ["hướng dẫn sử dụng"] = "how do I use you", ["nên hỏi gì"] = "what can I ask", ["hỏi gì"] = "what can I ask",
        ["ý kiến bạn"] = "your opinion", ["ý kiến của bạn"] = "your opinion", ["theo bạn"] = "in your opinion", ["m nghĩ"] = "do you think",
        ["bạn nghĩ"] = "do you think", ["ủng hộ bên nào"] = "which side do you support", ["tốt hay xấu"] = "good or bad",
        ["có nên"] = "should", ["chiến tranh"] = "war", ["đúng ko"] = "right", ["đúng không"] = "right",
        // The article.
        ["bài báo"] = "the article", ["bài viết"] = "the article", ["bài này"] = "this article", ["bài báo này"] = "this article",
        ["tác giả"] = "author", ["ai viết"] = "who wrote", ["bài của ai"] = "who wrote the article", ["tóm tắt"] = "summarize", ["kể sơ sơ"] = "briefly",
        ["chi tiết"] = "details", ["đăng ngày nào"] = "published what day",
        // People, places and bodies.
        ["nam ossetia"] = "South Ossetia", ["nam osetia"] = "South Ossetia", ["cộng hòa nam ossetia"] = "the Republic of South Ossetia",
        ["cộng hoà nam ossetia"] = "the Republic of South Ossetia", ["bắc ossetia"] = "North Ossetia", ["nước nga"] = "Russia", ["người nga"] = "Russians",
        ["liên bang nga"] = "Russian Federation", ["hoa kỳ"] = "US", ["nước mỹ"] = "US", ["người mỹ"] = "Americans", ["liên minh châu âu"] = "EU",
        ["châu âu"] = "EU", ["liên hợp quốc"] = "UN", ["liên hiệp quốc"] = "UN", ["trung quốc"] = "China", ["liên xô"] = "Soviet Union",
        ["việt nam"] = "Vietnam", ["ngoại kavkaz"] = "Transcaucasia", ["nam kavkaz"] = "Transcaucasia", ["điện kremlin"] = "Kremlin",
        ["bộ ngoại giao"] = "foreign ministry", ["bộ ngoại giao mỹ"] = "State Department", ["bng mỹ"] = "State Department", ["bng"] = "foreign ministry",
        ["chính sách đối ngoại"] = "foreign policy", ["người đứng đầu"] = "head", ["đứng đầu"] = "heads", ["lãnh đạo"] = "leader",
        ["tổng thống"] = "president", ["người phát ngôn"] = "spokeswoman", ["phát ngôn viên"] = "spokeswoman", ["phát ngôn"] = "spokeswoman",
        ["vùng ly khai"] = "breakaway region", ["ly khai"] = "breakaway", ["thành phố"] = "city", ["thủ đô"] = "capital",
        ["chế độ chiếm đóng"] = "occupation regime", ["chiếm đóng"] = "occupation", ["quốc tế"] = "international", ["các nước"] = "countries",
        ["các bên"] = "the parties", ["phía"] = "",
        ["thế giới"] = "the world", ["vụ này"] = "this", ["đoàn nga"] = "Russian delegation", ["phái đoàn nga"] = "Russian delegation",
        ["đồng chủ tịch"] = "co-chairs", ["hội đàm"] = "talks", ["đồng tiền"] = "currency", ["đoàn nào"] = "which delegations",
        // The treaty and its signing.
        ["hiệp ước"] = "treaty", ["hiệp định"] = "treaty", ["thỏa thuận"] = "agreement", ["thoả thuận"] = "agreement", ["ký kết"] = "signed",
        ["đứng ra ký"] = "signed", ["ngày ký"] = "signing date", ["lễ ký"] = "signing ceremony", ["địa điểm"] = "place", ["địa điểm ký kết"] = "place of signing",
        ["liên minh"] = "alliance", ["hội nhập"] = "integration", ["sâu hơn"] = "deeper", ["dự thảo"] = "draft", ["ban đầu"] = "initial",
        ["bản cuối"] = "final text", ["bản ký"] = "the one signed", ["so với"] = "compared with", ["so vs"] = "compared with", ["khác gì"] = "difference",
        ["trước đó"] = "before", ["4 tháng trước đó"] = "four months before", ["phê chuẩn"] = "ratified", ["điều khoản"] = "clauses",
        ["quy định"] = "provides", ["hiệu lực"] = "valid", ["có hiệu lực"] = "valid", ["kéo dài"] = "lasts", ["thời hạn"] = "term", ["hết hạn"] = "expires",
        ["gia hạn"] = "extended", ["trùng ngày"] = "coincide with day", ["trùng dịp"] = "coincide occasion", ["kỷ niệm"] = "anniversary", ["kỉ niệm"] = "anniversary",
        ["ki niem"] = "anniversary", ["đặc biệt"] = "special", ["sáp nhập"] = "annex", ["nhập vào"] = "become part of", ["thành 1 phần"] = "become part",
        ["thành một phần"] = "become part", ["nhắc tới"] = "mentioned", ["nhắc đến"] = "mentioned", ["ngữ cảnh"] = "context",
        ["bản dự thảo"] = "draft", ["đầu tiên"] = "first", ["đi ngược"] = "contrary to", ["phụ trách"] = "in charge of", ["đơn vị"] = "units",
        ["bao nhiêu rúp"] = "how many rubles", ["bao nhiêu lính"] = "how many soldiers", ["yêu cầu"] = "asked", ["giải quyết"] = "resolve",
        ["dự họp"] = "attended", ["gia nhập"] = "join", ["lấy lại"] = "take back", ["ủng hộ"] = "support",
        // Defence and the armed forces.
        ["quốc phòng"] = "defense", ["bảo vệ"] = "defend", ["an ninh"] = "security", ["chịu trách nhiệm"] = "responsible", ["trách nhiệm"] = "responsible",
        ["quân đội"] = "army", ["lực lượng vũ trang"] = "armed forces", ["cơ quan an ninh"] = "security agencies", ["biên giới"] = "border",
        ["lính biên phòng"] = "border troops", ["biên phòng"] = "border troops", ["vai trò"] = "role", ["đóng quân"] = "troops stationed",
        // Money.
        ["tiền"] = "money", ["số tiền"] = "amount of money", ["tiền đầu tư"] = "investment money", ["đầu tư"] = "investment", ["cam kết"] = "pledged",
        ["hứa hẹn"] = "promised", ["phát triển kinh tế xã hội"] = "socio-economic development", ["phát triển kt xh"] = "socio-economic development",
        ["kt xh"] = "socio-economic", ["phát triển"] = "development", ["tỷ rúp"] = "billion rubles", ["tỉ rúp"] = "billion rubles", ["cuối 2017"] = "end of 2017",
        ["đến cuối"] = "by the end of", ["tỉ giá"] = "exchange rate", ["tỷ giá"] = "exchange rate", ["đổi ra"] = "convert to",
        // Reactions.
        ["phản ứng"] = "react", ["phản đối"] = "oppose", ["lên án"] = "condemn", ["công nhận"] = "recognize", ["tuyên bố"] = "statement",
        ["kêu gọi"] = "call on", ["nêu vấn đề"] = "raised the issue", ["vấn đề"] = "issue", ["cấm vận"] = "sanctions", ["quan hệ"] = "relations",
        ["cắt quan hệ"] = "cut relations", ["độc lập"] = "independence", ["trưng cầu dân ý"] = "referendum", ["nhắc nhở"] = "warned",
        // The talks in Geneva.
        ["đàm phán"] = "talks", ["cuộc họp"] = "meeting", ["thảo luận"] = "discussions", ["thảo luận quốc tế"] = "international discussions",
        ["đồng chủ trì"] = "co-chaired", ["chủ trì"] = "chaired", ["tham dự"] = "attended", ["tham gia"] = "participated", ["có mặt"] = "present",
        ["đại diện"] = "representatives", ["phái đoàn"] = "delegation", ["trưởng đoàn"] = "head of the delegation", ["dẫn đầu"] = "headed",
        ["lo ngại"] = "concerned", ["tập trận"] = "military exercises", ["trái với"] = "contrary to", ["tình hình"] = "situation",
        ["ổn định"] = "stable", ["biển cảnh báo"] = "warning signs", ["biển báo"] = "warning signs", ["cảnh báo"] = "warning", ["kết quả"] = "outcome",
        ["thống nhất"] = "agreed", ["đồng ý"] = "agreed", ["đạt được"] = "achieved", ["đạt đc"] = "achieved", ["cuối cùng"] = "finally",
        ["vòng đàm phán"] = "round of talks", ["tiếp theo"] = "next", ["họp tiếp"] = "meet again", ["lần họp sau"] = "next meeting",
        ["vòng sau"] = "next round", ["có lịch"] = "scheduled", ["lịch"] = "schedule", ["họp xong"] = "of the talks", ["sau họp"] = "of the talks",
    }), Plain), hyphens: true);

    // One syllable each, as written; each also typed plain, where the plain form is no other entry's.
    private static readonly Dictionary<string, string> Words = ReaderTables.WithPlainForms(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Question words.
        ["ai"] = "who", ["gì"] = "what", ["j"] = "what", ["nào"] = "which", ["đâu"] = "where", ["sao"] = "how", ["mấy"] = "how many",
        ["bn"] = "how much",
        // The article's names and things.
        ["nga"] = "Russia", ["mỹ"] = "US", ["gruzia"] = "Georgia", ["grudia"] = "Georgia", ["lhq"] = "UN", ["đức"] = "Germany", ["pháp"] = "France",
        ["nhật"] = "Japan", ["hàn"] = "Korea", ["úc"] = "Australia", ["đài"] = "Taiwan", ["vn"] = "Vietnam",
        ["ký"] = "signed", ["kí"] = "signed", ["ky"] = "signed", ["ki"] = "signed", ["hứa"] = "promised", ["rót"] = "allocated", ["chi"] = "spend",
        ["rúp"] = "rubles", ["tỷ"] = "billion", ["tỉ"] = "billion", ["triệu"] = "million", ["đô"] = "dollars",
        ["năm"] = "years", ["tháng"] = "month", ["ngày"] = "day", ["tên"] = "name", ["bài"] = "article", ["viết"] = "wrote", ["họp"] = "meeting",
        ["vòng"] = "round", ["vụ"] = "", ["quân"] = "army", ["canh"] = "guards", ["lo"] = "take care of", ["sợ"] = "fear", ["lấy"] = "take",
        ["phá"] = "damaging", ["tình"] = "situation", ["nước"] = "country", ["vùng"] = "region", ["thuộc"] = "belongs to", ["người"] = "person",
        ["giống"] = "similar", ["khác"] = "different", ["sửa"] = "revised", ["hơn"] = "more", ["trước"] = "before", ["sau"] = "after",
        ["nhắc"] = "mention", ["trùng"] = "coincide", ["dịp"] = "occasion", ["đoàn"] = "delegation", ["tuổi"] = "age",
        ["coi"] = "consider", ["giờ"] = "now", ["hết"] = "end",
        ["vừa"] = "just", ["lại"] = "", ["chiếm"] = "seize", ["cấp"] = "give", ["lính"] = "soldiers", ["đóng"] = "stationed", ["vợ"] = "wife",
        ["chuyện"] = "", ["xong"] = "", ["thôi"] = "", ["ad"] = "", ["thành"] = "become", ["dự"] = "attend",
        // Function words.
        ["là"] = "is", ["có"] = "", ["không"] = "", ["ko"] = "", ["k"] = "", ["chưa"] = "yet", ["được"] = "", ["đc"] = "", ["dc"] = "",
        ["với"] = "with", ["vs"] = "with", ["và"] = "and", ["hay"] = "or", ["hoặc"] = "or", ["của"] = "of", ["về"] = "about",
        ["cho"] = "to", ["trong"] = "in", ["ở"] = "in", ["tại"] = "in", ["theo"] = "under", ["do"] = "", ["bởi"] = "by", ["bị"] = "",
        ["sẽ"] = "will", ["đã"] = "", ["này"] = "this", ["đó"] = "that", ["đây"] = "this", ["các"] = "", ["những"] = "", ["cái"] = "",
        ["thì"] = "", ["mà"] = "", ["cũng"] = "also", ["giữa"] = "between", ["từ"] = "since", ["vào"] = "into", ["ra"] = "",
        ["họ"] = "they", ["m"] = "you", ["bạn"] = "you", ["mày"] = "you", ["t"] = "I", ["tôi"] = "I", ["mình"] = "I", ["em"] = "", ["dạ"] = "", ["xin"] = "",
        ["bên"] = "", ["rồi"] = "", ["ông"] = "", ["bà"] = "", ["anh"] = "", ["chị"] = "", ["phải"] = "must", ["nên"] = "should", ["thêm"] = "more", ["việc"] = "",
        ["nói"] = "say", ["bảo"] = "say", ["cứ"] = "", ["vậy"] = "", ["v"] = "", ["z"] = "", ["thế"] = "", ["nhé"] = "", ["nhe"] = "",
        ["nha"] = "", ["ạ"] = "", ["à"] = "", ["hả"] = "", ["ha"] = "", ["ơi"] = "", ["oi"] = "", ["đi"] = "", ["mn"] = "", ["ae"] = "",
        ["nhỉ"] = "", ["luôn"] = "", ["giúp"] = "", ["kể"] = "tell", ["chỉ"] = "show", ["dùm"] = "", ["vô"] = "into",
        // The bot and small talk.
        ["chào"] = "hello", ["alo"] = "hello", ["tks"] = "thanks", ["oki"] = "ok", ["pp"] = "bye", ["bai"] = "bye",
        ["nghĩ"] = "think", ["biết"] = "know",
    }, Plain);
}
