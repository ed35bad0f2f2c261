using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Content;

/// <summary>
/// A 文号 (document number) such as 晋政发〔2014〕35号. Sources write the year brackets as [] 【】 () （） ［］ or 〔〕
/// (now and then doubled, as in 晋财社[〔2022〕234号) and mix full- and half-width digits; all of them normalise
/// to the 〔〕 form so one document is one record.
/// </summary>
public sealed partial record DocNumber(string Prefix, int Year, int Serial)
{
    public override string ToString() => $"{Prefix}〔{Year}〕{Serial}号";

    /// <summary>A stable ASCII identifier for page addresses: year, serial and a short digest of the prefix.</summary>
    public string Slug
    {
        get
        {
            var digest = SHA256.HashData(Encoding.UTF8.GetBytes(Prefix));
            return $"{Year}-{Serial}-{Convert.ToHexStringLower(digest)[..6]}";
        }
    }

    public static DocNumber? Parse(string text)
    {
        var found = FindAll(text).ToList();
        return found.Count == 1 && Clean(text).Length <= found[0].Length + 2 ? found[0].Number : null;
    }

    /// <summary>
    /// Every 文号 in a passage, with its position in the passage. White space may stand inside the bracketed
    /// part (PDF extraction breaks lines there) but not inside the prefix, so neighbouring words never join it.
    /// </summary>
    public static IEnumerable<(DocNumber Number, int Index, int Length)> FindAll(string text)
    {
        foreach (Match m in Pattern().Matches(FoldDigits(text)))
        {
            var prefix = TrimLeadingWords(m.Groups["prefix"].Value);
            // A prefix that is only such a word ("…的通知（〔2024〕158号）") is a number whose issuer the source left out.
            if (prefix.Length == 0 || LeadingWords.Contains(prefix)) continue;
            yield return (new DocNumber(prefix, int.Parse(m.Groups["year"].Value), int.Parse(m.Groups["serial"].Value)), m.Index, m.Length);
        }
    }

    /// <summary>Folds full-width digits and removes white space, which PDF extraction scatters inside numbers.</summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(FoldDigit(c));
        }
        return sb.ToString();
    }

    /// <summary>Folds full-width digits and points, keeping every position, so indexes into the result are indexes into the input.</summary>
    public static string FoldDigits(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = FoldDigit(source[i]);
        });

    private static char FoldDigit(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        '．' => '.',
        _ => c,
    };

    // Words that precede a 文号 in running text ("…按照晋政办发〔2022〕74号执行") but are never part of an issuer's prefix.
    private static readonly string[] LeadingWords = ["按照", "依据", "根据", "参照", "执行", "详见", "见", "和", "及", "与", "的", "通知", "意见", "办法", "方案", "规定", "文件"];

    /// <summary>The prefix after the last word that cannot belong to it.</summary>
    private static string TrimLeadingWords(string prefix)
    {
        var cut = 0;
        foreach (var word in LeadingWords)
        {
            var at = prefix.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && at + word.Length < prefix.Length) cut = Math.Max(cut, at + word.Length);
        }
        return prefix[cut..];
    }

    // A source may double the opening bracket (晋财社[〔2022〕234号, a bracket retyped over another); that is read only
    // straight after the prefix, so a parenthesis that merely wraps a number lacking its prefix ("通知 （〔2024〕158号）")
    // never lends it the words before it.
    [GeneratedRegex(@"(?<prefix>[\p{IsCJKUnifiedIdeographs}]{1,10})(?:[〔\[【(（［﹝〖]|\s*)[〔\[【(（［﹝〖]\s*(?<year>(?:19|20)\d{2})\s*[〕\]】)）］﹞〗]\s*(?<serial>\d{1,4})\s*号")]
    private static partial Regex Pattern();
}
