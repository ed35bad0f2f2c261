namespace SiteGen.Content.Model;

/// <summary>A position in a content file, 1-based, for diagnostics.</summary>
public sealed record SourceSpan(string Path, int Line, int Column)
{
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
