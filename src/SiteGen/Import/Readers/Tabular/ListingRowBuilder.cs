namespace SiteGen.Import.Readers.Tabular;

/// <summary>Maps an aligned row's cells to <see cref="ListingRow"/> fields by the headings of its page header.</summary>
internal sealed class ListingRowBuilder
{
    public ListingRow Build(string sourceFile, RawRow row)
    {
        var values = new Dictionary<ListingField, string>();
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        var judgements = row.Judgements.ToList();
        var marked = new List<string>();

        for (var i = 0; i < Math.Max(row.Header.Count, row.Cells.Count); i++)
        {
            var heading = i < row.Header.Count ? row.Header.Headings[i] : null;
            var (text, hadMarkup) = CellText.Clean(row.Cell(i));
            if (hadMarkup)
                marked.Add(heading ?? $"第{i + 1}列");
            if (text.Length == 0)
                continue;

            if (heading is null)
            {
                // More cells than headings: keep the text under a name that says where it was, never drop it.
                extra[$"column {i + 1}"] = text;
                judgements.Add($"该行在最后一个列标题之后还有一个单元格（第{i + 1}列），已作为附加列保留。");
                continue;
            }

            if (ColumnNames.Lookup(heading) is not { } field)
                extra[heading] = text;
            else if (values.TryGetValue(field, out var earlier))
            {
                values[field] = earlier + "\n" + text;
                judgements.Add($"{heading}列与前面的{row.Header.Headings[row.Header.IndexOf(field)]}列是同一类内容；已将{heading}单元格的内容接在前一列内容之后。");
            }
            else
                values[field] = text;
        }

        if (marked.Count > 0)
            judgements.Add($"已删除{string.Join("、", marked)}单元格中的HTML标记；段落类标记改为换行，文字内容不变。");

        var title = Name(values.GetValueOrDefault(ListingField.Title) ?? "", row.Header, ListingField.Title, judgements);
        var department = values.GetValueOrDefault(ListingField.Department) is { } d ? Name(d, row.Header, ListingField.Department, judgements) : null;

        return new ListingRow
        {
            SourceFile = sourceFile,
            FirstLine = row.FirstLine,
            LastLine = row.LastLine,
            Item = row.Item ?? values.GetValueOrDefault(ListingField.Item),
            Department = department,
            Title = title,
            Level = values.GetValueOrDefault(ListingField.Level),
            Basis = values.GetValueOrDefault(ListingField.Basis),
            Summary = values.GetValueOrDefault(ListingField.Summary),
            Eligibility = values.GetValueOrDefault(ListingField.Eligibility),
            Procedure = values.GetValueOrDefault(ListingField.Procedure),
            Standard = values.GetValueOrDefault(ListingField.Standard),
            PaymentMethod = values.GetValueOrDefault(ListingField.PaymentMethod),
            PaymentTiming = values.GetValueOrDefault(ListingField.PaymentTiming),
            Phone = values.GetValueOrDefault(ListingField.Phone),
            Notes = values.GetValueOrDefault(ListingField.Notes),
            Extra = extra,
            Judgements = judgements,
        };
    }

    /// <summary>A title or department with the stray spaces between Chinese characters removed, noting when there were any.</summary>
    private static string Name(string text, TableHeader header, ListingField field, List<string> judgements)
    {
        var collapsed = CjkSpacing.Collapse(text);
        if (collapsed != text)
            judgements.Add($"已删除{header.Headings[header.IndexOf(field)]}单元格中汉字之间多余的空格（“{text}”→“{collapsed}”）。");
        return collapsed;
    }
}
