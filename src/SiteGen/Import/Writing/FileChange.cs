namespace SiteGen.Import.Writing;

/// <summary>One file an import will write (<paramref name="Text"/>) or delete (null), decided before anything is touched.</summary>
public sealed record FileChange(string Path, string? Text)
{
    public bool IsDeletion => Text is null;
}
