using System.Text.RegularExpressions;
using SiteGen.Content;

namespace SiteGen.Provenance;

/// <summary>
/// The figures a reader acts on: amounts, percentages, ages, days, areas (any number written in digits),
/// phone numbers and 文号. These are what the provenance check traces back to the sources.
/// </summary>
public static partial class Figures
{
    /// <summary>Numbers written in digits, as they stand in the text (full-width digits folded).</summary>
    public static IEnumerable<string> Numbers(string text) =>
        NumberPattern().Matches(FoldDigits(text)).Select(m => m.Value);

    public static IEnumerable<string> Phones(string text) =>
        PhonePattern().Matches(FoldDigits(text)).Select(m => m.Value);

    public static IEnumerable<string> DocumentNumbers(string text) =>
        DocNumber.FindAll(text).Select(f => f.Number.ToString());

    public static string FoldDigits(string text) => DocNumber.FoldDigits(text);

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(?<!\d)(?:0\d{2,3}-?)?\d{7,8}(?!\d)|(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex PhonePattern();
}
