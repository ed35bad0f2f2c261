using SiteGen.Import.Readers.Spreadsheet;

namespace SiteGen.Import.Sources;

/// <summary>Any seed as numbered lines of text: text files as they are, spreadsheets one row per line.</summary>
public static class SeedTexts
{
    public static IReadOnlyList<string> Lines(string path) =>
        Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? new SpreadsheetReader().TextLines(path)
            : File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');

    public static SeedText Load(string path, string displayName) => new(displayName, Lines(path));
}
