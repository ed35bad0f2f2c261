using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Search.Analysis;

namespace SiteGen.Search.Querying;

/// <summary>
/// Finds the age a query states (八十一岁, 102周岁, 今年九十一了, 七十多岁, 不满3岁, 九十大寿, 年过七十): a caller's age is matched
/// against the programmes' age conditions (<see cref="AgeTerms"/>), and its words are written the one way the
/// texts write an age (八十岁 → 80周岁), so they match the texts' own mentions of it. The first age stated counts.
/// search.js (function <c>statedAge</c>) reads the same phrasings.
/// </summary>
public static partial class AgeMatcher
{
    private const string Number = AgeRange.NumberPattern;

    [GeneratedRegex($"(未满|不满|不到)?{Number}(多|几)?(?:周岁|岁)|(?:今年|已经|都|快|满){Number}(多)?了|{Number}(多)?(?:大寿|寿辰)|年过{Number}")]
    private static partial Regex Pattern();

    /// <summary>The age stated in the folded query (null when none) and the query with that age written as N周岁.</summary>
    public static (int? Age, string Text) Find(string folded)
    {
        foreach (Match m in Pattern().Matches(folded))
        {
            var number = new[] { 2, 4, 6, 8 }.Select(g => m.Groups[g]).First(g => g.Success);
            if (AgeRange.Number(number.Value) is not { } value || value > AgeRange.MaxAge) continue;
            // "Over N" is taken as N + 1; "under N" as N - 1.
            var age = m.Groups[1].Success ? value - 1 : m.Groups[3].Success || m.Groups[5].Success || m.Groups[7].Success || m.Groups[8].Success ? value + 1 : value;
            if (age < 0) continue;
            age = Math.Min(age, AgeRange.MaxAge);
            return (age, string.Concat(folded.AsSpan(0, m.Index), string.Create(CultureInfo.InvariantCulture, $" {age}周岁 "), folded.AsSpan(m.Index + m.Length)));
        }
        return (null, folded);
    }
}
