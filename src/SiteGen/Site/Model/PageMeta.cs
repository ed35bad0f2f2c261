namespace SiteGen.Site.Model;

/// <summary>What the layout needs to know about a page: its title, the government metadata, and the trail back home.</summary>
public sealed record PageMeta(
    string Title,
    string ColumnName,
    string ContentSource,
    string PubDate,
    string Description,
    IReadOnlyList<Crumb> Breadcrumbs);

/// <summary>One step of a breadcrumb trail: a label and a site path (null for the current page).</summary>
public sealed record Crumb(string Label, string? Path);
