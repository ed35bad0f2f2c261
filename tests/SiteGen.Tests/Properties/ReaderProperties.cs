using CsCheck;
using SiteGen.Content;
using SiteGen.Import.Readers.Documents;
using SiteGen.Import.Readers.PdfTable;
using SiteGen.Import.Readers.Tabular;
using SiteGen.Import.Sources;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Properties;

/// <summary>
/// Whatever a seed holds, each importer reader returns rows or refuses the seed with a <see cref="ContentException"/>
/// (a message at a line); it never fails any other way.
/// </summary>
public sealed class ReaderProperties
{
    private static readonly string[] Yangquan = Seeds.Load("000_7a8de63cf1c3fd48.txt").Lines.ToArray();

    private static void ReadsOrRefuses(Action read)
    {
        try { read(); }
        catch (ContentException e) { Assert.NotEmpty(e.Diagnostics); }
    }

    [Fact]
    public void The_tab_separated_reader_reads_or_refuses_any_text() =>
        Fragments.Lines().Sample(lines => ReadsOrRefuses(() => new TsvTableReader().Read(new SeedText("seeds/x.txt", lines))), iter: 2000);

    [Fact]
    public void The_tab_separated_reader_copes_with_any_line_of_a_real_listing_replaced() =>
        Gen.Select(Gen.Int[0, Yangquan.Length - 1], Fragments.Text(30)).Sample((at, text) =>
        {
            var lines = (string[])Yangquan.Clone();
            lines[at] = text;
            ReadsOrRefuses(() => new TsvTableReader().Read(new SeedText("seeds/x.txt", lines)));
        }, iter: 500);

    [Fact]
    public void The_pdf_table_reader_reads_or_refuses_any_text() =>
        Fragments.Lines().Sample(lines => ReadsOrRefuses(() => new PdfTableReader().Read(new SeedText("seeds/x.txt", lines))), iter: 2000);

    [Fact]
    public void The_document_reader_reads_or_refuses_any_text() =>
        Fragments.Lines().Sample(lines => ReadsOrRefuses(() => new DocumentTextReader().Read(new SeedText("seeds/x.txt", lines))), iter: 2000);

    [Fact]
    public void The_csv_parser_reads_or_refuses_any_text() =>
        Fragments.Text(200).Sample(text => ReadsOrRefuses(() => new SiteGen.Import.Readers.Spreadsheet.CsvParser().Parse(text, "seeds/x.csv")), iter: 3000);

    [Fact]
    public void Seed_decoding_accepts_utf8_and_refuses_other_bytes_with_a_position() =>
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            var result = SiteGen.FileSystem.Utf8Text.Decode(bytes);
            Assert.True(result.Text is not null ^ result.Problem is not null);
            if (result.Problem is { } p) Assert.True(p.Line >= 1 && p.Column >= 1);
        }, iter: 5000);
}
