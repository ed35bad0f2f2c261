using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Provenance;

/// <summary>
/// Figures written in Chinese numerals (八十周岁, 三个月, 百分之五十, 二〇二五年), read as numbers so the figure check
/// covers them like digits: a hand edit cannot bring in 九十周岁 where the source says 八十. Only a numeral followed by
/// a unit (or after 百分之) counts, so words such as 一律 or 十分 are not figures.
/// </summary>
public static partial class ChineseNumerals
{
    /// <summary>Each figure as written and its value in digits.</summary>
    public static IEnumerable<(string Text, string Value)> Figures(string text)
    {
        foreach (Match m in FigurePattern().Matches(text))
            if (Value(m.Groups["n"].Value) is { } value) yield return (m.Value, value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The value of a numeral: positional (三百二十五) or digit by digit (二〇二五); null when it is neither.</summary>
    public static long? Value(string numeral)
    {
        if (numeral.Length == 0) return null;
        if (!numeral.Any(c => Units.ContainsKey(c)))
        {
            long digits = 0;
            foreach (var c in numeral)
            {
                if (!Digits.TryGetValue(c, out var d)) return null;
                digits = digits * 10 + d;
            }
            return digits;
        }
        long total = 0, section = 0, digit = 0;
        var sawDigit = false;
        foreach (var c in numeral)
        {
            if (Digits.TryGetValue(c, out var d))
            {
                digit = d;
                sawDigit = true;
            }
            else if (c == '万')
            {
                total += (section + digit) * 10000;
                section = digit = 0;
                sawDigit = false;
            }
            else
            {
                // 十 with nothing before it is ten (十五 = 15).
                section += (sawDigit ? digit : 1) * Units[c];
                digit = 0;
                sawDigit = false;
            }
        }
        return total + section + digit;
    }

    private static readonly Dictionary<char, long> Digits = new()
    {
        ['零'] = 0, ['〇'] = 0, ['一'] = 1, ['二'] = 2, ['两'] = 2, ['三'] = 3, ['四'] = 4, ['五'] = 5, ['六'] = 6, ['七'] = 7, ['八'] = 8, ['九'] = 9,
    };

    private static readonly Dictionary<char, long> Units = new() { ['十'] = 10, ['百'] = 100, ['千'] = 1000, ['万'] = 10000 };

    [GeneratedRegex("百分之(?<n>[零〇一二两三四五六七八九十百千万]+)|(?<n>[零〇一二两三四五六七八九十百千万]+)(?:周岁|岁|个月|个工作日|个|周|年|月|日|天|元|倍|亩|级|人|户|次|小时|%|％)")]
    private static partial Regex FigurePattern();
}
