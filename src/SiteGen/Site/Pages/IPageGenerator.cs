using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>Makes one kind of page. Each kind is one small class; the site builder runs them all.</summary>
public interface IPageGenerator
{
    IEnumerable<Page> Generate(SiteModel site);
}
