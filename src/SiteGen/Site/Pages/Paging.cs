using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>Where one page of a long list stands among its pages, as the pager partial draws it.</summary>
/// <param name="First">The position, counted from 1, of the page's first item in the whole list.</param>
/// <param name="FirstPage">The path of the list's first page.</param>
/// <param name="Unit">What the list counts, after a number: 项 (programmes), 个地区.</param>
public sealed record Pager(int Number, int Count, int First, int Last, int Total, string FirstPage, string? Previous, string? Next, IReadOnlyList<PagerLink> Links, string Unit);

/// <summary>One entry of a pager: a page number with its path, or a gap (Number 0) where numbers are left out.</summary>
public sealed record PagerLink(int Number, string? Path, bool Current);

/// <summary>One page of a long list: its path, its items and its pager.</summary>
public sealed record PageSlice<T>(string Path, IReadOnlyList<T> Items, Pager Pager);

/// <summary>
/// Cuts a long list into pages of a fixed size (site.yaml's list_page_size), so no list page grows with the site.
/// The first page keeps the list's own address; page N is index-N.html beside it, which no content id can take.
/// </summary>
internal static class Paging
{
    /// <summary>Pages on either side of the current one that the pager names; the first and last are always named.</summary>
    private const int Window = 2;

    public static string PathOf(string firstPath, int number) =>
        number == 1 ? firstPath : firstPath[..(firstPath.LastIndexOf('/') + 1)] + $"index-{number}.html";

    /// <summary>The pages of <paramref name="items"/>; an empty list still has its one (empty) page.</summary>
    public static IReadOnlyList<PageSlice<T>> Split<T>(IReadOnlyList<T> items, int size, string firstPath)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        return Slices(items.Chunk(size).ToList(), items.Count, firstPath, "项");
    }

    /// <summary>
    /// The pages of items that each stand for several entries (a region's block of offices): whole items, in order, as
    /// many to a page as keep its entries within <paramref name="size"/>; an item heavier than that has a page of its own.
    /// The pager counts items.
    /// </summary>
    public static IReadOnlyList<PageSlice<T>> SplitByWeight<T>(IReadOnlyList<T> items, Func<T, int> weight, int size, string firstPath, string unit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var pages = new List<T[]>();
        var page = new List<T>();
        var entries = 0;
        foreach (var item in items)
        {
            var w = weight(item);
            if (page.Count > 0 && entries + w > size)
            {
                pages.Add([.. page]);
                page.Clear();
                entries = 0;
            }
            page.Add(item);
            entries += w;
        }
        if (page.Count > 0) pages.Add([.. page]);
        return Slices(pages, items.Count, firstPath, unit);
    }

    private static IReadOnlyList<PageSlice<T>> Slices<T>(IReadOnlyList<T[]> pages, int total, string firstPath, string unit)
    {
        var count = Math.Max(1, pages.Count);
        var slices = new List<PageSlice<T>>(count);
        var start = 0;
        for (var number = 1; number <= count; number++)
        {
            var items = number <= pages.Count ? pages[number - 1] : [];
            var pager = new Pager(number, count, Math.Min(start + 1, total), start + items.Length, total, firstPath,
                number > 1 ? PathOf(firstPath, number - 1) : null,
                number < count ? PathOf(firstPath, number + 1) : null,
                Links(number, count, firstPath), unit);
            slices.Add(new PageSlice<T>(PathOf(firstPath, number), items, pager));
            start += items.Length;
        }
        return slices;
    }

    /// <summary>
    /// True when a page begins inside a group the page before began (its first item's group is that of the item before
    /// it), so the page can mark the group's heading as continued.
    /// </summary>
    public static bool Continues<T>(IReadOnlyList<T> all, Pager pager, Func<T, string> groupOf) =>
        pager.First > 1 && pager.Last >= pager.First && groupOf(all[pager.First - 2]) == groupOf(all[pager.First - 1]);

    /// <summary>A page's metadata as one of several: "（第N页）" after its title from the second page on, the trail through the first.</summary>
    public static PageMeta For(PageMeta meta, Pager pager)
    {
        if (pager.Number == 1) return meta;
        var title = $"{meta.Title}（第{pager.Number}页）";
        var trail = meta.Breadcrumbs.SkipLast(1).Append(new Crumb(meta.Title, pager.FirstPage)).Append(new Crumb($"第{pager.Number}页", null));
        return meta with { Title = title, Description = Meta.Describe($"第{pager.Number}页（第{pager.First}至{pager.Last}{pager.Unit}，共{pager.Total}{pager.Unit}）：{meta.Description}"), Breadcrumbs = [.. trail] };
    }

    private static IReadOnlyList<PagerLink> Links(int number, int count, string firstPath)
    {
        var links = new List<PagerLink>();
        for (var n = 1; n <= count; n++)
        {
            if (n != 1 && n != count && Math.Abs(n - number) > Window)
            {
                if (links[^1].Number != 0) links.Add(new PagerLink(0, null, false));
                continue;
            }
            links.Add(new PagerLink(n, PathOf(firstPath, n), n == number));
        }
        return links;
    }
}
