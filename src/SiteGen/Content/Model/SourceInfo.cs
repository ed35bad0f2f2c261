namespace SiteGen.Content.Model;

/// <summary>A published source in seeds/ (content/sources.yaml): what readers are told about where a figure came from.</summary>
public sealed record SourceInfo(string File, string Title, string Publisher, int Year, string Region, SourceSpan Origin);
