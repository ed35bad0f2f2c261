using System.Text;

namespace SiteGen.Import.Readers.Documents;

/// <summary>
/// Writes body blocks as Markdown: parts as ## headings, articles as ### headings. An article's heading is its first
/// sentence (up to the first 。); the rest of the article follows as a paragraph, so no words move or disappear.
/// </summary>
internal sealed class MarkdownWriter
{
    public string Write(IReadOnlyList<TextBlock> blocks)
    {
        var markdown = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Part:
                    Heading(markdown, "##", block.Text);
                    break;
                case BlockKind.Article:
                    Heading(markdown, "###", block.Text);
                    break;
                default:
                    Paragraph(markdown, block.Text);
                    break;
            }
        }
        return markdown.ToString().TrimEnd() + "\n";
    }

    private static void Heading(StringBuilder markdown, string level, string text)
    {
        var end = text.IndexOf('。', StringComparison.Ordinal);
        var split = end >= 0 && end < text.Length - 1;
        markdown.Append(level).Append(' ').Append(split ? text[..(end + 1)] : text).Append("\n\n");
        if (split)
            Paragraph(markdown, text[(end + 1)..].TrimStart());
    }

    // Escape a leading character Markdown would read as a heading, quote or bullet; numbered items stay ordered lists.
    private static void Paragraph(StringBuilder markdown, string text) =>
        markdown.Append("#>+-*".Contains(text[0]) ? "\\" : "").Append(text).Append("\n\n");
}
