namespace SiteGen.Content.Model;

/// <summary>A node of the region tree: the province, a city, or a county or district.</summary>
public sealed record Region(string Id, string Name, string? Parent, string Level, SourceSpan Origin)
{
    /// <summary>The code of the division-table row this region was matched to or made from; null when none matched.</summary>
    public string? DivisionCode { get; init; }

    /// <summary>
    /// True for a county or district that regions.yaml does not list and the division table supplied; its
    /// <see cref="Origin"/> is then its line in content/places/divisions.csv.
    /// </summary>
    public bool FromDivisions { get; init; }
}
