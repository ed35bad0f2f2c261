using System.Reflection;

namespace SiteGen.Search.Analysis;

/// <summary>
/// Word frequencies for segmentation. Every prefix of a word is stored with frequency 0 so the
/// segmenter can stop scanning as soon as no longer word is possible.
/// </summary>
public sealed class WordDictionary
{
    public const string ResourceName = "SiteGen.Search.Data.jieba-dict.txt";

    private readonly Dictionary<string, long> _entries;
    private readonly Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordDictionary(Dictionary<string, long> entries, long total)
    {
        _entries = entries;
        _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        Total = total;
        LogTotal = Math.Log(total);
    }

    /// <summary>Sum of all word frequencies: the denominator of a word's probability.</summary>
    public long Total { get; }
    public double LogTotal { get; }

    /// <summary>Frequency of a word; 0 for a mere prefix, -1 when not even a prefix.</summary>
    public long Frequency(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var f) ? f : -1;

    public bool IsWord(ReadOnlySpan<char> word) => Frequency(word) > 0;

    /// <summary>The dictionary shipped with SiteGen (see Search/Data/README.md).</summary>
    public static WordDictionary LoadDefault(IEnumerable<string>? lexicon = null)
    {
        using var stream = typeof(WordDictionary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from {typeof(WordDictionary).Assembly.GetName().Name}");
        return Load(new StreamReader(stream), lexicon ?? []);
    }

    /// <summary>Reads "word frequency" lines, then adds the lexicon words with a frequency that makes them win.</summary>
    public static WordDictionary Load(TextReader reader, IEnumerable<string> lexicon)
    {
        var entries = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        while (reader.ReadLine() is { } line)
        {
            var space = line.IndexOf(' ');
            if (space <= 0 || !long.TryParse(line.AsSpan(space + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var freq) || freq <= 0) continue;
            var word = CharClass.Fold(line[..space]);
            total += Add(entries, word, freq);
        }
        // A thousandth of the corpus: high enough for a domain word to beat splitting it into
        // common words, low enough not to swallow the end of one word and the start of the next.
        var domainFrequency = Math.Max(1, total / 1000);
        foreach (var word in lexicon.Select(CharClass.Fold).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (word.Length < 2 || !word.All(CharClass.IsCjk)) continue;
            var existing = entries.TryGetValue(word, out var f) ? f : 0;
            if (existing >= domainFrequency) continue;
            entries[word] = domainFrequency;
            total += domainFrequency - existing;
            AddPrefixes(entries, word);
        }
        return new WordDictionary(entries, Math.Max(total, 1));
    }

    private static long Add(Dictionary<string, long> entries, string word, long freq)
    {
        var existing = entries.TryGetValue(word, out var f) ? f : 0;
        entries[word] = existing + freq;
        AddPrefixes(entries, word);
        return freq;
    }

    private static void AddPrefixes(Dictionary<string, long> entries, string word)
    {
        for (var n = 1; n < word.Length; n++) entries.TryAdd(word[..n], 0);
    }
}
