using SiteGen.Content.Loading;
using SiteGen.Provenance;
using SiteGen.Rendering;

namespace SiteGen.Site;

/// <summary>
/// What a process that builds the same site again and again (the preview server) gives each build: the parsed content
/// files of the builds before, the figure check's findings on records that did not change, the minified scripts and style
/// sheets, and whom to tell the checked pages as soon as they are listed.
/// </summary>
public sealed record Rebuilding(ParsedFileCache Parsed, CheckedRecords Checked, Action<PreparedSite> Prepared)
{
    public MinifiedAssets Assets { get; } = new();
}
