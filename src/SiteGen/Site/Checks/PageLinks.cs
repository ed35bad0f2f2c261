using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace SiteGen.Site.Checks;

/// <summary>
/// The ids of a page and every href and src in it (with whether it loads a resource or is a link), read by
/// AngleSharp's HTML tokenizer without building the document: the check needs the tags, not the tree, and the
/// tree of a long list page costs many times its tokens. Script, style and the other raw-text elements switch the
/// tokenizer as the tree builder would, so their text is never read as markup.
/// </summary>
public static class PageLinks
{
    public static (HashSet<string> Anchors, List<(string Link, bool IsResource)> Links) Read(string html)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<(string, bool)>();
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver) { SkipDataText = true, SkipComments = true };
        while (tokenizer.Get() is var token && token.Type != HtmlTokenType.EndOfFile)
        {
            if (token.Type != HtmlTokenType.StartTag || token is not HtmlTagToken tag) continue;
            // <base> is where relative links resolve from on the server, not a link; only the 404 page has one.
            var isBase = tag.Name == "base";
            var isResource = tag.Name != "a";
            foreach (var attribute in tag.Attributes)
            {
                if (attribute.Name == "id") anchors.Add(attribute.Value);
                else if (attribute.Name == "src" || (attribute.Name == "href" && !isBase)) links.Add((attribute.Value, isResource));
            }
            if (!tag.IsSelfClosing && TextMode(tag.Name) is { } mode) tokenizer.State = mode;
        }
        return (anchors, links);
    }

    /// <summary>How the tokenizer must read what follows the start tag of an element whose content is text.</summary>
    private static HtmlParseMode? TextMode(string tag) => tag switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "textarea" or "title" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => null,
    };
}
