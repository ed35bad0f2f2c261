using Ganss.Xss;
using Markdig;

namespace SiteGen.Rendering;

/// <summary>
/// Turns editor Markdown into HTML. Raw HTML inside Markdown passes a whitelist sanitiser,
/// so only harmless structure (paragraphs, lists, tables, emphasis, relative links) survives.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public TrustedHtml Render(string markdown) =>
        new(_sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline)).Trim());

    /// <summary>Plain text with line breaks kept: encoded, with each line break a &lt;br&gt;.</summary>
    public static TrustedHtml Lines(string? text) =>
        new(string.Join("<br>", (text ?? "").ReplaceLineEndings("\n").Split('\n').Select(System.Net.WebUtility.HtmlEncode)));

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6", "blockquote",
                "table", "thead", "tbody", "tr", "th", "td", "caption", "a", "code", "pre", "hr", "sup", "sub", "span", "dl", "dt", "dd",
            },
            // "start" keeps a numbered list that a paragraph interrupts counting on (3, 4 …) as the document numbers it.
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "id", "title", "colspan", "rowspan", "scope", "start" },
            // Only relative links and tel: survive: the site must work from any sub-path and load nothing from elsewhere.
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "tel" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        };
        var sanitizer = new HtmlSanitizer(options);
        // The sanitiser takes "//host/x" for a relative link, and browsers read a leading backslash the same way: another site.
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is { } url && (url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith('\\') || url.StartsWith("/\\", StringComparison.Ordinal)))
                e.SanitizedUrl = null;
        };
        return sanitizer;
    }
}
