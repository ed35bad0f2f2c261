using SiteGen.Content;
using System.Security;
using System.Text;
using SiteGen.Content.Model;
using SiteGen.Site.Model;

namespace SiteGen.Site.Output;

/// <summary>An Atom feed of the programmes, so subscribers and aggregators see what the site lists.</summary>
public static class FeedWriter
{
    public static string Atom(SiteModel site, string baseUrl, string updated)
    {
        var settings = site.Content.Site;
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
        Element(sb, "  ", "title", settings.Title);
        Element(sb, "  ", "id", baseUrl.Length > 0 ? baseUrl : "urn:sitegen:" + settings.SiteName);
        Element(sb, "  ", "updated", updated);
        sb.Append("  <author><name>").Append(SecurityElement.Escape(settings.ContentSource)).Append("</name></author>\n");
        sb.Append("  <link rel=\"self\" href=\"feed.xml\"/>\n");
        foreach (var p in site.Programs) Entry(sb, site, p, baseUrl, updated);
        sb.Append("</feed>\n");
        return sb.ToString();
    }

    private static void Entry(StringBuilder sb, SiteModel site, BenefitProgram p, string baseUrl, string updated)
    {
        var path = SitePaths.Program(p.Id);
        sb.Append("  <entry>\n");
        Element(sb, "    ", "title", $"{site.Region(p.Region).Name} · {p.Title}");
        Element(sb, "    ", "id", baseUrl.Length > 0 ? baseUrl + path : "urn:sitegen:program:" + p.Id);
        Element(sb, "    ", "updated", updated);
        sb.Append("    <link href=\"").Append(SecurityElement.Escape(baseUrl + path)).Append("\"/>\n");
        Element(sb, "    ", "summary", Excerpt.OneLine(p.Standard, 200));
        sb.Append("  </entry>\n");
    }

    private static void Element(StringBuilder sb, string indent, string name, string value) =>
        sb.Append(indent).Append('<').Append(name).Append('>').Append(SecurityElement.Escape(value)).Append("</").Append(name).Append(">\n");
}
