using System.Text.RegularExpressions;

namespace SiteGen.Import.Merging;

/// <summary>
/// When a re-import moves a programme to another seed, an editor's judgement that cites line numbers (第12行) speaks of
/// the old seed. Such a judgement is kept, but marked for review; 'sitegen check' reports every marked judgement
/// until the editor has read it against the new source and removed the mark.
/// </summary>
public static partial class StaleJudgements
{
    public const string Mark = Content.Validation.ReviewMarks.StaleJudgement;
    private const string Field = "judgements";

    /// <summary>The merged text with the editor's own line-citing judgements marked, when the source file changed; and how many were marked.</summary>
    public static (string Text, int Marked) MarkIn(string merged, string baseText, string imported)
    {
        if (SourceFile(baseText) is not { } before || SourceFile(imported) is not { } after || before == after) return (merged, 0);
        if (YamlBlocks.SplitFile(merged) is not { } file || YamlBlocks.Keys(file.FrontMatter, 0) is not { } blocks) return (merged, 0);
        var importers = Items(baseText).Concat(Items(imported)).ToHashSet(StringComparer.Ordinal);
        var marked = 0;
        var front = new System.Text.StringBuilder();
        foreach (var block in blocks)
        {
            if (block.Key != Field || YamlBlocks.Items(block.Children, YamlBlocks.ChildIndent(block.Children)) is not { } items) { front.Append(block.Text); continue; }
            front.Append(block.Text[..(block.Text.IndexOf('\n') + 1)]);
            foreach (var item in items)
            {
                var stale = !importers.Contains(item) && LineCitation().IsMatch(item) && !item.Contains(Mark, StringComparison.Ordinal);
                if (stale) marked++;
                front.Append(stale ? ItemStart().Replace(item, m => m.Value + Mark, 1) : item);
            }
        }
        return ($"---\n{front}---\n{file.Body}", marked);
    }

    private static IEnumerable<string> Items(string text)
    {
        if (YamlBlocks.SplitFile(text) is not { } file || YamlBlocks.Keys(file.FrontMatter, 0)?.FirstOrDefault(b => b.Key == Field) is not { } block) return [];
        return YamlBlocks.Items(block.Children, YamlBlocks.ChildIndent(block.Children)) ?? [];
    }

    private static string? SourceFile(string text) => SourceFileLine().Match(text) is { Success: true } m ? m.Groups[1].Value.Trim() : null;

    [GeneratedRegex(@"^source:\n  file: (.+)$", RegexOptions.Multiline)]
    private static partial Regex SourceFileLine();

    [GeneratedRegex(@"^\s*- (?:\|-\n\s*)?")]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"第\s*\d+\s*(?:[-–至]\s*\d+\s*)?行")]
    private static partial Regex LineCitation();
}
