using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Content.Model;

namespace SiteGen.Import.Normalising;

/// <summary>
/// Splits a policy-basis cell into its citations. Listings number them ("1.《…》"), put each on its own line,
/// or run them together; a citation ends after its 文号's closing bracket.
/// </summary>
public static partial class BasisParser
{
    public static IReadOnlyList<BasisCitation> Parse(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell)) return [];
        var text = TextCleanup.JoinWrapped(cell);
        var pieces = NumberedStart().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        var citations = new List<BasisCitation>();
        foreach (var piece in pieces)
        {
            var found = DocNumber.FindAll(piece).ToList();
            if (found.Count <= 1)
            {
                citations.Add(new BasisCitation(piece, found.Count == 1 ? found[0].Number.ToString() : null));
                continue;
            }
            // Several documents run together in one piece: cut after each 文号 and the bracket that closes it.
            var start = 0;
            foreach (var (number, index, length) in found)
            {
                var end = index + length;
                if (end < piece.Length && piece[end] is '）' or ')' or '】' or ']') end++;
                citations.Add(new BasisCitation(piece[start..end].Trim(Separators), number.ToString()));
                start = end;
            }
            var rest = piece[start..].Trim(Separators);
            if (rest.Length > 0) citations.Add(new BasisCitation(rest, null));
        }
        return citations;
    }

    private static readonly char[] Separators = [' ', '；', ';', '，', ',', '、'];

    [GeneratedRegex(@"(?:^|\s+|(?<=[）)》号]))\d{1,2}[\.．、](?=\s*[《“\p{IsCJKUnifiedIdeographs}])")]
    private static partial Regex NumberedStart();
}
