using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace SiteGen.Search.Indexing;

/// <summary>One token as an analyzer produced it: what the index keeps of it (text, position step, offsets).</summary>
public readonly record struct RecordedToken(string Term, int PositionIncrement, int Start, int End);

/// <summary>
/// Replays tokens an analyzer produced earlier, so a text that recurs is analysed once. One instance serves every
/// field the index writer inverts, one after another (<see cref="ReplayedField"/> primes it): making a token stream
/// costs more than replaying a field's tokens.
/// </summary>
public sealed class RecordedTokens : TokenStream
{
    private IReadOnlyList<RecordedToken> _tokens = [];
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IOffsetAttribute _offset;
    private int _next;

    public RecordedTokens()
    {
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

    /// <summary>The tokens the next replay gives.</summary>
    public RecordedTokens Prime(IReadOnlyList<RecordedToken> tokens)
    {
        _tokens = tokens;
        _next = 0;
        return this;
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

/// <summary>A field whose tokens were recorded: the writer asks for its stream only when it inverts it, one field at a time.</summary>
public sealed class ReplayedField(string name, IReadOnlyList<RecordedToken> tokens, RecordedTokens replay)
    : Field(name, "", TextField.TYPE_NOT_STORED)
{
    public override TokenStream GetTokenStream(Analyzer analyzer) => replay.Prime(tokens);
}
