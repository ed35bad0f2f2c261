namespace SiteGen.Import.Readers.Tabular;

/// <summary>
/// Puts a row's cells back under the right headings when the export lost or duplicated a cell.
/// The telephone column is the anchor: it is the only column whose content has a fixed shape,
/// so a phone number found one column away from it shows that the row is shifted.
/// </summary>
internal sealed class RowAligner
{
    public RawRow Align(RawRow row)
    {
        var phone = row.Header.IndexOf(ListingField.Phone);
        if (phone < 0 || PhoneNumbers.IsPhoneCell(row.Cell(phone)))
            return DropTrailingEmptyCells(row);

        if (phone > 0 && PhoneNumbers.IsPhoneCell(row.Cell(phone - 1)))
            return ShiftRight(row, phone);

        if (PhoneNumbers.IsPhoneCell(row.Cell(phone + 1)))
            return RemoveDuplicateCell(row, phone);

        return DropTrailingEmptyCells(row);
    }

    /// <summary>The first cell is missing (an empty first cell was dropped), so every cell sits one column left.</summary>
    private static RawRow ShiftRight(RawRow row, int phone)
    {
        var headings = row.Header.Headings;
        var cells = new List<string> { "" };
        cells.AddRange(row.Cells);
        var shifted = DropTrailingEmptyCells(row with { Cells = cells });
        return shifted.WithJudgement(
            $"该行各单元格比表头整体左移了一列（电话号码位于{headings[phone - 1]}列下，" +
            $"第一个单元格“{row.Cell(0).Trim()}”是{headings[1]}的内容）；已右移一列对齐，{headings[0]}留空。");
    }

    /// <summary>
    /// One cell too many before the phone column. When two neighbouring cells repeat the same text the export
    /// wrote one cell twice (a merged cell); dropping the repeat realigns the row. Otherwise the row is kept as published.
    /// </summary>
    private static RawRow RemoveDuplicateCell(RawRow row, int phone)
    {
        var headings = row.Header.Headings;
        for (var i = 0; i < phone; i++)
        {
            var text = row.Cell(i).Trim();
            if (text.Length == 0 || text != row.Cell(i + 1).Trim())
                continue;
            var cells = row.Cells.ToList();
            cells.RemoveAt(i + 1);
            return DropTrailingEmptyCells(row with { Cells = cells }).WithJudgement(
                $"该行多出一个单元格（电话号码在{headings[phone]}列右边一列），且{headings[i]}和{headings[i + 1]}单元格" +
                $"内容都是“{text}”；已将后一个视为合并单元格的重复并去掉，其余单元格重新对齐。");
        }

        return DropTrailingEmptyCells(row).WithJudgement(
            $"电话号码在{headings[phone]}列右边一列，但没有重复的单元格可以解释多出的这一列，因此各单元格按原样保留。");
    }

    /// <summary>Cells past the header that are empty carry nothing; non-empty extra cells are kept for the builder to report.</summary>
    private static RawRow DropTrailingEmptyCells(RawRow row)
    {
        var cells = row.Cells.ToList();
        while (cells.Count > row.Header.Count && cells[^1].Trim().Length == 0)
            cells.RemoveAt(cells.Count - 1);
        return row with { Cells = cells };
    }
}
