using SiteGen.FileSystem;
using SiteGen.Content.Model;

namespace SiteGen.Search.Export;

/// <summary>
/// Writes <c>regions.js</c>: every region's id, name and parent, for a search page whose region list the page
/// itself does not carry (search.js fills the select from it). The site's own search page lists the regions, so
/// its queries never load this file.
/// </summary>
public static class RegionListWriter
{
    public static void Write(IFileWriter files, string root, IEnumerable<Region> regions) =>
        JsPayload.Write(files, Path.Combine(root, "regions.js"), "regions", "", json =>
        {
            json.WriteStartArray();
            foreach (var r in regions.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", r.Id);
                json.WriteString("name", r.Name);
                if (r.Parent is { } parent) json.WriteString("parent", parent);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
}
