namespace SiteGen.Search.Analysis;

/// <summary>
/// The pinyin a caller may type for a name, and the words it stands for: every word of two or more
/// ideographs of the programmes' names (title, aliases, kind, regions) and every synonym word, by its
/// full readings (dibao → 低保, gaolingjintie → 高龄津贴) and, for words of three or more characters, its
/// initials (gljt → 高龄津贴; two initials would stand for too many words). A query's letters are
/// matched against these forms, and the words found are searched as if typed, synonyms included.
/// The same forms catch a homophone typed by mistake (底保 reads dibao, 残急人 canjiren): see
/// <see cref="SoundOf"/>. The export writes the same maps (pinyin/, readings/) for the browser.
/// </summary>
public sealed class PinyinWords
{
    private readonly Dictionary<string, IReadOnlyList<string>> _terms;
    private readonly Dictionary<char, string> _sounds = [];

    /// <param name="words">The name words and synonym words, folded.</param>
    /// <param name="synonyms">Expands each word found, as for a typed word.</param>
    public PinyinWords(IEnumerable<string> words, PinyinTable table, SynonymTable synonyms)
    {
        var byForm = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var syllables = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words.Distinct(StringComparer.Ordinal))
            foreach (var form in Forms(word, table, syllables))
            {
                if (!byForm.TryGetValue(form, out var set)) byForm[form] = set = new SortedSet<string>(StringComparer.Ordinal);
                set.Add(word);
            }
        _terms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (form, set) in byForm)
        {
            var terms = new List<string>(set);
            foreach (var word in set)
                foreach (var variant in synonyms.VariantsOf(word))
                    if (!terms.Contains(variant)) terms.Add(variant);
            _terms[form] = terms;
        }
        MaxLength = _terms.Count == 0 ? 0 : _terms.Keys.Max(f => f.Length);
        // A character whose customary reading is in no form cannot help a homophone match a name; one outside general
        // use is no character a keyboard offers by mistake (and each reading is downloaded with the word pieces).
        foreach (var (c, readings) in table.All)
            if (syllables.Contains(readings[0]) && GeneralCharacters.Default.Contains(c)) _sounds[c] = readings[0];
    }

    public static PinyinWords Empty { get; } = new([], PinyinTable.Default, SynonymTable.Empty);

    public int MaxLength { get; }

    /// <summary>Every form with the words it is searched as (the words it reads as, then their synonyms), forms in ordinal order.</summary>
    public IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> All => _terms.OrderBy(p => p.Key, StringComparer.Ordinal);

    public bool Contains(string letters) => _terms.ContainsKey(letters);

    /// <summary>The words a form is searched as; empty when it is no form.</summary>
    public IReadOnlyList<string> TermsOf(string letters) => _terms.TryGetValue(letters, out var t) ? t : [];

    /// <summary>
    /// The customary reading of an ideograph of general use (<see cref="GeneralCharacters"/>) when it is a syllable of some form, else null. A run of
    /// ideographs that matches no word but whose readings spell a form is taken as that form: callers
    /// pick a wrong character of the right sound from the phone keyboard's list.
    /// </summary>
    public string? SoundOf(char c) => _sounds.GetValueOrDefault(c);

    /// <summary>Every ideograph with the reading <see cref="SoundOf"/> gives it, in code order.</summary>
    public IEnumerable<KeyValuePair<char, string>> Sounds => _sounds.OrderBy(p => p.Key);

    /// <summary>A word's pinyin forms: each reading joined, then (three or more characters) each reading's initials.</summary>
    public static IReadOnlyList<string> Forms(string word, PinyinTable table) => Forms(word, table, null);

    private static IReadOnlyList<string> Forms(string word, PinyinTable table, HashSet<string>? syllables)
    {
        if (word.Length < 2 || !word.All(CharClass.IsCjk)) return [];
        var readings = table.Readings(word);
        if (syllables is not null) foreach (var r in readings) syllables.UnionWith(r);
        var forms = readings.Select(r => string.Concat(r));
        if (word.Length >= 3) forms = forms.Concat(readings.Select(r => string.Concat(r.Select(s => s[0]))));
        return forms.Distinct(StringComparer.Ordinal).ToList();
    }
}
