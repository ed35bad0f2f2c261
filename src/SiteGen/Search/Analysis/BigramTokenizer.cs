namespace SiteGen.Search.Analysis;

/// <summary>
/// Overlapping two-character windows over each ideograph run (a run of one character gives nothing).
/// The bigram field finds words the dictionary splits differently from the reader, at the cost of precision.
/// </summary>
public sealed class BigramTokenizer(TextReader input) : ListTokenizer(input)
{
    protected override IReadOnlyList<PlainToken> Tokenize(string folded)
    {
        var tokens = new List<PlainToken>();
        foreach (var run in TextRun.Split(folded))
        {
            if (!run.IsCjk) continue;
            for (var i = 0; i + 2 <= run.Length; i++) tokens.Add(new PlainToken(run.Start + i, 2, TokenTypes.Gram));
        }
        return tokens;
    }
}
