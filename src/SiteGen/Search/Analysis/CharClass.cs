namespace SiteGen.Search.Analysis;

/// <summary>
/// Character folding and classes shared by every analyzer. search.js implements the same rules
/// (function <c>fold</c> and friends); change both together or browser and CLI results drift apart.
/// </summary>
public static class CharClass
{
    /// <summary>Full-width forms become ASCII and letters lower case, so ＡＢＣ１２３ and abc123 index alike.</summary>
    public static char Fold(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E') c = (char)(c - 0xFEE0);
        else if (c == '\u3000') c = ' ';
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        return c;
    }

    public static string Fold(string text) => string.Create(text.Length, text, static (span, s) =>
    {
        for (var i = 0; i < s.Length; i++) span[i] = Fold(s[i]);
    });

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
