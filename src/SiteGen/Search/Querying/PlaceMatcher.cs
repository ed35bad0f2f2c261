using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Search.Analysis;

namespace SiteGen.Search.Querying;

/// <summary>
/// Finds the places a query names, by any region's full name or short form (<see cref="PlaceNames"/>):
/// 平定, 潞州区, 阳泉, or by their pinyin typed as whole words (pingding, luzhou qu, yangquan), since a caller
/// who dismissed the keyboard's candidates still says where they live. The longest name at a place wins. A
/// named place ranks the programmes that cover it first and is taken out of the text, since a caller names
/// where they live, not a word of the programme. search.js (function <c>places</c>) does the same with the
/// region names of the word pieces and the spellings of the pinyin pieces.
/// </summary>
public sealed class PlaceMatcher
{
    private readonly Dictionary<string, string> _regionOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _regionSpelled = new(StringComparer.Ordinal);
    private readonly int _maxLength;
    private readonly int _maxSpelling;

    public PlaceMatcher(IEnumerable<Region> regions) : this(regions, PinyinTable.Default) { }

    public PlaceMatcher(IEnumerable<Region> regions, PinyinTable readings)
    {
        // Regions in id order, so a name two regions share belongs to the same one every time.
        foreach (var region in regions.OrderBy(r => r.Id, StringComparer.Ordinal))
            foreach (var name in PlaceNames.Of(region))
            {
                var folded = Folding.Default.Fold(name);
                _regionOf.TryAdd(folded, region.Id);
                foreach (var spelling in SpellingsOf(folded, readings)) _regionSpelled.TryAdd(spelling, region.Id);
            }
        _maxLength = _regionOf.Count == 0 ? 0 : _regionOf.Keys.Max(n => n.Length);
        _maxSpelling = _regionSpelled.Count == 0 ? 0 : _regionSpelled.Keys.Max(n => n.Length);
    }

    /// <summary>Every folded name with the region it stands for (the export ships them to search.js).</summary>
    public IReadOnlyDictionary<string, string> Names => _regionOf;

    /// <summary>Every pinyin spelling of a name (each of its readings joined, no initials) with its region (the export ships them to search.js).</summary>
    public IReadOnlyDictionary<string, string> Spellings => _regionSpelled;

    /// <summary>The region a name (full or short, folded here, or its pinyin) stands for, or null: what --region and the page's filter take.</summary>
    public string? RegionNamed(string name)
    {
        var folded = Folding.Default.Fold(name);
        return _regionOf.GetValueOrDefault(folded) ?? _regionSpelled.GetValueOrDefault(folded.Replace(" ", "", StringComparison.Ordinal));
    }

    /// <summary>The regions named in the folded query, in the order they are named, and the query with their names blanked out.</summary>
    public (IReadOnlyList<string> Regions, string Text) Find(string folded)
    {
        var named = new List<(int At, string Region)>();
        var rest = folded.ToCharArray();
        var i = 0;
        while (i < folded.Length)
        {
            var found = 0;
            for (var n = Math.Min(_maxLength, folded.Length - i); n >= 2; n--)
            {
                if (!_regionOf.TryGetValue(folded.Substring(i, n), out var id)) continue;
                named.Add((i, id));
                found = n;
                break;
            }
            if (found == 0) { i++; continue; }
            for (var k = i; k < i + found; k++) rest[k] = ' ';
            i += found;
        }
        FindSpelled(rest, named);
        var regions = named.OrderBy(p => p.At).Select(p => p.Region).Distinct(StringComparer.Ordinal).ToList();
        return (regions, new string(rest));
    }

    /// <summary>
    /// Whole letter words, alone or a few in a row with only spaces between them (luzhou qu), that spell a name.
    /// Only whole words: within a longer run of letters a spelling is as likely part of another word's pinyin.
    /// </summary>
    private void FindSpelled(char[] text, List<(int At, string Region)> named)
    {
        if (_maxSpelling == 0) return;
        var words = LetterWords(text);
        var w = 0;
        while (w < words.Count)
        {
            var found = -1;
            for (var last = LastJoinable(text, words, w); last >= w && found < 0; last--)
            {
                var spelled = string.Concat(words.Skip(w).Take(last - w + 1).Select(s => new string(text, s.Start, s.Length)));
                if (spelled.Length > _maxSpelling || !_regionSpelled.TryGetValue(spelled, out var id)) continue;
                named.Add((words[w].Start, id));
                for (var k = words[w].Start; k < words[last].Start + words[last].Length; k++) text[k] = ' ';
                found = last;
            }
            w = found < 0 ? w + 1 : found + 1;
        }
    }

    private static List<(int Start, int Length)> LetterWords(char[] text)
    {
        var words = new List<(int Start, int Length)>();
        for (var i = 0; i < text.Length;)
        {
            if (!IsLetter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && IsLetter(text[i])) i++;
            words.Add((start, i - start));
        }
        return words;
    }

    /// <summary>The last word after <paramref name="first"/> reached over spaces alone, within the longest spelling.</summary>
    private int LastJoinable(char[] text, List<(int Start, int Length)> words, int first)
    {
        var last = first;
        var letters = words[first].Length;
        while (last + 1 < words.Count)
        {
            var next = words[last + 1];
            var end = words[last].Start + words[last].Length;
            if (letters + next.Length > _maxSpelling) break;
            var onlySpaces = true;
            for (var k = end; k < next.Start; k++) onlySpaces &= text[k] == ' ';
            if (!onlySpaces) break;
            letters += next.Length;
            last++;
        }
        return last;
    }

    private static bool IsLetter(char c) => c is >= 'a' and <= 'z';

    private static IEnumerable<string> SpellingsOf(string name, PinyinTable readings) =>
        name.Length < 2 || !name.All(CharClass.IsCjk) ? [] : readings.Readings(name).Select(r => string.Concat(r)).Distinct(StringComparer.Ordinal);
}
