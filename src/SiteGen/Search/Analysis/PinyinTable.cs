using System.Collections.Frozen;
using System.Text;

namespace SiteGen.Search.Analysis;

/// <summary>
/// Mandarin readings of ideographs (Unihan: the customary reading first, then the others), without
/// tones, ü written v. A word's readings are the combinations of its characters' readings, the
/// customary ones first, at most <see cref="MaxVariants"/>, so 长治 reads zhangzhi and changzhi.
/// </summary>
public sealed class PinyinTable
{
    public const int MaxVariants = 4;
    private readonly FrozenDictionary<char, string[]> _readings;

    private PinyinTable(Dictionary<char, string[]> readings) => _readings = readings.ToFrozenDictionary();

    public static PinyinTable Default { get; } = Create(EmbeddedData.Lines("unihan-readings.txt"));

    /// <summary>Reads "字&lt;TAB&gt;reading reading…" lines with tone marks.</summary>
    public static PinyinTable Create(IEnumerable<string> lines)
    {
        var readings = new Dictionary<char, string[]>();
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t');
            if (tab != 1) continue;
            var plain = line[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Toneless).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
            if (plain.Length > 0) readings[line[0]] = plain;
        }
        return new PinyinTable(readings);
    }

    /// <summary>Every ideograph with its readings, customary first.</summary>
    public IEnumerable<KeyValuePair<char, string[]>> All => _readings;

    /// <summary>The readings of one ideograph, customary first; empty when the table has none.</summary>
    public IReadOnlyList<string> Of(char c) => _readings.TryGetValue(c, out var r) ? r : [];

    /// <summary>Up to <see cref="MaxVariants"/> readings of a word, each a list of syllables; empty when a character has no reading.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Readings(string word)
    {
        var variants = new List<List<string>> { new() };
        foreach (var c in word)
        {
            var options = Of(c);
            if (options.Count == 0) return [];
            var next = new List<List<string>>();
            foreach (var option in options)
                foreach (var v in variants)
                    if (next.Count < MaxVariants) next.Add([.. v, option]);
            variants = next;
        }
        return variants;
    }

    /// <summary>zhǎng → zhang, lǜ → lv: tone marks dropped, ü as v (as a phone keyboard types it).</summary>
    public static string Toneless(string reading)
    {
        // Spelled out: the runtime's Unicode normalization is not there in invariant-globalization mode.
        const string marked = "āáǎàēéěèêīíǐìōóǒòūúǔùǖǘǚǜüḿńňǹ";
        const string plain = "aaaaeeeeeiiiioooouuuuvvvvvmnnn";
        var text = new StringBuilder(reading.Length);
        foreach (var ch in reading)
        {
            var at = marked.IndexOf(ch);
            if (at >= 0) text.Append(plain[at]);
            else if (ch >= 'a' && ch <= 'z') text.Append(ch);
        }
        return text.ToString();
    }
}
