using System.Globalization;
using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>Page metadata shared by the generators.</summary>
internal static class Meta
{
    /// <summary>The longest description written: search engines show about this many characters.</summary>
    public const int DescriptionLength = 120;

    /// <summary>
    /// A page's metadata with defaults every page can stand on: a description that names the page before the site's own
    /// text, keywords from its title, column and trail, and the site's date (the newest content file's).
    /// </summary>
    public static PageMeta For(SiteModel site, string title, string column, params Crumb[] trail) =>
        new(title, column, site.Content.Site.ContentSource, site.PubDate, Describe($"{title}：{site.Content.Site.Description}"),
            [new Crumb("首页", SitePaths.Home), .. trail, new Crumb(title, null)])
        {
            Keywords = KeywordList([title, column, .. trail.Select(c => c.Label), site.Content.Site.SiteName]),
        };

    /// <summary>Distinct, non-empty words in the order given; the layout joins them with commas.</summary>
    public static IReadOnlyList<string> KeywordList(IEnumerable<string?> words) =>
        words.Select(w => w?.Trim().Replace(',', '，')).OfType<string>().Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>One line of at most <see cref="DescriptionLength"/> characters.</summary>
    public static string Describe(string text) => Excerpt.OneLine(text, DescriptionLength);

    /// <summary>
    /// The date of one content file (its last change, as a day in UTC), never after the site's date: with
    /// SOURCE_DATE_EPOCH set that date is a ceiling, as reproducible builds clamp file times, so a fresh checkout
    /// (every file as new as the checkout) still gives the same pages.
    /// </summary>
    public static string FileDate(SiteModel site, string path)
    {
        var own = PublicationDate.OfFile(path)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return own is not null && string.CompareOrdinal(own, site.PubDate) < 0 ? own : site.PubDate;
    }

    /// <summary>
    /// A name with its region after it, unless it already starts with the region's name: the same programme or office
    /// name in two regions must not look the same in a browser tab or a search engine.
    /// </summary>
    public static string InRegion(string name, Region region) =>
        name.StartsWith(region.Name, StringComparison.Ordinal) ? name : $"{name}（{region.Name}）";
}
