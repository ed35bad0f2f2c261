namespace SiteGen.Search.Querying;

/// <summary>A clause's positive scores: Lucene document numbers in ascending order, each with its score.</summary>
public sealed record ClauseScores(int[] Docs, double[] Scores)
{
    public static readonly ClauseScores None = new([], []);

    public int Count => Docs.Length;

    /// <summary>The entries whose index passes <paramref name="kept"/>, in the same order; this one when all pass.</summary>
    public ClauseScores Where(Func<int, bool> kept)
    {
        var at = Enumerable.Range(0, Count).Where(kept).ToArray();
        return at.Length == Count ? this : new ClauseScores(at.Select(i => Docs[i]).ToArray(), at.Select(i => Scores[i]).ToArray());
    }
}
