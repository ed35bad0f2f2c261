namespace SiteGen.Content.Model;

/// <summary>Where a record came from in seeds/: the file, the first and last line, and the item label the source gives.</summary>
public sealed record SourceRef(string File, int FirstLine, int LastLine, string? Item)
{
    /// <summary>The stretch as error messages name it: seeds/000_….txt lines 6-6.</summary>
    public string Cited => $"{File} lines {FirstLine}-{LastLine}";
}
