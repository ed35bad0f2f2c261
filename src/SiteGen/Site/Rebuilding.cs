using SiteGen.Content.Loading;

namespace SiteGen.Site;

/// <summary>
/// What a process that builds the same site again and again (the preview server) gives each build: the parsed content
/// files of the builds before, and whom to tell the checked pages as soon as they are listed.
/// </summary>
public sealed record Rebuilding(ParsedFileCache Parsed, Action<PreparedSite> Prepared);
