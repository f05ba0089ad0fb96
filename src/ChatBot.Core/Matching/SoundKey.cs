namespace ChatBot.Core.Matching;

/// <summary>
/// How a name sounds, roughly: its consonants with the look-alike spellings folded, so "Tibeeloff" and "Tibilov" share a
/// key, and so do "Mogareeny" and "Mogherini". Hand-written, after Metaphone: no phonetic library is served here
/// (Lucene.Net's phonetic analysis package is not), and a name heard and then typed needs only this much.
/// </summary>
internal static class SoundKey
{
    private static readonly (string Spelling, string Sound)[] Digraphs =
    [
        ("sce", "se"), ("sci", "si"), ("ph", "f"), ("ck", "k"), ("kh", "k"), ("gh", "g"), ("ch", "k"), ("sh", "s"), ("zh", "s"), ("th", "t"), ("qu", "k"),
    ];

    /// <summary>
    /// The key of <paramref name="word"/>: its first letter, then its consonant sounds with repeats dropped, and its number
    /// of syllables, so that consonants alone do not make a name of another word ("Kherson" is not "Karasin").
    /// </summary>
    public static string Of(string word)
    {
        var text = word.ToLowerInvariant();
        // An English ear hears no "t" before an opening "s": "Tskhinvali" is heard "Skinvalley".
        if (text.StartsWith("ts", StringComparison.Ordinal))
        {
            text = text[1..];
        }

        foreach (var (spelling, sound) in Digraphs)
        {
            text = text.Replace(spelling, sound, StringComparison.Ordinal);
        }

        var key = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var sound = Sound(text[i]);
            if (i == 0)
            {
                key.Append(sound ?? text[0]);
            }
            else if (sound is { } consonant && key[^1] != consonant)
            {
                key.Append(consonant);
            }
        }

        return key.Append(':').Append(Syllables(text)).ToString();
    }

    // Groups of vowels: "Ti-bee-loff" has three, like "Ti-bi-lov". A closing "e" after a consonant is silent: "tibby love"
    // has three too, "kara scene" as many as "Karasin".
    private static int Syllables(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsVowel(text, i) && (i == 0 || !IsVowel(text, i - 1)))
            {
                count++;
            }
        }

        var silentE = count > 1 && text.Length > 3 && text[^1] == 'e' && !IsVowel(text, text.Length - 2) && IsVowel(text, text.Length - 3);
        return silentE ? count - 1 : count;
    }

    private static bool IsVowel(string text, int i) => text[i] is 'a' or 'e' or 'i' or 'o' or 'u' || (text[i] == 'y' && i > 0);

    // Vowels and the letters that only colour them (h, w, y) make no sound of their own here.
    private static char? Sound(char letter) => letter switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h' or 'w' => null,
        // "j" too: an English ear spells the soft "g" of "Geneva" as it hears it, "jenny va".
        'c' or 'q' or 'g' or 'j' => 'k',
        'z' or 'x' => 's',
        'v' => 'f',
        'd' => 't',
        'b' => 'p',
        _ when char.IsLetter(letter) => letter,
        _ => null,
    };
}
