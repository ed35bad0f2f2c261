using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import.Normalising;

/// <summary>Undoes what layout did to cell text without touching its wording.</summary>
public static partial class TextCleanup
{
    /// <summary>
    /// Joins lines that a PDF or a cell wrapped: no space between two Chinese characters or punctuation
    /// (Chinese has none), one space where both sides are Latin letters or digits.
    /// </summary>
    public static string JoinWrapped(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            if (sb.Length > 0 && IsLatin(sb[^1]) && IsLatin(line[0])) sb.Append(' ');
            sb.Append(line);
        }
        return sb.ToString();
    }

    /// <summary>Collapses runs of white space to one space and trims; keeps line breaks when asked.</summary>
    public static string Tidy(string text, bool keepLines = false)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => Spaces().Replace(l, " ").Trim());
        return keepLines ? string.Join('\n', lines.Where(l => l.Length > 0)) : Spaces().Replace(string.Join(' ', lines), " ").Trim();
    }

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c);

    [GeneratedRegex(@"[ \t\u3000]+")]
    private static partial Regex Spaces();
}
