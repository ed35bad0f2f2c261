using System.Text.RegularExpressions;

namespace SiteGen.Search.Analysis;

/// <summary>
/// Finds the ages a text sets as conditions, in the ways Chinese policy texts write them (folded text:
/// full-width brackets and digits already ASCII): 80周岁(含)及以上, 年满60周岁, 0—6岁, 80周岁(含)至89周岁(含),
/// 不满3周岁, 至本人年满60周岁止. Ages written in numerals (八十周岁) count as well. The texts are the editor's;
/// this knows only how an age condition is phrased, not which programme has one.
/// </summary>
public static partial class AgeConditions
{
    private const string Number = AgeRange.NumberPattern;
    private const string Years = "(?:周岁|岁)";
    private const string Included = @"(?:\s*\((?:含|含本数)\))?";

    // One pattern, alternatives tried left to right at each position: a range first, so its lower end is not
    // also read as "N and over".
    [GeneratedRegex(
        $@"{Number}\s*{Years}?{Included}\s*(?:至|到|—|–|-|~)\s*{Number}\s*{Years}{Included}"
        + $@"|(?:未满|不满|不到){Number}\s*{Years}"
        + $@"|{Number}\s*{Years}{Included}\s*(?<below>以下|以内|止|为止)"
        + $@"|{Number}\s*{Years}{Included}\s*(?:及以上|以上|及其以上|起|后|以后)"
        + $@"|年满{Number}\s*{Years}(?!{Included}\s*(?:止|为止))")]
    private static partial Regex Pattern();

    /// <summary>Each age condition of the folded text, in text order, with where it is written.</summary>
    public static IReadOnlyList<(AgeRange Range, int Start, int Length)> In(string folded)
    {
        var found = new List<(AgeRange, int, int)>();
        foreach (Match m in Pattern().Matches(folded))
        {
            var numbers = m.Groups.Values.Skip(1).Where(g => g.Success && g.Name != "below").Select(g => AgeRange.Number(g.Value)).ToList();
            if (numbers.Any(n => n is null or > AgeRange.MaxAge)) continue;
            var range = m.Groups[1].Success ? new AgeRange(numbers[0]!.Value, numbers[1]!.Value)
                : m.Groups[3].Success ? new AgeRange(0, numbers[0]!.Value - 1)
                : m.Groups["below"].Success ? new AgeRange(0, numbers[0]!.Value)
                : new AgeRange(numbers[0]!.Value, null);
            if (range.To is { } to && to < range.From) continue;
            found.Add((range, m.Index, m.Length));
        }
        return found;
    }
}
