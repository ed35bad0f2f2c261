namespace SiteGen.Site;

/// <summary>What a build reads and where it writes.</summary>
/// <param name="SourceDateEpoch">SOURCE_DATE_EPOCH as the environment gives it: the date stamped on pages, for reproducible builds.</param>
public sealed record BuildOptions(string ContentDir, string TemplatesDir, string SeedsDir, string OutDir, string? BaseUrl, string? SourceDateEpoch = null);
