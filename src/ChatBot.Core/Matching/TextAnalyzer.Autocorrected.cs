namespace ChatBot.Core.Matching;

internal sealed partial class TextAnalyzer
{
    // A phone's autocorrect puts the nearest word of its own dictionary for a name it does not know: "Genevieve" for
    // Geneva, "osteria" or "Ossie" for Ossetia, "abs hazia" for Abkhazia, "mother ini" for Mogherini, "Psalm" for Psaki,
    // "kerosene" for Karasin, "the treat" or "the tread" for the treaty. Phones make the same replacements for every
    // reader, so they are the article's words again. A replacement that is no everyday word ("genevieve", "osteria",
    // "mother ini") always; an everyday word only where the question points to the name: after its first name
    // ("jen psalm", "leonid tribal"), after a determiner for the treaty ("the treat"), or with another of the article's
    // words in the question ("what did kerosene say in geneva", "what is mongering job").
    private static readonly (string[] Pieces, string Name, Autocorrected When)[] AutocorrectedWords =
    [
        (["genevieve"], "geneva", Autocorrected.Always),
        (["genevieves"], "geneva", Autocorrected.Always),
        (["osteria"], "ossetia", Autocorrected.Always),
        (["ossie"], "ossetia", Autocorrected.Always),
        (["ossies"], "ossetians", Autocorrected.Always),
        (["abs", "haze", "ia"], "abkhazia", Autocorrected.Always),
        (["abs", "hazia"], "abkhazia", Autocorrected.Always),
        (["abc", "hazia"], "abkhazia", Autocorrected.Always),
        (["tsk", "involve"], "tskhinvali", Autocorrected.Always),
        (["sock", "hummus"], "sokhumi", Autocorrected.Always),
        (["mother", "ini"], "mogherini", Autocorrected.Always),
        (["mogul", "ini"], "mogherini", Autocorrected.Always),
        // The tokenizer reads "ini" as the Indonesian "this".
        (["mother", "this"], "mogherini", Autocorrected.Always),
        (["mogul", "this"], "mogherini", Autocorrected.Always),
        (["psalm", "ki"], "psaki", Autocorrected.Always),
        (["mongering"], "mogherini", Autocorrected.WithTheArticle),
        (["psalm"], "psaki", Autocorrected.WithTheArticle),
        (["kerosene"], "karasin", Autocorrected.WithTheArticle),
        (["pesky"], "psaki", Autocorrected.AfterFirstName),
        (["tribal"], "tibilov", Autocorrected.AfterFirstName),
        (["treat"], "treaty", Autocorrected.AfterDeterminer),
        (["treats"], "treaties", Autocorrected.AfterDeterminer),
        (["tread"], "treaty", Autocorrected.AfterDeterminer),
    ];

    private enum Autocorrected
    {
        Always,
        WithTheArticle,
        AfterFirstName,
        AfterDeterminer,
    }

    // The replacements by their first piece: every word of every question is looked up once, so most cost one lookup.
    private static readonly Dictionary<string, (string[] Pieces, string Name, Autocorrected When)[]> AutocorrectedByFirstPiece =
        AutocorrectedWords.GroupBy(entry => entry.Pieces[0], StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);

    private void ReadAutocorrectedWords(List<(string Word, bool Capitalized, bool Possessive)> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!AutocorrectedByFirstPiece.TryGetValue(tokens[i].Word, out var candidates))
            {
                continue;
            }

            foreach (var (pieces, name, when) in candidates)
            {
                if (!StartsAt(tokens, i, pieces))
                {
                    continue;
                }

                var before = i > 0 ? tokens[i - 1].Word : "";
                var fits = when switch
                {
                    Autocorrected.Always => true,
                    // "jen psalm", "leonid tribal", "south ossie": the first name, or "south", just before.
                    Autocorrected.AfterFirstName => before.Length > 0 && AfterItsFirstWord(tokens, i, name),
                    // "the treat", "a treat with abkhazia", "the ossie treat": a thing, not "how does russia treat them".
                    Autocorrected.AfterDeterminer => IsDeterminer(before)
                        || (i >= 2 && IsDeterminer(tokens[i - 2].Word) && MatchPhrase([Stemmer.Stem(before)], 0) is { Key: "south ossetia" or "abkhazia" }),
                    // "fear mongering", "war mongering": the word's own compound, whatever else the question says.
                    _ => before is not ("fear" or "war" or "scare" or "hate" or "rumor" or "rumour")
                        && ((before.Length > 0 && AfterItsFirstWord(tokens, i, name)) || AboutTheArticle(tokens, i, pieces.Length)),
                };
                if (fits)
                {
                    tokens[i] = (name, tokens[i].Capitalized, tokens[i + pieces.Length - 1].Possessive);
                    tokens.RemoveRange(i + 1, pieces.Length - 1);
                    break;
                }
            }
        }
    }

    private static bool StartsAt(List<(string Word, bool Capitalized, bool Possessive)> tokens, int start, string[] pieces)
    {
        if (start + pieces.Length > tokens.Count)
        {
            return false;
        }

        for (var j = 0; j < pieces.Length; j++)
        {
            if (tokens[start + j].Word != pieces[j])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDeterminer(string word) => word is "the" or "a" or "this" or "that" or "two" or "both" or "which" or "what" or "whole" or "new";

    // Another word of the question is one of the article's: a word its vocabulary knows ("say" for said, "job").
    private bool AboutTheArticle(List<(string Word, bool Capitalized, bool Possessive)> tokens, int start, int count) =>
        tokens.Where((_, j) => j < start || j >= start + count)
            .Any(t => !WordLists.StopWords.Contains(t.Word) && t.Word.All(char.IsLetter) && MatchPhrase([Stemmer.Stem(t.Word)], 0) is not null);
}
