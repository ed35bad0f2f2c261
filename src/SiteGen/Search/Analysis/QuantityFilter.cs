using Lucene.Net.Analysis;

namespace SiteGen.Search.Analysis;

/// <summary>
/// Joins a number with the word written right after it (80 + 周岁 → 80周岁, 657 + 元 → 657元) and
/// stacks the result on that word, so amounts and ages are searchable with their unit. The number
/// and the word stay as tokens of their own. No list of units: any adjacent word qualifies.
/// </summary>
public sealed class QuantityFilter(TokenStream input) : StackingFilter(input)
{
    private string? _number;
    private int _numberStart;
    private int _numberEnd;

    protected override IEnumerable<(string, int, int, string)> Stack()
    {
        if (PositionIncrement.PositionIncrement == 0) return [];
        var type = Type.Type;
        IEnumerable<(string, int, int, string)> result = [];
        if (_number is not null && type == TokenTypes.Word && Offset.StartOffset == _numberEnd)
            result = [(_number + Term.ToString(), _numberStart, Offset.EndOffset, TokenTypes.Quantity)];
        if (type == TokenTypes.Number)
        {
            _number = Term.ToString();
            _numberStart = Offset.StartOffset;
            _numberEnd = Offset.EndOffset;
        }
        else _number = null;
        return result;
    }

    public override void Reset()
    {
        base.Reset();
        _number = null;
    }
}
