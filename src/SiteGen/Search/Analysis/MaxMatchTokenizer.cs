namespace SiteGen.Search.Analysis;

/// <summary>
/// Query tokenizer: forward maximum matching against the <see cref="QueryVocabulary"/>. It works on
/// pieces (one ideograph, or a whole letter/digit run, which is never split), takes at each point
/// the longest run of pieces that is a vocabulary word, and emits a letter/digit piece that matches
/// nothing as a word of its own. Ideographs that start no word are collected and emitted as bigrams
/// for the recall field (a lone one is dropped, as at index time).
/// search.js (function <c>segment</c>) implements exactly this; keep them in step.
/// </summary>
public sealed class MaxMatchTokenizer(TextReader input, QueryVocabulary vocabulary) : ListTokenizer(input)
{
    protected override IReadOnlyList<PlainToken> Tokenize(string folded)
    {
        var tokens = new List<PlainToken>();
        var leftover = -1;
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (!CharClass.IsCjk(c) && !CharClass.IsAlnum(c))
            {
                FlushLeftover(tokens, ref leftover, i);
                i++;
                continue;
            }
            var end = LongestMatch(folded, i);
            if (end > i)
            {
                FlushLeftover(tokens, ref leftover, i);
                tokens.Add(new PlainToken(i, end - i, TokenTypes.Word));
                i = end;
            }
            else if (CharClass.IsCjk(c))
            {
                if (leftover < 0) leftover = i;
                i++;
            }
            else
            {
                FlushLeftover(tokens, ref leftover, i);
                var length = CharClass.AlnumRunLength(folded, i);
                var type = CharClass.IsNumber(folded.AsSpan(i, length)) ? TokenTypes.Number : TokenTypes.Alnum;
                tokens.Add(new PlainToken(i, length, type));
                i += length;
            }
        }
        FlushLeftover(tokens, ref leftover, folded.Length);
        return tokens;
    }

    /// <summary>End of the longest vocabulary word starting at <paramref name="start"/>, or <paramref name="start"/> when none.</summary>
    private int LongestMatch(string folded, int start)
    {
        var best = start;
        var j = start;
        while (j < folded.Length)
        {
            var c = folded[j];
            if (CharClass.IsCjk(c)) j++;
            else if (CharClass.IsAlnum(c)) j += CharClass.AlnumRunLength(folded, j);
            else break;
            if (j - start > vocabulary.MaxLength) break;
            if (vocabulary.Contains(folded[start..j])) best = j;
        }
        return best;
    }

    private static void FlushLeftover(List<PlainToken> tokens, ref int leftover, int end)
    {
        if (leftover < 0) return;
        for (var k = leftover; k + 2 <= end; k++) tokens.Add(new PlainToken(k, 2, TokenTypes.Gram));
        leftover = -1;
    }
}
