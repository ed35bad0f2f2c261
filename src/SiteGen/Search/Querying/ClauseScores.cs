namespace SiteGen.Search.Querying;

/// <summary>A clause's positive scores: Lucene document numbers in ascending order, each with its score.</summary>
public sealed record ClauseScores(int[] Docs, double[] Scores)
{
    public static readonly ClauseScores None = new([], []);

    public int Count => Docs.Length;
}
