using System.Text.RegularExpressions;

namespace SiteGen.Import.Readers;

/// <summary>
/// Names (titles, departments) are broken by stray spaces where the export wrapped a narrow cell
/// (“困难退役 军人帮扶 援助”). Chinese writing puts no space between two characters, so such spaces are removed;
/// spaces next to Latin letters or digits are kept. Readers apply it to the cells they know are names; the
/// normaliser applies it to every title, whatever the reader.
/// </summary>
public static partial class CjkSpacing
{
    public static string Collapse(string name) => SpaceBetweenCjk().Replace(name, "");

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})\s+(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex SpaceBetweenCjk();
}
