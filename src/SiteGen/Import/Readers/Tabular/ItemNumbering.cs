using System.Text.RegularExpressions;

namespace SiteGen.Import.Readers.Tabular;

/// <summary>
/// Tables without a 序号 column may print the item number at the start of the title cell (“8 高龄津贴”).
/// When most titles carry one, the number is split off; a title that lost its number gets the one the sequence leaves for it.
/// </summary>
internal sealed partial class ItemNumbering
{
    public IReadOnlyList<RawRow> Number(IReadOnlyList<RawRow> rows)
    {
        var split = rows.Select(SplitNumber).ToList();
        var numbered = split.Count(r => r.Item is not null);
        // Only a table that numbers most of its titles numbers them at all; a stray leading digit elsewhere is wording.
        if (numbered * 2 <= split.Count(r => r.Header.IndexOf(ListingField.Item) < 0))
            return rows;

        for (var i = 0; i < split.Count; i++)
        {
            if (split[i].Item is not null || split[i].Header.IndexOf(ListingField.Item) >= 0)
                continue;
            split[i] = FromSequence(split, i);
        }
        return split;
    }

    private static RawRow SplitNumber(RawRow row)
    {
        var title = row.Header.IndexOf(ListingField.Title);
        if (title < 0 || row.Header.IndexOf(ListingField.Item) >= 0)
            return row;
        var match = NumberedTitle().Match(row.Cell(title).Trim());
        if (!match.Success)
            return row;
        var cells = row.Cells.ToList();
        cells[title] = match.Groups["title"].Value;
        return row with { Cells = cells, Item = match.Groups["item"].Value };
    }

    /// <summary>The number between the nearest numbered rows, when exactly the unnumbered rows between them fill the gap.</summary>
    private static RawRow FromSequence(IReadOnlyList<RawRow> rows, int index)
    {
        var heading = rows[index].Header.Headings[rows[index].Header.IndexOf(ListingField.Title)];
        var before = Enumerable.Range(0, index).Reverse().FirstOrDefault(i => rows[i].Item is not null, -1);
        var after = Enumerable.Range(index + 1, rows.Count - index - 1).FirstOrDefault(i => rows[i].Item is not null, -1);
        if (before >= 0 && after >= 0
            && int.TryParse(rows[before].Item, out var previous)
            && int.TryParse(rows[after].Item, out var next)
            && next - previous == after - before)
        {
            var item = (previous + index - before).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return (rows[index] with { Item = item }).WithJudgement(
                $"{heading}单元格没有序号；按前后顺序编为{item}（位于第{previous}项与第{next}项之间）。");
        }

        return rows[index].WithJudgement($"{heading}单元格没有序号，前后顺序也无法确定应编为几号；暂不编号。");
    }

    // A number of up to three digits, then a space or a list mark, then the title itself.
    [GeneratedRegex(@"^(?<item>\d{1,3})(?:\s+|[.．、]\s*)(?<title>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex NumberedTitle();
}
