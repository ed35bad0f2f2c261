using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SiteGen.Search.Analysis;

/// <summary>
/// A tokenizer that reads its whole input, folds it, and emits a precomputed list of tokens.
/// Field values here are at most a few thousand characters, so reading them whole is cheap and
/// lets the segmenter see complete runs.
/// </summary>
public abstract class ListTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private string _text = "";
    private IReadOnlyList<PlainToken> _tokens = [];
    private int _next;

    protected ListTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <summary>Finds the tokens of the folded text (see <see cref="CharClass.Fold(string)"/>).</summary>
    protected abstract IReadOnlyList<PlainToken> Tokenize(string folded);

    public sealed override bool IncrementToken()
    {
        ClearAttributes();
        if (_next >= _tokens.Count) return false;
        var token = _tokens[_next++];
        _term.SetEmpty().Append(_text.Substring(token.Start, token.Length));
        _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.Start + token.Length));
        _type.Type = token.Type;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        // Lucene's reusable string reader answers null rather than "" for an empty value.
        _text = CharClass.Fold(m_input.ReadToEnd() ?? "");
        _tokens = Tokenize(_text);
        _next = 0;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
    }
}
