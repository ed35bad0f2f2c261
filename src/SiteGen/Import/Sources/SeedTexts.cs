using SiteGen.Import.Readers.Spreadsheet;

namespace SiteGen.Import.Sources;

/// <summary>Any seed as numbered lines of text: text files strictly decoded as UTF-8, spreadsheets one row per line.</summary>
public static class SeedTexts
{
    /// <exception cref="Content.ContentException">The seed is not UTF-8 text, or not a readable workbook.</exception>
    public static IReadOnlyList<string> Lines(string path, string displayName) =>
        Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? new SpreadsheetReader().TextLines(path, displayName)
            : SplitLines(ReadText(path, displayName));

    public static SeedText Load(string path, string displayName) => new(displayName, Lines(path, displayName));

    /// <summary>Larger than any published listing by far; a file over it is not a listing.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>A text seed's contents, refused unless they are UTF-8 text.</summary>
    public static string ReadText(string path, string displayName)
    {
        var read = FileSystem.Utf8Text.Read(path, MaxBytes);
        if (read.Problem is { } p)
            throw new Content.ContentException([new Content.Diagnostic(new Content.Model.SourceSpan(displayName, p.Line, p.Column), p.Message)]);
        return read.Text!;
    }

    public static IReadOnlyList<string> SplitLines(string text) => text.ReplaceLineEndings("\n").Split('\n');
}
