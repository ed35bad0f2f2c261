using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SiteGen.Search.Indexing;

/// <summary>One token as an analyzer produced it: what the index keeps of it (text, position step, offsets).</summary>
public readonly record struct RecordedToken(string Term, int PositionIncrement, int Start, int End);

/// <summary>Replays tokens an analyzer produced earlier, so a text that recurs is analysed once.</summary>
public sealed class RecordedTokens : TokenStream
{
    private readonly IReadOnlyList<RecordedToken> _tokens;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IOffsetAttribute _offset;
    private int _next;

    public RecordedTokens(IReadOnlyList<RecordedToken> tokens)
    {
        _tokens = tokens;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count) return false;
        ClearAttributes();
        var token = _tokens[_next++];
        _term.SetEmpty().Append(token.Term);
        _position.PositionIncrement = token.PositionIncrement;
        _offset.SetOffset(token.Start, token.End);
        return true;
    }

    public override void End()
    {
        base.End();
        var last = _tokens.Count == 0 ? 0 : _tokens[^1].End;
        _offset.SetOffset(last, last);
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }

    /// <summary>Everything an analyzer makes of a field's text.</summary>
    public static IReadOnlyList<RecordedToken> Record(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<RecordedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(new RecordedToken(term.ToString(), position.PositionIncrement, offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }
}
