using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Search.Analysis;

namespace SiteGen.Search.Querying;

/// <summary>
/// Finds the places a query names, by any region's full name or short form (<see cref="PlaceNames"/>):
/// 平定, 潞州区, 阳泉. The longest name at a place wins. A named place ranks the programmes that cover it
/// first and is taken out of the text, since a caller names where they live, not a word of the
/// programme. search.js (function <c>places</c>) does the same with the manifest's region names.
/// </summary>
public sealed class PlaceMatcher
{
    private readonly Dictionary<string, string> _regionOf = new(StringComparer.Ordinal);
    private readonly int _maxLength;

    public PlaceMatcher(IEnumerable<Region> regions)
    {
        // Regions in id order, so a name two regions share belongs to the same one every time.
        foreach (var region in regions.OrderBy(r => r.Id, StringComparer.Ordinal))
            foreach (var name in PlaceNames.Of(region))
                _regionOf.TryAdd(Folding.Default.Fold(name), region.Id);
        _maxLength = _regionOf.Count == 0 ? 0 : _regionOf.Keys.Max(n => n.Length);
    }

    /// <summary>Every folded name with the region it stands for (the export ships them to search.js).</summary>
    public IReadOnlyDictionary<string, string> Names => _regionOf;

    /// <summary>The region a name (full or short, folded here) stands for, or null: what --region and the page's filter take.</summary>
    public string? RegionNamed(string name) => _regionOf.GetValueOrDefault(Folding.Default.Fold(name));

    /// <summary>The regions named in the folded query, in order, and the query with their names blanked out.</summary>
    public (IReadOnlyList<string> Regions, string Text) Find(string folded)
    {
        var regions = new List<string>();
        var rest = folded.ToCharArray();
        var i = 0;
        while (i < folded.Length)
        {
            var found = 0;
            for (var n = Math.Min(_maxLength, folded.Length - i); n >= 2; n--)
            {
                if (!_regionOf.TryGetValue(folded.Substring(i, n), out var id)) continue;
                if (!regions.Contains(id)) regions.Add(id);
                found = n;
                break;
            }
            if (found == 0) { i++; continue; }
            for (var k = i; k < i + found; k++) rest[k] = ' ';
            i += found;
        }
        return (regions, new string(rest));
    }
}
