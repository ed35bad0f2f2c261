namespace SiteGen.Search.Analysis;

/// <summary>
/// Index-time word tokenizer: ideograph runs are segmented by <see cref="DagSegmenter"/>; letter and
/// digit runs are single tokens, typed as numbers when they are all digits.
/// </summary>
public sealed class ChineseWordTokenizer(TextReader input, DagSegmenter segmenter) : ListTokenizer(input)
{
    protected override IReadOnlyList<PlainToken> Tokenize(string folded)
    {
        var tokens = new List<PlainToken>();
        foreach (var run in TextRun.Split(folded))
        {
            if (!run.IsCjk)
            {
                var type = CharClass.IsNumber(folded.AsSpan(run.Start, run.Length)) ? TokenTypes.Number : TokenTypes.Alnum;
                tokens.Add(new PlainToken(run.Start, run.Length, type));
                continue;
            }
            foreach (var (start, length) in segmenter.Segment(folded.AsSpan(run.Start, run.Length)))
                tokens.Add(new PlainToken(run.Start + start, length, TokenTypes.Word));
        }
        return tokens;
    }
}
