using System.Text.RegularExpressions;

namespace SiteGen.Tests.Import.Readers;

/// <summary>The runs of digits in a text once white space is removed, so that "2014年 5月 1" and a rejoined "2014年5月1" agree.</summary>
internal static partial class Numbers
{
    public static IReadOnlyList<string> In(string text) =>
        Digits().Matches(Whitespace().Replace(text, "")).Select(m => m.Value).ToList();

    public static string WithoutWhitespace(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
