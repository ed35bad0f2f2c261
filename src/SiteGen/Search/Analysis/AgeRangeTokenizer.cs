namespace SiteGen.Search.Analysis;

/// <summary>The age field's tokenizer: one token per age condition of the text (<see cref="AgeConditions"/>), its range's term.</summary>
public sealed class AgeRangeTokenizer(TextReader input) : ListTokenizer(input)
{
    protected override IReadOnlyList<PlainToken> Tokenize(string folded) =>
        AgeConditions.In(folded).Select(a => new PlainToken(a.Start, a.Length, TokenTypes.Age, a.Range.Term)).ToList();
}
