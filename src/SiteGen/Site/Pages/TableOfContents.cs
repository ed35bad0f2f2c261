using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SiteGen.Site.Pages;

/// <summary>The headings of a Markdown text with the anchors Markdig gives them, for a document's table of contents.</summary>
public sealed record TocEntry(int Level, string Text, string Anchor);

public static class TableOfContents
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub).Build();

    public static IReadOnlyList<TocEntry> From(string markdown)
    {
        var doc = Markdown.Parse(markdown, Pipeline);
        return doc.Descendants<HeadingBlock>()
            .Select(h => new TocEntry(h.Level, string.Concat(h.Inline?.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()) ?? []), h.GetAttributes().Id ?? ""))
            .Where(e => e.Anchor.Length > 0)
            .ToList();
    }
}
