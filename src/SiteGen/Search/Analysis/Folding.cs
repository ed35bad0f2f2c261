using System.Collections.Frozen;
using Lucene.Net.Analysis.CharFilters;

namespace SiteGen.Search.Analysis;

/// <summary>
/// Character folding applied to every indexed text and every query, before tokenizing: full-width forms
/// to ASCII, upper to lower case, and traditional characters to simplified (OpenCC's table, first
/// choice). Every mapping is one character to one character, so offsets stay put. Analyzers apply it
/// with Lucene's <see cref="MappingCharFilter"/> over <see cref="CharMap"/>; word lists use
/// <see cref="Fold(string)"/>. search.js folds alike with the part of the table the export keeps.
/// </summary>
public sealed class Folding
{
    private readonly FrozenDictionary<char, char> _map;

    private Folding(Dictionary<char, char> map)
    {
        _map = map.ToFrozenDictionary();
        var builder = new NormalizeCharMap.Builder();
        foreach (var (from, to) in map.OrderBy(p => p.Key)) builder.Add(from.ToString(), to.ToString());
        CharMap = builder.Build();
    }

    /// <summary>The folding of SiteGen: the fixed rules and the shipped OpenCC table.</summary>
    public static Folding Default { get; } = Create(EmbeddedData.Lines("opencc-TSCharacters.txt"));

    public NormalizeCharMap CharMap { get; }

    /// <summary>Every traditional character and its simplified form (the table's part of the map).</summary>
    public IEnumerable<KeyValuePair<char, char>> Ideographs => _map.Where(p => CharClass.IsCjk(p.Key));

    /// <summary>Builds the map from "traditional&lt;TAB&gt;simplified [other choices]" lines.</summary>
    public static Folding Create(IEnumerable<string> tableLines)
    {
        var map = new Dictionary<char, char>();
        for (var c = '\uFF01'; c <= '\uFF5E'; c++) map[c] = Lower((char)(c - 0xFEE0));
        map['\u3000'] = ' ';
        for (var c = 'A'; c <= 'Z'; c++) map[c] = Lower(c);
        foreach (var line in tableLines)
        {
            var tab = line.IndexOf('\t');
            if (tab != 1 || line.Length < 3) continue;
            var to = line[2];
            // Only one BMP character to one: a surrogate pair or a longer value would move offsets.
            if (char.IsSurrogate(line[0]) || char.IsSurrogate(to) || (line.Length > 3 && line[3] != ' ')) continue;
            if (to != line[0]) map.TryAdd(line[0], to);
        }
        return new Folding(map);
    }

    private static char Lower(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;

    public char Fold(char c) => _map.TryGetValue(c, out var f) ? f : c;

    public string Fold(string text) => string.Create(text.Length, (text, this), static (span, state) =>
    {
        for (var i = 0; i < state.text.Length; i++) span[i] = state.Item2.Fold(state.text[i]);
    });
}
