using Lucene.Net.Analysis;

namespace SiteGen.Search.Analysis;

/// <summary>
/// Adds every dictionary word of two or more characters found inside a longer word, so a reader who
/// types part of a long programme name (护理补贴 inside 重度残疾人护理补贴) still matches it.
/// </summary>
public sealed class SubwordFilter(TokenStream input, WordDictionary dictionary) : StackingFilter(input)
{
    protected override IEnumerable<(string, int, int, string)> Stack()
    {
        if (Type.Type != TokenTypes.Word || Term.Length <= 2) return [];
        var word = Term.ToString();
        var start = Offset.StartOffset;
        var found = new List<(string, int, int, string)>();
        for (var i = 0; i < word.Length - 1; i++)
        {
            for (var j = i + 2; j <= word.Length; j++)
            {
                if (i == 0 && j == word.Length) break;
                var f = dictionary.Frequency(word.AsSpan(i, j - i));
                if (f < 0) break;
                if (f > 0) found.Add((word[i..j], start + i, start + j, TokenTypes.Subword));
            }
        }
        return found;
    }
}
