namespace SiteGen.Site.Model;

/// <summary>One page to write: where it goes, which template draws it, and what the template is given.</summary>
public sealed record Page(string Path, string Template, object Model, PageMeta Meta, bool InSitemap = true);
