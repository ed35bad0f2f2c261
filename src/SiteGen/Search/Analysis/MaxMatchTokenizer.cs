namespace SiteGen.Search.Analysis;

/// <summary>
/// Query tokenizer: forward maximum matching against the <see cref="QueryVocabulary"/>. It works on
/// pieces (one ideograph, or a whole letter/digit run, which is never split), takes at each point
/// the longest run of pieces that is a vocabulary word, and emits a letter/digit piece that matches
/// nothing as a word of its own, unless it is letters: letter runs that are no word (with the spaces
/// between them dropped, gao ling jin tie) are maximum-matched against the pinyin of the names, and
/// letters that start no pinyin word are dropped. Ideographs that start no word are collected and
/// emitted as bigrams for the recall field; a lone one is searched as the one-character word it is.
/// A matched stop word (有什么, 吗 …) emits nothing: it only ends a run of left-over ideographs.
/// A matched word longer than two characters is followed by the words of its own maximum matching
/// with itself excluded (高龄老人补贴 → 高龄 老人 补贴), mirroring the index-time
/// <see cref="SubwordFilter"/>: a whole name ranks its programme first without hiding the others;
/// a synonym word is not cut (its synonyms carry its meaning).
/// search.js (function <c>segment</c>) implements exactly this; keep them in step.
/// </summary>
public sealed class MaxMatchTokenizer(TextReader input, QueryVocabulary vocabulary) : ListTokenizer(input)
{
    protected override IReadOnlyList<PlainToken> Tokenize(string folded)
    {
        var tokens = new List<PlainToken>();
        Segment(folded, 0, folded.Length, vocabulary.MaxLength, tokens, outer: true);
        return tokens;
    }

    private void Segment(string folded, int from, int to, int limit, List<PlainToken> tokens, bool outer)
    {
        var leftover = -1;
        var i = from;
        while (i < to)
        {
            var c = folded[i];
            if (!CharClass.IsCjk(c) && !CharClass.IsAlnum(c))
            {
                FlushLeftover(folded, tokens, ref leftover, i, outer);
                i++;
                continue;
            }
            var end = LongestMatch(folded, i, to, limit);
            if (end > i)
            {
                FlushLeftover(folded, tokens, ref leftover, i, outer);
                if (!vocabulary.IsStopWord(folded[i..end]))
                {
                    tokens.Add(new PlainToken(i, end - i, outer ? TokenTypes.Word : TokenTypes.Subword));
                    if (outer && end - i > 2 && !vocabulary.IsWhole(folded[i..end])) Segment(folded, i, end, end - i - 1, tokens, outer: false);
                }
                i = end;
            }
            else if (CharClass.IsCjk(c))
            {
                if (leftover < 0) leftover = i;
                i++;
            }
            else if (outer && PinyinRun(folded, i, to) is { Letters.Length: > 0 } pinyin)
            {
                FlushLeftover(folded, tokens, ref leftover, i, outer);
                AddPinyin(pinyin.Letters, pinyin.Starts, tokens);
                i = pinyin.End;
            }
            else
            {
                FlushLeftover(folded, tokens, ref leftover, i, outer);
                var length = CharClass.AlnumRunLength(folded, i);
                var type = !outer ? TokenTypes.Subword : CharClass.IsNumber(folded.AsSpan(i, length)) ? TokenTypes.Number : TokenTypes.Alnum;
                tokens.Add(new PlainToken(i, length, type));
                i += length;
            }
        }
        FlushLeftover(folded, tokens, ref leftover, to, outer);
    }

    /// <summary>End of the longest vocabulary word of at most <paramref name="limit"/> characters starting at <paramref name="start"/>, or <paramref name="start"/> when none.</summary>
    private int LongestMatch(string folded, int start, int to, int limit)
    {
        var best = start;
        var j = start;
        while (j < to)
        {
            var c = folded[j];
            if (CharClass.IsCjk(c)) j++;
            else if (CharClass.IsAlnum(c)) j += CharClass.AlnumRunLength(folded, j);
            else break;
            if (j - start > limit) break;
            if (vocabulary.Contains(folded[start..j])) best = j;
        }
        return best;
    }

