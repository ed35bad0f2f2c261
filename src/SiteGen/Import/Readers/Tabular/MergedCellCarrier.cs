namespace SiteGen.Import.Readers.Tabular;

/// <summary>
/// In listings that group items by who they serve (对象), the group is printed once and its cell merged over the rows
/// below, so the export leaves those cells empty. The group is carried down to them. Departments are deliberately not
/// carried: a later stage carries them over and cross-checks them against the rest of the listing.
/// </summary>
internal sealed class MergedCellCarrier
{
    public IReadOnlyList<RawRow> Carry(IReadOnlyList<RawRow> rows)
    {
        var result = new List<RawRow>(rows.Count);
        string? group = null;
        var groupLine = 0;
        foreach (var row in rows)
        {
            var column = row.Header.IndexOf(ListingField.Eligibility);
            if (column < 0)
            {
                result.Add(row);
                continue;
            }

            var text = row.Cell(column).Trim();
            if (text.Length > 0)
            {
                group = text;
                groupLine = row.FirstLine;
                result.Add(row);
                continue;
            }

            if (group is null)
            {
                result.Add(row);
                continue;
            }

            var cells = row.Cells.ToList();
            while (cells.Count <= column)
                cells.Add("");
            cells[column] = group;
            result.Add((row with { Cells = cells }).WithJudgement(
                $"{row.Header.Headings[column]}单元格为空，因为它与上方各行合并；已沿用第{groupLine}行的“{group}”。"));
        }
        return result;
    }
}
