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
            $"The row's cells sit one column to the left of the header (the phone number is under {headings[phone - 1]}, " +
            $"and the first cell “{row.Cell(0).Trim()}” is a {headings[1]} entry); realigned by one column, leaving {headings[0]} empty.");
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
                $"The row has one cell too many (the phone number sits one column right of {headings[phone]}) and the " +
                $"{headings[i]} and {headings[i + 1]} cells both read “{text}”; treated the second as a repeat of a merged cell and realigned the rest.");
        }

        return DropTrailingEmptyCells(row).WithJudgement(
            $"The phone number sits one column right of {headings[phone]}; no repeated cell explains the extra column, so the cells are kept as published.");
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
