using Markdig;

namespace SiteGen.Content.Loading;

/// <summary>
/// Refuses Markdown nested deeper than any policy text needs, at load time and with its line, because the parser
/// either gives up with an exception or slows to a crawl on thousands of nested quotes or lists.
/// </summary>
public static class MarkdownLimits
{
    public const int MaxDepth = 16;

    /// <summary>Leading white space beyond this is nesting, not layout: each list level adds two or more columns.</summary>
    public const int MaxIndent = 64;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>The first line over a limit (1-based within the Markdown) and what is wrong; null when within them.</summary>
    public static (int Line, string Message)? Check(string markdown)
    {
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var (depth, indent) = Prefix(lines[i]);
            if (depth > MaxDepth)
                return (i + 1, $"Markdown nested more than {MaxDepth} levels (block quotes '>' and list markers at the start of the line); flatten it");
            if (indent > MaxIndent)
                return (i + 1, $"the line is indented by more than {MaxIndent} columns, which Markdown reads as deep nesting; remove the indent");
        }
        try
        {
            Markdown.Parse(markdown, Pipeline);
            return null;
        }
        catch (ArgumentException e)
        {
            return (1, $"the Markdown cannot be read: {e.Message}");
        }
    }

    /// <summary>How many container markers (quotes, bullets, numbers) open the line, and how far its markers are indented.</summary>
    private static (int Depth, int Indent) Prefix(string line)
    {
        int depth = 0, indent = 0, i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c is ' ') { indent++; i++; }
            else if (c is '\t') { indent += 4; i++; }
            else if (c is '>') { depth++; i++; }
            else if (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] is ' ' or '\t') { depth++; i++; }
            else if (char.IsAsciiDigit(c) && ListNumberEnd(line, i) is var end and > 0) { depth++; i = end; }
            else break;
        }
        return (depth, indent);
    }

    private static int ListNumberEnd(string line, int start)
    {
        var i = start;
        while (i < line.Length && i - start < 9 && char.IsAsciiDigit(line[i])) i++;
        return i < line.Length - 1 && line[i] is '.' or ')' && line[i + 1] is ' ' or '\t' ? i + 1 : 0;
    }
}
