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
            judgements.Add($"A page break falls inside the item: the repeated page header (lines {item.DroppedHeaderLines.Min()}–{item.DroppedHeaderLines.Max()}) was dropped and the text around it read as one item.");

        var levelLine = item.Lines[Math.Min(head.BodyStart, item.Lines.Count) - 1].Number;
        var units = BodyUnitBuilder.Build(head.CellsAfterLevel, levelLine, item.Lines.Skip(head.BodyStart));
        var (main, stray) = StrayTableRows.SetAside(units, layout);
        var columns = ColumnAligner.Align(main, layout);
        var placed = main.Zip(columns, (u, c) => new PlacedUnit(u, c)).ToList();
        judgements.AddRange(PlacementJudgements.Describe(placed, layout));
        if (stray.Count > 0)
        {
            judgements.Add($"Lines of side-by-side amounts printed after the later cells (from line {stray[0].FirstLine}) were taken as further rows of the 补助标准 table.");
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
            judgements.Add($"{following.Count} cell(s) after the standard were kept as 资金负担; the listing has no share columns to map them to.");
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
            judgements.Add("The standard has a cell in each of the 中央, 省级, 市级 and 县级 columns; they were mapped in that order.");
            return;
        }
        if (shares.Count == 0)
        {
            judgements.Add("The standard shows only the 合计 cell; no share column has text.");
            return;
        }
        extra[UnplacedSharesHeading] = string.Join('\n', shares);
        var repeats = shares.All(s => Squeeze(s) == Squeeze(standard.Total ?? string.Empty));
        judgements.Add(repeats
            ? $"{shares.Count} share cell(s) repeat the 合计 text, but the text does not show which of 中央/省级/市级/县级 they sit under; only 合计 is mapped."
            : $"{shares.Count} share cell(s) follow 合计, fewer than the four level columns, so their levels cannot be told; only 合计 is mapped and the cells are kept under {UnplacedSharesHeading}.");
    }

    private static List<BodyUnit> Units(IEnumerable<PlacedUnit> placed, BodyColumn column) =>
        placed.Where(p => p.Column == column).Select(p => p.Unit).ToList();

    private static string? Cell(IEnumerable<PlacedUnit> placed, BodyColumn column) => CellText.Join(Units(placed, column));

    private static string Squeeze(string text) => CellShapes.Whitespace().Replace(text, string.Empty);
}
