using System.Collections.Immutable;
using SiteGen.Content.Model;

namespace SiteGen.Content;

/// <summary>
/// A region's names as callers say them: the full name, and the short form people use when the name ends in a
/// level word (平定县 → 平定, 潞州区 → 潞州, 阳泉市 → 阳泉, 山西省 → 山西). A name left with one character keeps
/// its suffix (盂县, 城区), since 盂 or 城 alone names nothing. content/places/make-divisions.mjs builds ids by the
/// same rule, so the two must change together.
/// </summary>
public static class PlaceNames
{
    /// <summary>Longest first, so 自治县 is taken whole rather than as 县.</summary>
    private static readonly ImmutableArray<string> Suffixes = ["自治县", "新区", "省", "市", "县", "区"];

    private const int ShortestShortForm = 2;

    /// <summary>The name without its level suffix, or null when it has none or too little would remain.</summary>
    public static string? ShortForm(string name)
    {
        foreach (var suffix in Suffixes)
        {
            if (!name.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var rest = name[..^suffix.Length];
            return rest.EnumerateRunes().Count() >= ShortestShortForm ? rest : null;
        }
        return null;
    }

    /// <summary>The full name first, then the short form when there is one.</summary>
    public static IReadOnlyList<string> Of(string name) => ShortForm(name) is { } shortForm ? [name, shortForm] : [name];

    public static IReadOnlyList<string> Of(Region region) => Of(region.Name);
}
