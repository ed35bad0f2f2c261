namespace SiteGen.Site.Model;

/// <summary>
/// One page to write: where it goes, which template draws it, and what the template is given. A model can be made
/// when the page is rendered (<see cref="MakeModel"/>), so a site of many pages never holds every model at once.
/// </summary>
public sealed record Page(string Path, string Template, Func<object> MakeModel, PageMeta Meta, bool InSitemap = true)
{
    public Page(string Path, string Template, object Model, PageMeta Meta, bool InSitemap = true)
        : this(Path, Template, () => Model, Meta, InSitemap)
    {
    }
}
