namespace SiteGen.Site.Model;

/// <summary>
/// What the layout needs to know about a page: its title, the government metadata, and the trail back home.
/// <see cref="Description"/> is the page's own one-line summary and <see cref="Keywords"/> the words it is found by
/// (<c>Meta.For</c> gives every page a default of both); <see cref="PubDate"/> is the date of the content the page is made from.
/// </summary>
public sealed record PageMeta(
    string Title,
    string ColumnName,
    string ContentSource,
    string PubDate,
    string Description,
    IReadOnlyList<Crumb> Breadcrumbs)
{
    public IReadOnlyList<string> Keywords { get; init; } = [];
}

/// <summary>One step of a breadcrumb trail: a label and a site path (null for the current page).</summary>
public sealed record Crumb(string Label, string? Path);
