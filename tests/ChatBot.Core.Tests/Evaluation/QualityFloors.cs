namespace ChatBot.Core.Tests.Evaluation;

/// <summary>The floors each evaluation set must meet; raise them when quality improves, never lower them quietly.</summary>
/// <remarks>
/// eval-set is the set the thresholds were chosen on. Every holdout set was written by someone who saw neither the
/// intents, the engine nor the other sets, measured once while unseen (README, "Quality"), then used to find engine
/// bugs. holdout20 and holdout21 were measured unseen on ab681b1, holdout22 and holdout23 on 6e6ba82 (README,
/// "Quality"), before they were used; holdout24 and holdout25 were measured unseen on 8db667d. holdout26 and holdout27
/// were measured unseen on 9809c98 and then used; holdout28 to holdout31 were measured unseen on 9809c98 and f35f953,
/// then used (holdout30 and holdout31 after a last unseen measurement on 0ecb10e); holdout32 and holdout33 were measured
/// unseen on 9809c98, 0ecb10e and 8f4eb74, then used from a0eeb62 on. holdout34, 35 and 40 to 43 were measured unseen
/// on a0eeb62 and once more mid-session, then used; holdout36 to 39 stayed sealed until the final measurement on 443268f.
/// holdout44 to 49 were measured unseen on 0febb57; holdout48 and 49 were then used, holdout44 to 47 stayed sealed
/// (their totals were read once mid-session, README "Quality") until the final measurement on the engine that added them.
/// holdout50 to 53 were measured unseen on 0febb57 and e27f2f6, then used from fd6000f on. holdout62 (academics' long
/// questions) was written and measured on fd6000f to stand in for the sealed holdout61 of the same register, then used.
/// holdout54 to 61 were measured unseen on fd6000f and on 1496665 (README "Quality"), then used from 1496665 on; holdout63
/// to 70 were measured unseen on 1496665 and 650df92, then used from 650df92 on. holdout71 to 75 were written in the registers of the sealed sets that did worst
/// (chat slang, learners of English, children, telegraphic chat, elderly letter writers), measured on 1496665, then used;
/// holdout76 and 77 (teenage gamers, young children) likewise, mid-session. holdout86 to 89 were written in the registers
/// of the sealed holdout78 to 85 that did worst (postgraduates of law, Romance-language learners of English, elderly forum
/// posters, newsroom editors), measured on 650df92, then used.
/// holdout78 to 85 were measured unseen on 650df92 and 3686695 (README "Quality"), then used from 3686695 on.
/// holdout98 to 102 were written in the registers of the sealed holdout90 to 97 that did worst (retired diplomats, podcast
/// listeners' long messages, librarians relaying patrons, Russian speakers, business analysts), measured on 3686695, then used.
/// holdout90 to 97 were measured unseen on 3686695, 25cf06c and d71541d (README "Quality"), then used from d71541d on.
/// holdout111 to 115 were written in the registers of the sealed holdout90 to 97 and 103 to 110 that did worst (retired
/// diplomats, podcast listeners, business analysts, doubters with loaded questions, older readers' letters), measured on
/// d71541d, then used.
/// holdout116 to 123 were measured unseen on cbf9d5a and on 5a396a0 (README "Quality"), then joined the suite. holdout124
/// to 128 were written in the registers of the sealed sets that did worst (readers arguing in comments, grandchildren
/// typing for grandparents, veterans and defence analysts, second-language speakers, one-handed commuters), measured on
/// cbf9d5a, then used. holdout129 to 136 were measured unseen on 30e40b2 and on the engine that added them (README
/// "Quality"), then joined the suite. holdout137 to 144 were written in new registers (sceptical commenters, East Asian
/// learners, retired diplomats, gamers, Reddit commenters, Indian English, older Facebook users, West African Pidgin),
/// measured on 30e40b2, then used. holdout145 to 152 were measured unseen on c3e2e0b and on the engine that added them,
/// then joined the suite; holdout153 to 158 were written in new registers (Polish and Baltic speakers, helpdesk-style
/// emails, Spanglish, questions relayed for someone else, Taglish, Caribbean English), measured on c3e2e0b, then used.
/// holdout159 to 166 were measured unseen on aa97643 and on the engine that added them, then joined the suite; holdout167
/// to 173 were written in their registers or new ones (Hinglish, Singlish, Quebec French, Brazilian Portuguese,
/// children, bot testers, South Africans), measured before the readers for them were written, then used. holdout39 lost
/// one answer when "Who is Sally Bokhua?" became a near miss (13 sets label it out of scope). holdout174 to 181 were
/// measured unseen on b9a8154 and on the engine that added them, then joined the suite; holdout182 to 189 were written in
/// their registers (Russian, Arabizi, Italian, German, long chatty messages, Spanish, Gen Z slang, fact-checkers),
/// measured on b9a8154, then used. holdout129 lost two answers and one wrong fact when guesses offered after a question
/// ("Ossetian? Russian?") stopped being asked on their own. holdout190 to 197 were measured unseen on 1b15bb5 and on the
/// engine that added them, then joined the suite; holdout198 to 205 were written in their registers (formal questions,
/// quiz items, descriptions instead of names, newsroom checks, partisan commenters, second-language English, thumb
/// typists, why-questions), measured on 1b15bb5, then used. Floors are the figures measured on the engine that added
/// them; a few sets lost an answer or gained a wrong fact in trades the suite as a whole gained on (README "Quality").
/// </remarks>
internal static class QualityFloors
{
    public static readonly IReadOnlyDictionary<string, Floors> BySet = new Dictionary<string, Floors>
    {
        ["eval-set"] = new(InScopeAccuracy: 0.99, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 0),
        ["holdout-set"] = new(InScopeAccuracy: 0.99, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 0),
        ["holdout2-set"] = new(InScopeAccuracy: 0.99, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 0),
        ["holdout3-set"] = new(InScopeAccuracy: 0.98, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 0),
        ["holdout4-set"] = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 2),
        ["holdout5-set"] = new(InScopeAccuracy: 0.99, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 2),
        ["holdout6-set"] = new(InScopeAccuracy: 0.95, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 1),
        ["holdout7-set"] = new(InScopeAccuracy: 0.98, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 2),
        ["holdout8-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 3),
        ["holdout9-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 2),
        ["holdout10-set"] = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 2),
        ["holdout11-set"] = new(InScopeAccuracy: 0.99, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 0),
        ["holdout12-set"] = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 2),
        ["holdout13-set"] = new(InScopeAccuracy: 0.98, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 1),
        ["holdout14-set"] = new(InScopeAccuracy: 0.95, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 1),
        ["holdout15-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 1),
        ["holdout16-set"] = new(InScopeAccuracy: 0.98, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 1),
        ["holdout17-set"] = new(InScopeAccuracy: 0.99, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 2),
        ["holdout18-set"] = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 1),
        ["holdout19-set"] = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 1),
        ["holdout20-set"] = new(InScopeAccuracy: 0.97, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 0),
        ["holdout21-set"] = new(InScopeAccuracy: 0.98, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 0),
        ["holdout22-set"] = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 0),
        ["holdout23-set"] = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 4),
        ["holdout24-set"] = new(InScopeAccuracy: 0.95, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 1),
        ["holdout25-set"] = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 3),
        ["holdout26-set"] = new(InScopeAccuracy: 0.98, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 3),
        ["holdout27-set"] = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 0.99, MaxWrongAnswers: 1),
        ["holdout28-set"] = new(InScopeAccuracy: 0.89, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 4),
        ["holdout29-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 3),
        ["holdout30-set"] = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 2),
        ["holdout31-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 1),
        ["holdout32-set"] = new(InScopeAccuracy: 0.95, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 2),
        ["holdout33-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 1),
        ["holdout34-set"] = new(InScopeAccuracy: 0.95, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 1),
        ["holdout35-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 4),
        ["holdout36-set"] = new(InScopeAccuracy: 0.97, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 0),
        ["holdout37-set"] = new(InScopeAccuracy: 0.97, OutOfScopeDeclineRate: 0.95, MaxWrongAnswers: 6),
        ["holdout38-set"] = new(InScopeAccuracy: 0.79, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 1),
        ["holdout39-set"] = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 3),
        ["holdout40-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 1),
        ["holdout41-set"] = new(InScopeAccuracy: 0.98, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 0),
        ["holdout42-set"] = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 0.92, MaxWrongAnswers: 9),
        ["holdout43-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 0.95, MaxWrongAnswers: 8),
        ["holdout44-set"] = new(InScopeAccuracy: 0.89, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 6),
        ["holdout45-set"] = new(InScopeAccuracy: 0.86, OutOfScopeDeclineRate: 0.95, MaxWrongAnswers: 6),
        ["holdout46-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 6),
        ["holdout47-set"] = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 1),
        ["holdout48-set"] = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 3),
        ["holdout49-set"] = new(InScopeAccuracy: 0.91, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 5),
        ["holdout50-set"] = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 5),
        ["holdout51-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 2),
        ["holdout52-set"] = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 0),
        ["holdout53-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 5),
        ["holdout54-set"] = new(InScopeAccuracy: 0.95, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 2),
        ["holdout55-set"] = new(InScopeAccuracy: 0.90, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 5),
        ["holdout56-set"] = new(InScopeAccuracy: 0.95, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 2),
        ["holdout57-set"] = new(InScopeAccuracy: 0.90, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 3),
        ["holdout58-set"] = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 2),
        ["holdout59-set"] = new(InScopeAccuracy: 0.91, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 3),
        ["holdout60-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 3),
        ["holdout61-set"] = new(InScopeAccuracy: 0.60, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 4),
        ["holdout62-set"] = new(InScopeAccuracy: 0.66, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 2),
        ["holdout63-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 0.92, MaxWrongAnswers: 10),
        ["holdout64-set"] = new(InScopeAccuracy: 0.86, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 6),
        ["holdout65-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 0.94, MaxWrongAnswers: 6),
        ["holdout66-set"] = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 5),
        ["holdout67-set"] = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 2),
        ["holdout68-set"] = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 4),
        ["holdout69-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 4),
        ["holdout70-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 0.94, MaxWrongAnswers: 8),
        ["holdout71-set"] = new(InScopeAccuracy: 0.95, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 0),
        ["holdout72-set"] = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 3),
        ["holdout73-set"] = new(InScopeAccuracy: 0.84, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 4),
        ["holdout74-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 6),
        ["holdout75-set"] = new(InScopeAccuracy: 0.84, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 6),
        ["holdout76-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 0.95, MaxWrongAnswers: 7),
        ["holdout77-set"] = new(InScopeAccuracy: 0.91, OutOfScopeDeclineRate: 0.94, MaxWrongAnswers: 6),
        ["holdout78-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 5),
        ["holdout79-set"] = new(InScopeAccuracy: 0.89, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 2),
        ["holdout80-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 0.93, MaxWrongAnswers: 6),
        ["holdout81-set"] = new(InScopeAccuracy: 0.90, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 2),
        ["holdout82-set"] = new(InScopeAccuracy: 0.74, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 4),
        ["holdout83-set"] = new(InScopeAccuracy: 0.87, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 1),
        ["holdout84-set"] = new(InScopeAccuracy: 0.87, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 4),
        ["holdout85-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 1),
        ["holdout86-set"] = new(InScopeAccuracy: 0.71, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 3),
        ["holdout87-set"] = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 4),
        ["holdout88-set"] = new(InScopeAccuracy: 0.85, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 4),
        ["holdout89-set"] = new(InScopeAccuracy: 0.91, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 6),
        ["holdout90-set"] = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 2),
        ["holdout91-set"] = new(InScopeAccuracy: 0.91, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 1),
        ["holdout92-set"] = new(InScopeAccuracy: 0.90, OutOfScopeDeclineRate: 0.95, MaxWrongAnswers: 7),
        ["holdout93-set"] = new(InScopeAccuracy: 0.87, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 5),
        ["holdout94-set"] = new(InScopeAccuracy: 0.70, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 1),
        ["holdout95-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 3),
        ["holdout96-set"] = new(InScopeAccuracy: 0.75, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 6),
        ["holdout97-set"] = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 1),
        ["holdout98-set"] = new(InScopeAccuracy: 0.73, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 5),
        ["holdout99-set"] = new(InScopeAccuracy: 0.79, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 3),
        ["holdout100-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 3),
        ["holdout101-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 5),
        ["holdout102-set"] = new(InScopeAccuracy: 0.90, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 1),
        ["holdout111-set"] = new(InScopeAccuracy: 0.66, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 4),
        ["holdout112-set"] = new(InScopeAccuracy: 0.84, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 3),
        ["holdout113-set"] = new(InScopeAccuracy: 0.85, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 2),
        ["holdout114-set"] = new(InScopeAccuracy: 0.79, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 8),
        ["holdout115-set"] = new(InScopeAccuracy: 0.90, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 5),
        ["holdout116-set"] = new(InScopeAccuracy: 0.97, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 1),
        ["holdout117-set"] = new(InScopeAccuracy: 0.88, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 4),
        ["holdout118-set"] = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 3),
        ["holdout119-set"] = new(InScopeAccuracy: 0.89, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 3),
        ["holdout120-set"] = new(InScopeAccuracy: 0.91, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 2),
        ["holdout121-set"] = new(InScopeAccuracy: 0.84, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 3),
        ["holdout122-set"] = new(InScopeAccuracy: 0.88, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 5),
        ["holdout123-set"] = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 1),
        ["holdout124-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 3),
        ["holdout125-set"] = new(InScopeAccuracy: 0.88, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 3),
        ["holdout126-set"] = new(InScopeAccuracy: 0.84, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 4),
        ["holdout127-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 4),
        ["holdout128-set"] = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 3),
        ["holdout129-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 4),
        ["holdout130-set"] = new(InScopeAccuracy: 0.90, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 2),
        ["holdout131-set"] = new(InScopeAccuracy: 0.90, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 1),
        ["holdout132-set"] = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 3),
        ["holdout133-set"] = new(InScopeAccuracy: 0.84, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 1),
        ["holdout134-set"] = new(InScopeAccuracy: 0.88, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 2),
        ["holdout135-set"] = new(InScopeAccuracy: 0.84, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 1),
        ["holdout136-set"] = new(InScopeAccuracy: 0.90, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 1),
        ["holdout137-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 3),
        ["holdout138-set"] = new(InScopeAccuracy: 0.95, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 2),
        ["holdout139-set"] = new(InScopeAccuracy: 0.85, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 5),
        ["holdout140-set"] = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 0),
        ["holdout141-set"] = new(InScopeAccuracy: 0.88, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 4),
        ["holdout142-set"] = new(InScopeAccuracy: 0.91, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 5),
        ["holdout143-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 6),
        ["holdout144-set"] = new(InScopeAccuracy: 0.79, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 7),
        ["holdout145-set"] = new(InScopeAccuracy: 0.88, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 7),
        ["holdout146-set"] = new(InScopeAccuracy: 0.91, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 4),
        ["holdout147-set"] = new(InScopeAccuracy: 0.75, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 6),
        ["holdout148-set"] = new(InScopeAccuracy: 0.83, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 9),
        ["holdout149-set"] = new(InScopeAccuracy: 0.86, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 4),
        ["holdout150-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 9),
        ["holdout151-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 3),
        ["holdout152-set"] = new(InScopeAccuracy: 0.84, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 11),
        ["holdout153-set"] = new(InScopeAccuracy: 0.91, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 2),
        ["holdout154-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 2),
        ["holdout155-set"] = new(InScopeAccuracy: 0.95, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 2),
        ["holdout156-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 1),
        ["holdout157-set"] = new(InScopeAccuracy: 0.83, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 6),
        ["holdout158-set"] = new(InScopeAccuracy: 0.85, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 8),
        ["holdout159-set"] = new(InScopeAccuracy: 0.81, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 6),
        ["holdout160-set"] = new(InScopeAccuracy: 0.83, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 10),
        ["holdout161-set"] = new(InScopeAccuracy: 0.85, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 2),
        ["holdout162-set"] = new(InScopeAccuracy: 0.85, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 9),
        ["holdout163-set"] = new(InScopeAccuracy: 0.90, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 4),
        ["holdout164-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 3),
        ["holdout165-set"] = new(InScopeAccuracy: 0.95, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 2),
        ["holdout166-set"] = new(InScopeAccuracy: 0.86, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 6),
        ["holdout167-set"] = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 0),
        ["holdout168-set"] = new(InScopeAccuracy: 0.88, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 6),
        ["holdout169-set"] = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 2),
        ["holdout170-set"] = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 1),
        ["holdout171-set"] = new(InScopeAccuracy: 0.90, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 6),
        ["holdout172-set"] = new(InScopeAccuracy: 0.90, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 4),
        ["holdout173-set"] = new(InScopeAccuracy: 0.91, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 3),
        ["holdout174-set"] = new(InScopeAccuracy: 0.86, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 7),
        ["holdout175-set"] = new(InScopeAccuracy: 0.81, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 6),
        ["holdout176-set"] = new(InScopeAccuracy: 0.88, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 7),
        ["holdout177-set"] = new(InScopeAccuracy: 0.86, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 4),
        ["holdout178-set"] = new(InScopeAccuracy: 0.86, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 3),
        ["holdout179-set"] = new(InScopeAccuracy: 0.83, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 3),
        ["holdout180-set"] = new(InScopeAccuracy: 0.81, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 10),
        ["holdout181-set"] = new(InScopeAccuracy: 0.80, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 3),
        ["holdout182-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 4),
        ["holdout183-set"] = new(InScopeAccuracy: 0.98, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 2),
        ["holdout184-set"] = new(InScopeAccuracy: 0.95, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 2),
        ["holdout185-set"] = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 2),
        ["holdout186-set"] = new(InScopeAccuracy: 0.81, OutOfScopeDeclineRate: 0.95, MaxWrongAnswers: 8),
        ["holdout187-set"] = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 0),
        ["holdout188-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 3),
        ["holdout189-set"] = new(InScopeAccuracy: 0.89, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 5),
        ["holdout190-set"] = new(InScopeAccuracy: 0.81, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 2),
        ["holdout191-set"] = new(InScopeAccuracy: 0.87, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 7),
        ["holdout192-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 1),
        ["holdout193-set"] = new(InScopeAccuracy: 0.82, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 6),
        ["holdout194-set"] = new(InScopeAccuracy: 0.85, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 2),
        ["holdout195-set"] = new(InScopeAccuracy: 0.86, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 4),
        ["holdout196-set"] = new(InScopeAccuracy: 0.92, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 3),
        ["holdout197-set"] = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 4),
        ["holdout198-set"] = new(InScopeAccuracy: 0.89, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 4),
        ["holdout199-set"] = new(InScopeAccuracy: 0.95, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 3),
        ["holdout200-set"] = new(InScopeAccuracy: 0.91, OutOfScopeDeclineRate: 0.96, MaxWrongAnswers: 5),
        ["holdout201-set"] = new(InScopeAccuracy: 0.90, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 3),
        ["holdout202-set"] = new(InScopeAccuracy: 0.86, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 0),
        ["holdout203-set"] = new(InScopeAccuracy: 0.88, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 1),
        ["holdout204-set"] = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 0.95, MaxWrongAnswers: 5),
        ["holdout205-set"] = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 1.00, MaxWrongAnswers: 4),
    };

    internal sealed record Floors(double InScopeAccuracy, double OutOfScopeDeclineRate, int MaxWrongAnswers);
}
