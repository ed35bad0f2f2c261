using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SiteGen.Search.Analysis;

/// <summary>
/// Base of the filters that add tokens at the position of the token they came from (posInc 0):
/// sub-words, quantities and synonyms. Subclasses say what to add after each incoming token.
/// </summary>
public abstract class StackingFilter : TokenFilter
{
    private readonly Queue<(string Term, int Start, int End, string Type)> _pending = new();
    private State? _origin;

    protected StackingFilter(TokenStream input) : base(input)
    {
        Term = AddAttribute<ICharTermAttribute>();
        Offset = AddAttribute<IOffsetAttribute>();
        PositionIncrement = AddAttribute<IPositionIncrementAttribute>();
        Type = AddAttribute<ITypeAttribute>();
    }

    protected ICharTermAttribute Term { get; }
    protected IOffsetAttribute Offset { get; }
    protected IPositionIncrementAttribute PositionIncrement { get; }
    protected ITypeAttribute Type { get; }

    /// <summary>Called with the attributes of a token just read; returns the tokens to stack on it.</summary>
    protected abstract IEnumerable<(string Term, int Start, int End, string Type)> Stack();

    public sealed override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            RestoreState(_origin);
            var (term, start, end, type) = _pending.Dequeue();
            Term.SetEmpty().Append(term);
            Offset.SetOffset(start, end);
            PositionIncrement.PositionIncrement = 0;
            Type.Type = type;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        foreach (var extra in Stack()) _pending.Enqueue(extra);
        if (_pending.Count > 0) _origin = CaptureState();
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _origin = null;
    }
}
