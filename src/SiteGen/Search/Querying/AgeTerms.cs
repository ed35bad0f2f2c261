using SiteGen.Search.Analysis;
using SiteGen.Search.Indexing;

namespace SiteGen.Search.Querying;

/// <summary>
/// The age conditions the index holds, and which of them an age falls in. A query stating an age gets one
/// clause whose terms are the covering ranges' terms (<see cref="TermScores.Age"/> scores it). The ages 0 to
/// <see cref="AgeRange.MaxAge"/> fall into intervals that share their covering ranges; the export writes one
/// postings list per interval and the manifest the intervals, so search.js needs no range arithmetic.
/// </summary>
public sealed class AgeTerms
{
    private readonly IReadOnlyList<AgeRange> _ranges;

    public AgeTerms(IEnumerable<string> terms) =>
        _ranges = terms.Select(AgeRange.FromTerm).OfType<AgeRange>().Distinct().OrderBy(r => r.Term, StringComparer.Ordinal).ToList();

    public static AgeTerms Of(SearchIndex index) => new(index.Terms([SearchFields.Age]));

    /// <summary>The terms of the ranges covering <paramref name="age"/>, in ordinal order.</summary>
    public IReadOnlyList<string> Covering(int age) => _ranges.Where(r => r.Covers(age)).Select(r => r.Term).ToList();

    /// <summary>The clause of a stated age, or null when no condition covers it.</summary>
    public QueryClause? ClauseFor(int age) => Covering(age) is { Count: > 0 } terms ? new QueryClause(ClauseKind.Age, terms) : null;

    /// <summary>From each interval's first age, the terms covering every age of it, ascending; an interval no range covers has none.</summary>
    public IReadOnlyList<(int From, IReadOnlyList<string> Terms)> Intervals()
    {
        var starts = new SortedSet<int> { 0 };
        foreach (var r in _ranges)
        {
            if (r.From <= AgeRange.MaxAge) starts.Add(r.From);
            if (r.To is { } to && to < AgeRange.MaxAge) starts.Add(to + 1);
        }
        return starts.Select(from => (from, Covering(from))).ToList();
    }
}
