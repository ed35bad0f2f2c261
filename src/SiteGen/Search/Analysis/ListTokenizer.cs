using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SiteGen.Search.Analysis;

/// <summary>
/// A tokenizer that reads its whole (already folded) input and emits a precomputed list of tokens.
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

    /// <summary>Finds the tokens of the folded text (the analyzer folds it with <see cref="Folding"/>).</summary>
    protected abstract IReadOnlyList<PlainToken> Tokenize(string folded);

    public sealed override bool IncrementToken()
    {
        ClearAttributes();
        if (_next >= _tokens.Count) return false;
        var token = _tokens[_next++];
        _term.SetEmpty().Append(token.Text ?? _text.Substring(token.Start, token.Length));
        _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.Start + token.Length));
        _type.Type = token.Type;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        // Lucene's reusable string reader answers null rather than "" for an empty value.
        _text = ReadAll(m_input);
        _tokens = Tokenize(_text);
        _next = 0;
    }

    // Lucene's char filters answer -1 at the end, as Java readers do, which TextReader.ReadToEnd does not expect.
    private static string ReadAll(TextReader reader)
    {
        var text = new System.Text.StringBuilder();
        var buffer = new char[1024];
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0) text.Append(buffer, 0, n);
        return text.ToString();
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
    }
}
