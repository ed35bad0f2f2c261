using SiteGen.Import.Sources;

namespace SiteGen.Import.Readers.PdfTable;

/// <summary>Builds the listing row for one item: head cells, body units aligned to columns, the standard split into its cells.</summary>
internal static class RowBuilder
{
    private const string BurdenHeading = "资金负担";
    private const string UnplacedSharesHeading = "补助标准分担";

    public static ListingRow Build(SeedText seed, ItemSpan item, PdfTableLayout layout)
    {
        var head = HeadReader.Read(item.Lines);
        var judgements = new List<string>(head.Judgements);
        if (item.DroppedHeaderLines.Count > 0)
            judgements.Add($"该项目跨页：已删除分页处重复印出的页眉（第{item.DroppedHeaderLines.Min()}–{item.DroppedHeaderLines.Max()}行），其前后的文字按同一项目读取。");

        var levelLine = item.Lines[Math.Min(head.BodyStart, item.Lines.Count) - 1].Number;
        var units = BodyUnitBuilder.Build(head.CellsAfterLevel, levelLine, item.Lines.Skip(head.BodyStart));
        var (main, stray) = StrayTableRows.SetAside(units, layout);
        var columns = ColumnAligner.Align(main, layout);
        var placed = main.Zip(columns, (u, c) => new PlacedUnit(u, c)).ToList();
        judgements.AddRange(PlacementJudgements.Describe(placed, layout));
        if (stray.Count > 0)
        {
            judgements.Add($"排在后面各栏之后、并排列出金额的几行（自第{stray[0].FirstLine}行起）已作为补助标准表格的后续行读入。");
            placed = placed.Where(p => p.Column == BodyColumn.Standard).Concat(stray.Select(u => new PlacedUnit(u, BodyColumn.Standard)))
                .Concat(placed.Where(p => p.Column != BodyColumn.Standard)).ToList();
        }

        var standardUnits = Units(placed, BodyColumn.Standard);
        var standard = StandardCells.Read(standardUnits);
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        var following = standard.Following.Concat(Units(placed, BodyColumn.FundingBurden).Select(u => u.Text)).ToList();
        if (layout.HasShareColumns)
            DescribeShares(standard, extra, judgements);
        else if (following.Count > 0)
        {
            extra[BurdenHeading] = string.Join('\n', following);
            judgements.Add($"补助标准之后的{following.Count}个单元格已保留为资金负担；本清单没有中央、省级、市级、县级分担列可供对应。");
        }

        return new ListingRow
        {
            SourceFile = seed.File,
            FirstLine = item.FirstLine,
            LastLine = item.LastLine,
            Item = item.Number,
            Title = head.Title,
            Department = head.Department,
            Level = head.Level,
            Basis = Cell(placed, BodyColumn.Basis),
            Eligibility = Cell(placed, BodyColumn.Eligibility),
            Standard = standard.Total,
            Funding = layout.HasShareColumns && standard.Total is not null ? StandardCells.Funding(standard) : null,
            Procedure = Cell(placed, BodyColumn.Procedure),
            PaymentMethod = Cell(placed, BodyColumn.PaymentMethod),
            PaymentTiming = Cell(placed, BodyColumn.PaymentTiming),
            Phone = Cell(placed, BodyColumn.Phone),
            Notes = Cell(placed, BodyColumn.Notes),
            Extra = extra,
            Judgements = judgements,
        };
    }

    private static void DescribeShares(StandardCells.Split standard, Dictionary<string, string> extra, List<string> judgements)
    {
        var shares = standard.Following;
        if (shares.Count == 4)
        {
            judgements.Add("补助标准在中央、省级、市级、县级各列都有单元格，已按此顺序对应。");
            return;
        }
        if (shares.Count == 0)
        {
            judgements.Add("补助标准只有合计单元格，各级分担列均无内容。");
            return;
        }
        extra[UnplacedSharesHeading] = string.Join('\n', shares);
        var repeats = shares.All(s => Squeeze(s) == Squeeze(standard.Total ?? string.Empty));
        judgements.Add(repeats
            ? $"有{shares.Count}个分担单元格与合计内容相同，但从文字看不出它们属于中央、省级、市级、县级中的哪一列；只对应了合计。"
            : $"合计之后有{shares.Count}个分担单元格，少于中央、省级、市级、县级四列，无法判断各属哪一级；只对应了合计，这些单元格另存在{UnplacedSharesHeading}栏中。");
    }

    private static List<BodyUnit> Units(IEnumerable<PlacedUnit> placed, BodyColumn column) =>
        placed.Where(p => p.Column == column).Select(p => p.Unit).ToList();

    private static string? Cell(IEnumerable<PlacedUnit> placed, BodyColumn column) => CellText.Join(Units(placed, column));

    private static string Squeeze(string text) => CellShapes.Whitespace().Replace(text, string.Empty);
}
