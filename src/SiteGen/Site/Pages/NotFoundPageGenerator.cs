using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>The page servers show for a missing address. It sits at the root, so its links work from there.</summary>
public sealed class NotFoundPageGenerator : IPageGenerator
{
    public IEnumerable<Page> Generate(SiteModel site)
    {
        yield return new Page(SitePaths.NotFound, "404.html", new { }, Meta.For(site, "页面未找到", "提示") with
        {
            Description = "没有找到这个页面：可以回到首页、搜索政策或查看咨询电话。",
        }, InSitemap: false);
    }
}
