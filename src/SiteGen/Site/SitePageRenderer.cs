using SiteGen.Content.Loading;
using SiteGen.Rendering;
using SiteGen.Site.Model;

namespace SiteGen.Site;

/// <summary>
/// Turns one of a build's pages into its HTML: the page's template and the layout, given the page's model, the site-wide
/// values and the page's meta. The build renders every page through it, and the preview server the pages asked for first.
/// </summary>
/// <param name="parsed">The templates parsed by the builds before, in a process that builds again and again.</param>
public sealed class SitePageRenderer(SiteModel site, BuildOptions options, ParsedFileCache? parsed = null)
{
    private readonly PageRenderer _renderer = new(new TemplateSet(options.TemplatesDir, parsed));
    private readonly object _siteValues = SiteValues(site, options);

    public string Render(Page page) =>
        _renderer.Render(page.Path, page.Template, page.MakeModel(), _siteValues, MetaValues(page));

    private static object SiteValues(SiteModel site, BuildOptions options) => new
    {
        settings = site.Content.Site,
        base_url = options.BaseUrl ?? "",
        // The 404 page is served for missing addresses at any depth; a base path makes its relative links work there.
        // --base-url decides it, else the published address in content/site.yaml.
        base_path = BasePath(string.IsNullOrWhiteSpace(options.BaseUrl) ? site.Content.Site.SiteUrl : options.BaseUrl),
        pub_date = site.PubDate,
    };

    /// <summary>The path part of --base-url ("/hmzc/" of "https://example.gov.cn/hmzc/"), or empty.</summary>
    public static string BasePath(string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(baseUrl)) return "";
        var path = Uri.TryCreate(baseUrl, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? absolute.AbsolutePath : baseUrl;
        return path.StartsWith('/') ? path.TrimEnd('/') + "/" : "";
    }

    private static object MetaValues(Page page) => new
    {
        page.Meta.Title,
        page.Meta.ColumnName,
        page.Meta.ContentSource,
        page.Meta.PubDate,
        page.Meta.Description,
        page.Meta.Keywords,
        Breadcrumbs = page.Meta.Breadcrumbs,
        page.Path,
        IsHome = page.Path == SitePaths.Home,
        IsNotFound = page.Path == SitePaths.NotFound,
    };
}
