namespace SiteGen.Search.Analysis;

/// <summary>
/// Reads a whole number written in ASCII digits or in Chinese numerals as people write ages and counts
/// (十八, 九十三, 一百零二, 两): digits 零〇一二两三四五六七八九, units 十百千. search.js
/// (function <c>numeral</c>) reads them alike.
/// </summary>
public static class ChineseNumeral
{
    /// <summary>The characters a numeral may be written with (besides ASCII digits).</summary>
    public const string Characters = "零〇一二两三四五六七八九十百千";

    /// <summary>True for a character that can be part of a numeral.</summary>
    public static bool IsNumeralChar(char c) => c is >= '0' and <= '9' || Characters.Contains(c);

    /// <summary>The value of <paramref name="text"/>, or null when it is not one numeral (mixed, empty, malformed or over 9999).</summary>
    public static int? Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return null;
        if (text[0] is >= '0' and <= '9')
        {
            var value = 0;
            foreach (var c in text)
            {
                if (c is < '0' or > '9' || value > 9999) return null;
                value = value * 10 + (c - '0');
            }
            return value <= 9999 ? value : null;
        }
        var total = 0;
        var digit = -1;
        var lastUnit = 10_000;
        foreach (var c in text)
        {
            var d = DigitOf(c);
            // 零 only separates (一百零二); two digits in a row (一二) are no numeral.
            if (d == 0) continue;
            if (d > 0)
            {
                if (digit >= 0) return null;
                digit = d;
                continue;
            }
            var unit = UnitOf(c);
            if (unit == 0 || unit >= lastUnit) return null;
            // 十 alone at the start stands for 一十 (十八 = 18).
            total += (digit < 0 ? 1 : digit) * unit;
            lastUnit = unit;
            digit = -1;
        }
        if (digit > 0) total += digit;
        return total;
    }

    private static int DigitOf(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static int UnitOf(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => 0,
    };
}