    /// <summary>
    /// The letter runs from <paramref name="start"/> that match no vocabulary word, joined across spaces,
    /// with the offset of each letter; empty when the run there has digits or is a word.
    /// </summary>
    private (string Letters, List<int> Starts, int End) PinyinRun(string folded, int start, int to)
    {
        var letters = new System.Text.StringBuilder();
        var starts = new List<int>();
        var end = start;
        var i = start;
        while (i < to)
        {
            var length = CharClass.AlnumRunLength(folded, i);
            if (length == 0 || !IsLetters(folded.AsSpan(i, length)) || LongestMatch(folded, i, to, vocabulary.MaxLength) > i) break;
            for (var k = 0; k < length; k++) { letters.Append(folded[i + k]); starts.Add(i + k); }
            end = i + length;
            i = end;
            while (i < to && folded[i] == ' ') i++;
        }
        return (letters.ToString(), starts, end);
    }

    private static bool IsLetters(ReadOnlySpan<char> run)
    {
        foreach (var c in run) if (c < 'a' || c > 'z') return false;
        return true;
    }

    /// <summary>Forward maximum matching of joined letters against the pinyin words; letters that start none are skipped.</summary>
    private void AddPinyin(string letters, List<int> starts, List<PlainToken> tokens)
    {
        var i = 0;
        while (i < letters.Length)
        {
            var best = 0;
            for (var n = Math.Min(vocabulary.Pinyin.MaxLength, letters.Length - i); n >= 2; n--)
                if (vocabulary.Pinyin.Contains(letters.Substring(i, n))) { best = n; break; }
            if (best == 0) { i++; continue; }
            tokens.Add(new PlainToken(starts[i], best, TokenTypes.Pinyin, letters.Substring(i, best)));
            i += best;
        }
    }

    // Inside a matched word, left-over characters are already covered by the word itself.
    private void FlushLeftover(string folded, List<PlainToken> tokens, ref int leftover, int end, bool outer)
    {
        if (leftover < 0) return;
        if (outer && end - leftover == 1)
        {
            if (!vocabulary.IsStopWord(folded[leftover..end])) tokens.Add(new PlainToken(leftover, 1, TokenTypes.Word));
        }
        else if (outer && end - leftover > MaxSlipRun) AddGrams(tokens, leftover, end);
        else if (outer)
        {
            // Spans whose readings spell a name's pinyin are that name (a homophone picked by mistake);
            // the rest of the run gives bigrams as before.
            var plainFrom = leftover;
            var k = leftover;
            while (k < end)
            {
                var (length, form) = Homophone(folded, k, end);
                if (length == 0) { k++; continue; }
                AddGrams(tokens, plainFrom, k);
                tokens.Add(new PlainToken(k, length, TokenTypes.Pinyin, form));
                k += length;
                plainFrom = k;
            }
            AddGrams(tokens, plainFrom, end);
        }
        leftover = -1;
    }

    private static void AddGrams(List<PlainToken> tokens, int from, int to)
    {
        for (var k = from; k + 2 <= to; k++) tokens.Add(new PlainToken(k, 2, TokenTypes.Gram));
    }

    /// <summary>
    /// The longest span of two or more ideographs from <paramref name="start"/> whose customary readings spell a
    /// pinyin form and which is one of that form's words with one character changed, with the form; (0, "") when none.
    /// </summary>
    private (int Length, string Form) Homophone(string folded, int start, int end)
    {
        var sounds = new List<string>();
        for (var k = start; k < end && sounds.Count < MaxHomophoneLength && vocabulary.Pinyin.SoundOf(folded[k]) is { } sound; k++) sounds.Add(sound);
        for (var n = sounds.Count; n >= 2; n--)
        {
            var form = string.Concat(sounds.Take(n));
            var span = folded.Substring(start, n);
            if (vocabulary.Pinyin.TermsOf(form).Any(word => IsOneSlip(word, span))) return (n, form);
        }
        return (0, "");
    }

    // A slip of the keyboard changes one character of a word; a span that shares no character with it
    // (不住 for 补助) is other words that happen to sound alike.
    private static bool IsOneSlip(string word, string span)
    {
        if (word.Length != span.Length) return false;
        var differ = 0;
        for (var i = 0; i < word.Length; i++) if (word[i] != span[i]) differ++;
        return differ == 1;
    }

    /// <summary>Longest homophone span tried: longer names are typed whole, not misspelt throughout.</summary>
    private const int MaxHomophoneLength = 8;

    /// <summary>
    /// Longest left-over run searched for a slip (search.js: MAX_SLIP_RUN). A slip inside a word leaves a short run
    /// the vocabulary lacks (底保, 户理); a long one is the caller's own words, where two characters that sound like a
    /// name (干不 for 干部) are chance.
    /// </summary>
    private const int MaxSlipRun = 4;
}
