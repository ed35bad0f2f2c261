namespace SiteGen.Content.Model;

/// <summary>content/site.yaml: the site's name and the government page metadata.</summary>
public sealed record SiteSettings
{
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    /// <summary>SiteName meta tag.</summary>
    public required string SiteName { get; init; }
    /// <summary>SiteIDCode meta tag: the site's identification code issued to the publishing government site.</summary>
    public string SiteIdCode { get; init; } = "";
    /// <summary>ContentSource meta tag when a page has no more specific source.</summary>
    public required string ContentSource { get; init; }
    /// <summary>Absolute address of the published site, for sitemap.xml and the feed; empty when not known.</summary>
    public string SiteUrl { get; init; } = "";
    public string Footer { get; init; } = "";
    /// <summary>
    /// The general service hotline the web team gives (for example the local 12345 line), shown, labelled as such,
    /// for programmes whose sources print no phone; empty until the web team fills it, and the build warns.
    /// </summary>
    public string ServiceHotline { get; init; } = "";
    /// <summary>What to call that line on pages, such as 12345政务服务便民热线.</summary>
    public string ServiceHotlineName { get; init; } = "";
    /// <summary>The line's name as pages show it: <see cref="ServiceHotlineName"/>, or a plain description when it is not given.</summary>
    public string ServiceHotlineLabel => ServiceHotlineName.Length > 0 ? ServiceHotlineName : "综合服务热线";
    /// <summary>Programmes on one page of a list (a region's, a category's, all of them); a longer list continues on further pages.</summary>
    public int ListPageSize { get; init; } = DefaultListPageSize;
    public const int DefaultListPageSize = 100;
    public required SourceSpan Origin { get; init; }
}
