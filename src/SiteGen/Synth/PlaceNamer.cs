using SiteGen.Content;

namespace SiteGen.Synth;

/// <summary>A made-up place: its name with the level word (安澄县) and its id (ancheng).</summary>
public sealed record PlaceName(string Name, string Id);

/// <summary>
/// Draws made-up place names from the syllable table, each unique by its full name, its short form (安澄 of both
/// 安澄县 and 安澄市, which search would confuse) and its id, and never equal to a name or id the content already uses.
/// An id is also kept off every hyphen-prefix of an id in use, so the ids built from it (ancheng-minzheng,
/// ancheng-01) cannot meet one either.
/// </summary>
public sealed class PlaceNamer
{
    /// <summary>Two-syllable names run out long before three-syllable ones; this many misses in a row moves on to three.</summary>
    private const int TriesPerLength = 20;

    private readonly SeededRandom _random;
    private readonly IReadOnlyList<Syllable> _syllables;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public PlaceNamer(SeededRandom random, IReadOnlyList<Syllable> syllables, IEnumerable<string> namesInUse, IEnumerable<string> idsInUse)
    {
        _random = random;
        _syllables = syllables;
        foreach (var name in namesInUse) _names.UnionWith(PlaceNames.Of(name));
        foreach (var id in idsInUse)
        {
            _ids.Add(id);
            for (var dash = id.IndexOf('-'); dash > 0; dash = id.IndexOf('-', dash + 1)) _ids.Add(id[..dash]);
        }
    }

    public PlaceName Next(string levelWord)
    {
        for (var length = 2; ; length++)
            for (var attempt = 0; attempt < TriesPerLength; attempt++)
            {
                var picked = Pick(length);
                if (picked.Select(s => s.Character).Distinct(StringComparer.Ordinal).Count() < length) continue;
                var stem = string.Concat(picked.Select(s => s.Character));
                var name = stem + levelWord;
                var id = string.Concat(picked.Select(s => s.Pinyin));
                if (_names.Contains(name) || _names.Contains(stem) || _ids.Contains(id)) continue;
                _names.Add(name);
                _names.Add(stem);
                _ids.Add(id);
                return new PlaceName(name, id);
            }
    }

    private List<Syllable> Pick(int length) => Enumerable.Range(0, length).Select(_ => _syllables[_random.Next(_syllables.Count)]).ToList();
}
