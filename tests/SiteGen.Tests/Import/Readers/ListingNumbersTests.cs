using SiteGen.Import.Readers.Tabular;

namespace SiteGen.Tests.Import.Readers;

/// <summary>No reader may change, drop or invent a figure: every number in a cell must occur in the row's source lines.</summary>
public sealed class ListingNumbersTests
{
    [Theory]
    [InlineData("000_7a8de63cf1c3fd48.txt")]
    [InlineData("004_cfe5e7bac8331570.txt")]
    public void Every_number_in_every_cell_occurs_in_the_rows_source_lines(string file)
    {
        var seed = SeedFiles.Seed(file);
        var rows = new TsvTableReader().Read(seed);
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var source = Numbers.WithoutWhitespace(seed.Range(row.FirstLine, row.LastLine));
            string?[] cells = [row.Department, row.Title, row.Level, row.Basis, row.Summary, row.Eligibility, row.Procedure, row.Standard, row.PaymentMethod, row.PaymentTiming, row.Phone, row.Notes, .. row.Extra.Values];
            foreach (var number in cells.OfType<string>().SelectMany(Numbers.In))
                Assert.True(source.Contains(number, StringComparison.Ordinal), $"{file} line {row.FirstLine}: {number} is not in the source");
        }
    }
}
