namespace SiteGen.Search.Analysis;

/// <summary>
/// Splits a run of ideographs into words along the most probable path through the graph of all
/// dictionary words in it (unigram model: a word's probability is its frequency over the total).
/// Consecutive characters that are not words on their own are kept together as one unknown word,
/// which is usually a name the dictionary lacks.
/// </summary>
public sealed class DagSegmenter(WordDictionary dictionary)
{
    /// <summary>Returns (start, length) of each word of <paramref name="run"/>, in order.</summary>
    public IReadOnlyList<(int Start, int Length)> Segment(ReadOnlySpan<char> run)
    {
        var n = run.Length;
        var best = new double[n + 1];
        var next = new int[n + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            // A single character is always possible; unknown ones get frequency 1.
            var single = Math.Max(dictionary.Frequency(run.Slice(i, 1)), 1);
            best[i] = Math.Log(single) - dictionary.LogTotal + best[i + 1];
            next[i] = i + 1;
            for (var j = i + 2; j <= n; j++)
            {
                var f = dictionary.Frequency(run[i..j]);
                if (f < 0) break;
                if (f == 0) continue;
                var score = Math.Log(f) - dictionary.LogTotal + best[j];
                // >= prefers the longer word on a tie, so results do not depend on float noise order.
                if (score >= best[i]) { best[i] = score; next[i] = j; }
            }
        }

        var words = new List<(int, int)>();
        var unknownStart = -1;
        for (var i = 0; i < n; i = next[i])
        {
            var length = next[i] - i;
            if (length == 1 && !dictionary.IsWord(run.Slice(i, 1)))
            {
                if (unknownStart < 0) unknownStart = i;
                continue;
            }
            Flush(words, ref unknownStart, i);
            words.Add((i, length));
        }
        Flush(words, ref unknownStart, n);
        return words;
    }

    private static void Flush(List<(int, int)> words, ref int unknownStart, int end)
    {
        if (unknownStart < 0) return;
        words.Add((unknownStart, end - unknownStart));
        unknownStart = -1;
    }
}
