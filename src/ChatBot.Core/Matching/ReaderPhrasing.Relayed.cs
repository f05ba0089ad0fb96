using System.Text.RegularExpressions;

namespace ChatBot.Core.Matching;

internal static partial class ReaderPhrasing
{
    /// <summary>
    /// <paramref name="text"/> without the frame of a question relayed for someone else: "my teacher asked us who signed
    /// it" asks who signed it, "my dad wants to know how much Russia pledged" how much, "coworker asked me if Putin signed
    /// it personally" whether he did, "how old is Karasin? my friend asks" and "..., asking for a friend" only how old he
    /// is. Who passes the question on says nothing of what is asked, and a frame left in place read as a question of its
    /// own ("my uncle asks" is no near miss of anything).
    /// </summary>
    public static string WithoutRelay(string text)
    {
        if (!HasAny(text, "ask", "know", "need", "wonder", "friend"))
        {
            return text;
        }

        text = TrailingRelay().Replace(text, string.Empty);
        return LeadingRelay().Replace(text, m =>
            m.Groups["check"].Success ? "is it true that "
            : m.Groups["thing"].Success ? "what is "
            : string.Empty);
    }

    // Who passes a question on: family, school, work and friends.
    private const string Relayer = @"(?:teacher|prof|professor|lecturer|tutor|dad|father|mom|mum|mother|grandma|grandpa|granny|grandmother|grandfather|husband|wife|son|daughter|uncle|aunt|auntie|cousin|niece|nephew|friend|mate|buddy|boss|manager|coworker|co-worker|colleague|gf|bf|girlfriend|boyfriend|partner|brother|sister|bro|sis|neighbou?r|study\s+group|class|classmate|kid|kids|student|students|someone|somebody|client|editor|supervisor|roommate|flatmate|parents|folks)";

    [GeneratedRegex(@"^\W*(?:(?:my|our|a|the|one\s+of\s+my)\s+)?(?:[\p{L}']+\s+){0,2}?" + Relayer + @"(?:'s)?\s+(?:keeps\s+asking|is\s+asking|was\s+asking|asked|asks|wants\s+to\s+know|wanted\s+to\s+know|would\s+like\s+to\s+know|needs\s+to\s+know|is\s+wondering|was\s+wondering|wonders|wondered)(?:\s+(?:me|us|him|her|them))?(?:\s+to\s+(?:find\s+out|ask(?:\s+you)?|look\s+up|check))?(?:\s+(?<check>if|whether)\b\s*|\s+(?<thing>for|about)\s+(?=the\b)|\s+(?=(?:who|what|when|where|which|why|how|whose|whom)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingRelay();

    [GeneratedRegex(@"(?<=[?.!,])\s*(?:(?:my|our|a)\s+)?(?:[\p{L}']+\s+)?" + Relayer + @"\s+(?:asks|asked|is\s+asking|wants\s+to\s+know|wonders|needs\s+(?:it|them|this|to\s+know))\s*[.!]*\s*$|[,\s]*\(?\s*(?:asking|just\s+asking)\s+for\s+(?:a|my)\s+" + Relayer + @"\s*\)?\s*[.!]*\s*$|(?<=[?.!])\s*(?:(?:my|our)\s+)?" + Relayer + @"\s+asked\s*[.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingRelay();
}
