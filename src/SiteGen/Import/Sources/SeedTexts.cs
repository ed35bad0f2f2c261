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

    /// <summary>A text seed's contents, refused unless they are UTF-8 text.</summary>
    public static string ReadText(string path, string displayName) => SeedEncoding.Decode(File.ReadAllBytes(path), displayName);

    public static IReadOnlyList<string> SplitLines(string text) => text.ReplaceLineEndings("\n").Split('\n');
}
