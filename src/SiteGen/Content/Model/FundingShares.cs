namespace SiteGen.Content.Model;

/// <summary>The 合计/中央/省级/市级/县级 split of a standard, as the source words each share.</summary>
public sealed record FundingShares(string? Total, string? Central, string? Provincial, string? City, string? County)
{
    public IEnumerable<(string Label, string Value)> Named()
    {
        if (!string.IsNullOrWhiteSpace(Total)) yield return ("合计", Total);
        if (!string.IsNullOrWhiteSpace(Central)) yield return ("中央", Central);
        if (!string.IsNullOrWhiteSpace(Provincial)) yield return ("省级", Provincial);
        if (!string.IsNullOrWhiteSpace(City)) yield return ("市级", City);
        if (!string.IsNullOrWhiteSpace(County)) yield return ("县级", County);
    }
}
