using SiteGen.Content.Model;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content.Loading;

/// <summary>Reads content/site.yaml.</summary>
public static class SiteSettingsReader
{
    public static SiteSettings? Read(string path, string text, DiagnosticBag diagnostics)
    {
        var file = new FileContext(path, 1, diagnostics);
        if (file.Parse(text) is not YamlMappingNode root)
        {
            diagnostics.Add(file.Start, "site.yaml must be a mapping of keys to values");
            return null;
        }
        var map = new YamlMap(root, file);
        var settings = new SiteSettings
        {
            Title = map.RequiredString("title", "the site's title shown on every page"),
            Description = map.OptionalString("description") ?? "",
            SiteName = map.RequiredString("site_name", "the SiteName meta tag"),
            SiteIdCode = map.OptionalString("site_id_code") ?? "",
            ContentSource = map.RequiredString("content_source", "the ContentSource meta tag for pages without a more specific source"),
            SiteUrl = map.OptionalString("site_url") ?? "",
            Footer = map.OptionalString("footer") ?? "",
            ServiceHotline = map.OptionalString("service_hotline") ?? "",
            ServiceHotlineName = map.OptionalString("service_hotline_name") ?? "",
            ListPageSize = map.OptionalInt("list_page_size") ?? SiteSettings.DefaultListPageSize,
            Origin = map.Where,
        };
        map.RejectUnknownKeys();
        if (settings.SiteUrl.Length > 0 && SiteAddress.Problem(settings.SiteUrl) is { } problem)
            diagnostics.Add(map.WhereOf("site_url"), $"site_url {problem}");
        if (settings.ListPageSize < 1)
            diagnostics.Add(map.WhereOf("list_page_size"), $"list_page_size is {settings.ListPageSize}, but a list page must hold at least one programme: give a whole number such as {SiteSettings.DefaultListPageSize}");
        return settings;
    }
}
