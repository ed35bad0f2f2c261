namespace SiteGen.Search.Export;

/// <summary>
/// How many pieces a table keyed by character code is cut into: a power of two, so that a piece stays near its
/// target size however large the site grows, and a query loads only the pieces of its own characters.
/// </summary>
public static class PieceCount
{
    public static int For(long bytes, int targetBytes, int maximum)
    {
        var count = 1;
        while (count < maximum && bytes / count > targetBytes) count *= 2;
        return count;
    }

    /// <summary>The piece holding the entries of one UTF-16 code unit (search.js computes the same).</summary>
    public static int Of(char c, int count) => c % count;
}
