namespace SiteGen.Import.Readers.Documents;

/// <summary>
/// Rejoins the lines of a document body into paragraphs. PDF extraction breaks paragraphs into lines, and puts blank
/// lines between them, so blank lines say nothing. A paragraph ends where its last line shows it: in text wrapped at a
/// fixed width, a line shorter than the width or ending with a colon; otherwise, a line ending with closing punctuation or a line with no
/// punctuation at all (a title). A part, article or item number always starts a new paragraph, and a part heading is always one line.
/// </summary>
internal sealed class ParagraphJoiner
{
    private const string ClosingPunctuation = "。！？：；）)”」";
    private const string SentencePunctuation = "，。；：、！？";

    // Fixed-width text has most lines within a few characters of one width; a shorter line ends its paragraph.
    private const int WidthTolerance = 3;
    private const double FixedWidthShare = 0.6;

    public IReadOnlyList<TextBlock> Join(IReadOnlyList<string> lines)
    {
        var text = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var width = FixedWidth(text);
        var blocks = new List<TextBlock>();
        var current = new List<string>();
        var kind = BlockKind.Paragraph;

        void Close()
        {
            if (current.Count > 0)
                blocks.Add(new TextBlock(kind, Concatenate(current)));
            current.Clear();
        }

        foreach (var line in text)
        {
            var lineKind = DocumentMarkers.Part().IsMatch(line) ? BlockKind.Part
                : DocumentMarkers.Article().IsMatch(line) ? BlockKind.Article
                : (BlockKind?)null;
            if (lineKind is not null || DocumentMarkers.Item().IsMatch(line))
            {
                Close();
                kind = lineKind ?? BlockKind.Paragraph;
            }
            else if (current.Count == 0)
                kind = BlockKind.Paragraph;

            current.Add(line);
            // A part heading is a short title on one line; the 、 of its number is no sentence punctuation.
            if (lineKind == BlockKind.Part || EndsParagraph(line, width))
                Close();
        }

        Close();
        return blocks;
    }

    // A colon closes the addressee line and list introductions whatever the line's length.
    private static bool EndsParagraph(string line, int? width) => width is { } w
        ? Length(line) < w - WidthTolerance || line[^1] == '：'
        : ClosingPunctuation.Contains(line[^1]) || !line.Any(SentencePunctuation.Contains);

    /// <summary>The width the text was wrapped at, or null when lines are whole paragraphs of varying length.</summary>
    private static int? FixedWidth(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
            return null;
        var mode = lines.GroupBy(Length).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        var near = lines.Count(l => Math.Abs(Length(l) - mode) <= WidthTolerance);
        return near >= lines.Count * FixedWidthShare ? mode : null;
    }

    private static int Length(string line) => line.Count(c => !char.IsWhiteSpace(c));

    /// <summary>Chinese text joins without a space; only two Latin words meeting at a line break get one back.</summary>
    private static string Concatenate(IReadOnlyList<string> parts) => parts.Aggregate((joined, next) =>
        char.IsAsciiLetter(joined[^1]) && char.IsAsciiLetter(next[0]) ? joined + " " + next : joined + next);
}
