namespace SiteGen.Site;

/// <summary>What a build reads and where it writes.</summary>
public sealed record BuildOptions(string ContentDir, string TemplatesDir, string SeedsDir, string OutDir, string? BaseUrl);
