using ICU4N.Impl;
using ICU4N.Text;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace SiteGen.Search.Analysis;

/// <summary>
/// SmartCn's word segmentation, token for token what <see cref="HMMChineseTokenizer"/> gives: the text cut into
/// sentences by ICU's root-locale rules, each sentence segmented by <see cref="HHMMSegmenter"/>, its tokens passed
/// through <see cref="SegTokenFilter"/>. The sentence rules are read from ICU's data directly: asking ICU4N for a
/// break iterator by locale, as HMMChineseTokenizer does, makes it convert a .NET culture, and its first conversion
/// reads the default calendar of every culture it knows, most of a second of start-up before the first word.
/// </summary>
public sealed class SmartCnTokenizer : SegmentingTokenizerBase
{
    private readonly HHMMSegmenter _segmenter = new();
    private readonly SegTokenFilter _filter = new();
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private IList<SegToken> _tokens = [];
    private string _sentence = "";
    private int _sentenceStart;
    private int _next;

    /// <summary>The root locale's compiled sentence rules (ICU's boundaries/sentence of root); only ever cloned.</summary>
    private static readonly RuleBasedBreakIterator RootSentences = ReadRootSentences();

    public SmartCnTokenizer(TextReader reader) : base(reader, (BreakIterator)RootSentences.Clone())
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    protected override void SetNextSentence(int sentenceStart, int sentenceEnd)
    {
        _sentence = new string(m_buffer, sentenceStart, sentenceEnd - sentenceStart);
        _sentenceStart = m_offset + sentenceStart;
        _tokens = _segmenter.Process(_sentence);
        // The first and last tokens mark the sentence's start and end.
        _next = 1;
    }

    protected override bool IncrementWord()
    {
        if (_next >= _tokens.Count - 1) return false;
        var token = _tokens[_next++];
        // Letters and digits are given as written, then normalised by the filter (full width to ASCII, lower case).
        if (token.WordType is WordType.STRING or WordType.NUMBER or WordType.FULLWIDTH_NUMBER or WordType.FULLWIDTH_STRING)
            token.CharArray = _sentence.AsSpan(token.StartOffset, token.EndOffset - token.StartOffset).ToArray();
        token = _filter.Filter(token);
        ClearAttributes();
        _term.CopyBuffer(token.CharArray, 0, token.CharArray.Length);
        _offset.SetOffset(CorrectOffset(_sentenceStart + token.StartOffset), CorrectOffset(_sentenceStart + token.EndOffset));
        _type.Type = "word";
        return true;
    }

    private static RuleBasedBreakIterator ReadRootSentences()
    {
#pragma warning disable CS0618 // "ICU internal only": it is what ICU4N's own locale lookup ends in, after the conversion skipped here.
        return RuleBasedBreakIterator.GetInstanceFromCompiledRules(ICUBinary.GetRequiredData("brkitr/sent.brk"));
#pragma warning restore CS0618
    }

    public override void Reset()
    {
        base.Reset();
        _tokens = [];
        _next = 0;
    }
}
