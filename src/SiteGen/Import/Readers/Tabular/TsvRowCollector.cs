using SiteGen.Import.Sources;

namespace SiteGen.Import.Readers.Tabular;

/// <summary>
/// Walks a tab-separated seed and gathers its data rows: finds the header (and its repeats at page breaks),
/// skips the page title lines, and rejoins a row whose cell was wrapped onto the next physical line.
/// </summary>
internal sealed class TsvRowCollector
{
    public IReadOnlyList<RawRow> Collect(SeedText seed)
    {
        var rows = new List<RawRow>();
        TableHeader? header = null;
        string? tableTitle = null;
        string? lastTextBeforeTable = null;
        RawRow? pending = null;

        void Flush()
        {
            if (pending is not null)
                rows.Add(pending);
            pending = null;
        }

        for (var number = 1; number <= seed.Lines.Count; number++)
        {
            var line = seed.Line(number);
            var cells = line.Split('\t');
            if (TableHeader.TryParse(cells, number) is { } found)
            {
                Flush();
                header = found;
                tableTitle ??= lastTextBeforeTable;
                continue;
            }

            var text = PlainText(cells);
            if (header is null)
            {
                if (text.Length > 0)
                    lastTextBeforeTable = text;
                continue;
            }

            if (text.Length == 0)
            {
                // A blank line ends a row: wrapped cells continue on the very next line.
                Flush();
                continue;
            }

            var filled = cells.Count(c => c.Trim().Length > 0);
            // A page title is a single piece of text: the table's title, or whatever single line a repeated header follows.
            if (filled == 1 && (text == tableTitle || NextTextLineIsHeader(seed, number)))
            {
                Flush();
                continue;
            }

            var continues = pending is not null
                && pending.LastLine == number - 1
                && (pending.Cells.Count < header.Count || cells.Length < header.Count);
            if (continues)
            {
                pending = Continue(pending!, cells, number);
                continue;
            }

            Flush();
            if (filled >= 2)
                pending = new RawRow(header, cells, number, number, []);
        }

        Flush();
        return rows;
    }

    /// <summary>The line's text without tabs or Markdown heading marks, for comparing with the table title.</summary>
    private static string PlainText(IReadOnlyList<string> cells) =>
        string.Join(' ', cells.Select(c => c.Trim()).Where(c => c.Length > 0)).TrimStart('#').Trim();

    private static bool NextTextLineIsHeader(SeedText seed, int number)
    {
        for (var next = number + 1; next <= seed.Lines.Count; next++)
        {
            var line = seed.Line(next);
            if (line.Trim().Length == 0)
                continue;
            return TableHeader.TryParse(line.Split('\t'), next) is not null;
        }
        return false;
    }

    /// <summary>The physical line carries on the last cell of the pending row; its further cells are the row's next columns.</summary>
    private static RawRow Continue(RawRow pending, IReadOnlyList<string> cells, int number)
    {
        var joined = pending.Cells.ToList();
        var column = joined.Count - 1;
        joined[column] = joined[column] + "\n" + cells[0];
        joined.AddRange(cells.Skip(1));
        var heading = column < pending.Header.Count ? pending.Header.Headings[column] : $"第{column + 1}列";
        return (pending with { Cells = joined, LastLine = number })
            .WithJudgement($"第{number}行是第{pending.FirstLine}行{heading}单元格的续行（原文折行排版）；已接续，并保留换行。");
    }
}
