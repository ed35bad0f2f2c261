namespace SiteGen.Search.Analysis;

/// <summary>
/// Character classes of folded text (see <see cref="Folding"/>) shared by the analyzers. search.js
/// implements the same rules (<c>isCjk</c> and friends); change both together or browser and CLI drift apart.
/// </summary>
public static class CharClass
{
    /// <summary>CJK unified ideographs (basic block, extension A and compatibility ideographs).</summary>
    public static bool IsCjk(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');

    /// <summary>Letters and digits after folding; they form runs that are never split.</summary>
    public static bool IsAlnum(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

    public static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>
    /// Length of the letter/digit run starting at <paramref name="start"/>; a '.' between two digits
    /// stays inside the run so that amounts such as 657.5 are one token.
    /// </summary>
    public static int AlnumRunLength(string folded, int start)
    {
        var i = start;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (IsAlnum(c)) { i++; continue; }
            if (c == '.' && i > start && IsDigit(folded[i - 1]) && i + 1 < folded.Length && IsDigit(folded[i + 1])) { i++; continue; }
            break;
        }
        return i - start;
    }

    /// <summary>True when the token is only digits (and decimal points): a number that may take a unit.</summary>
    public static bool IsNumber(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty || !IsDigit(token[0])) return false;
        foreach (var c in token) if (!IsDigit(c) && c != '.') return false;
        return true;
    }
}
