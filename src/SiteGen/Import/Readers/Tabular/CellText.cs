using System.Net;
using System.Text.RegularExpressions;

namespace SiteGen.Import.Readers.Tabular;

/// <summary>
/// The text of a cell without the HTML some exports leave in it: block tags (&lt;p&gt;, &lt;br&gt;, &lt;li&gt;…) become line breaks,
/// inline tags (&lt;b&gt;, &lt;span&gt;…) disappear, and the words between them are kept exactly.
/// </summary>
internal static partial class CellText
{
    public static (string Text, bool HadMarkup) Clean(string cell)
    {
        var hadMarkup = Tag().IsMatch(cell);
        var text = cell;
        if (hadMarkup)
        {
            text = Tag().Replace(text, m => IsBlock(m.Groups["name"].Value) ? "\n" : "");
            text = WebUtility.HtmlDecode(text);
        }

        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return (string.Join('\n', lines), hadMarkup);
    }

    private static bool IsBlock(string tag) => tag.ToLowerInvariant() switch
    {
        "p" or "br" or "div" or "li" or "ul" or "ol" or "tr" or "table" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => true,
        _ => false,
    };

    // An opening, closing or self-closing tag; "<60岁" and similar text never starts with a letter after '<'.
    [GeneratedRegex(@"<\s*/?\s*(?<name>[A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?\s*>")]
    private static partial Regex Tag();
}
