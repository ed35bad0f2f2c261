using ICU4N.Globalization;
using ICU4N.Text;
using SiteGen.Content.Model;
using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>
/// The search page. Without script it points to the pages that list every programme (all of them in pinyin order, by
/// region, by category), so nothing depends on JavaScript, and the page itself does not grow with the site.
/// </summary>
public sealed class SearchPageGenerator : IPageGenerator
{
    /// <summary>The URL parameter of each filter: the selects' name attributes, and what search.js reads (SiteGenSearch.filterParams).</summary>
    public static readonly IReadOnlyDictionary<string, string> FilterParams = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["region"] = "region",
        ["deptType"] = "dept",
        ["audience"] = "audience",
    };

    public IEnumerable<Page> Generate(SiteModel site)
    {
        var model = new
        {
            // Every region: the filter keeps a region's own programmes, those below it and those of the regions above it.
            regions = site.Content.Regions.Select(r => new { r.Id, Name = new string('\u3000', site.RegionPath(r.Id).Count - 1) + r.Name }).ToList(),
            department_types = site.Content.DepartmentTypes.Where(t => site.ProgramsOfDepartmentType(t.Id).Any()).Select(t => new { t.Id, t.Name }).ToList(),
            audiences = site.Content.Audiences.Select(a => new { a.Id, a.Name }).ToList(),
            @params = new { region = FilterParams["region"], dept_type = FilterParams["deptType"], audience = FilterParams["audience"] },
        };
        yield return new Page(SitePaths.Search, "search.html", model, Meta.For(site, "搜索", "搜索"));
    }
}

/// <summary>
/// Chinese in pinyin order by ICU's zh collation and alphabetic index, from ICU4N's own data: the same on every machine,
/// whatever ICU the system has (the runtime runs in invariant-globalization mode, where zh-CN compares by code point).
/// </summary>
public static class PinyinOrder
{
    private static readonly UCultureInfo Chinese = new("zh");
    private static readonly Collator Collator = Checked(Collator.GetInstance(Chinese).Freeze());
    private static readonly ImmutableIndex<string> Index = new AlphabeticIndex<string>(Chinese).BuildImmutableIndex();
    private static readonly Lock Gate = new();

    // Without the zh data (its satellite assembly) ICU falls back to the root order, which sorts ideographs by code
    // point: 阳 (yang, U+9633) would come after 中 (zhong, U+4E2D). Refuse that rather than publish a wrong order.
    private static Collator Checked(Collator collator) =>
        collator.Compare("阳", "中") < 0 && collator.Compare("阿", "爸") < 0
            ? collator
            : throw new InvalidOperationException("ICU4N's zh collation data is missing (zh/ICU4N.resources.dll): pinyin order is unavailable");

    public static IComparer<string> Comparer { get; } = Comparer<string>.Create((a, b) => Collator.Compare(a, b));

    /// <summary>The index letter of a text, A to Z ("#" for a text that starts with no letter or ideograph).</summary>
    public static string Initial(string text)
    {
        string label;
        lock (Gate) label = Index.GetBucket(Index.GetBucketIndex(text)).Label;
        return label.Length == 1 && char.IsAsciiLetterUpper(label[0]) ? label : "#";
    }
}
