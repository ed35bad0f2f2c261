namespace SiteGen.Import.Readers.PdfTable;

/// <summary>Undoes the line wrapping a PDF cell did.</summary>
internal static class WrapJoin
{
    /// <summary>
    /// Joins two pieces of one wrapped cell. The PDF broke lines by width, so no space belongs at the break,
    /// except between Latin letters or digits, which only wrap at a space.
    /// </summary>
    public static string Join(string left, string right)
    {
        if (left.Length == 0) return right;
        if (right.Length == 0) return left;
        var needsSpace = char.IsAsciiLetterOrDigit(left[^1]) && char.IsAsciiLetterOrDigit(right[0]);
        return needsSpace ? left + " " + right : left + right;
    }

    public static string JoinAll(IEnumerable<string> pieces) => pieces.Aggregate(string.Empty, Join);
}
