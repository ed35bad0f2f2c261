using System.Text;
using SiteGen.Tests.Import.Readers;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// A damaged or mistaken seed, or a sources.yaml entry that points out of its folder, is refused with a message at the
/// file and line, exit code 1, and nothing changed: not content/, not the staging folder, nothing beside them.
/// Each case runs the real command line on a copy of the repository's seeds and content.
/// </summary>
public sealed class SeedValidationTests : IDisposable
{
    private const string Yangquan = "000_7a8de63cf1c3fd48.txt";
    private const string Zhongyang = "002_f119cf827fdc03e9.txt";
    private const string SourcesYaml = "seeds/sources.yaml";

    private readonly TempSite _site = new(fixture: Repo.Root);

    public void Dispose() => _site.Dispose();

    private string SeedPath(string file) => Path.Combine(_site.Seeds, file);

    private string[] SeedLines(string file) => File.ReadAllText(SeedPath(file)).Split('\n');

    private CliResult Import(params string[] extra) => _site.Run(["import", "--seeds", _site.Seeds, "--content", _site.Content, .. extra]);

    /// <summary>Runs the import, expects it refused, and proves that nothing in the temporary site (content/ and all beside it) changed.</summary>
    private CliResult ImportRefused()
    {
        var before = FolderSnapshot.Take(_site.Root);
        var result = Import();
        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}: {result.Stderr}");
        Assert.Contains("nothing was written", result.Stderr);
        FolderSnapshot.Take(_site.Root).AssertSame(before);
        return result;
    }

    private void EditSources(string find, string replace)
    {
        var path = SeedPath("sources.yaml");
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace));
    }

    /// <summary>"line:column" of <paramref name="value"/> in sources.yaml, as the error reports it.</summary>
    private string PositionInSources(string value)
    {
        var lines = File.ReadAllLines(SeedPath("sources.yaml"));
        var line = Array.FindIndex(lines, l => l.Contains(value, StringComparison.Ordinal));
        return $"{line + 1}:{lines[line].IndexOf(value, StringComparison.Ordinal) + 1}";
    }

    [Fact]
    public void A_normal_reimport_of_the_shipped_seeds_changes_nothing()
    {
        var before = FolderSnapshot.Take(_site.Root);

        var result = Import();

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains(" 0 written,", result.Stdout);
        Assert.Contains(" 0 removed,", result.Stdout);
        FolderSnapshot.Take(_site.Root).AssertSame(before);
    }

    [Fact]
    public void A_truncated_seed_whose_last_row_is_cut_is_refused()
    {
        var lines = SeedLines(Yangquan);
        var cut = string.Join('\t', lines[29].Split('\t').Take(4));
        File.WriteAllText(SeedPath(Yangquan), string.Join('\n', lines.Take(29).Append(cut)));

        var result = ImportRefused();

        Assert.Contains($"seeds/{Yangquan}:30:1: error: the last item is cut short: it has 4 of the 8 columns named on line 27, so the file looks truncated", result.Stderr);
    }

    [Fact]
    public void A_seed_cut_in_the_middle_of_a_character_is_refused_as_truncated()
    {
        var bytes = File.ReadAllBytes(SeedPath(Yangquan));
        var start = Encoding.UTF8.GetByteCount(string.Join('\n', SeedLines(Yangquan).Take(20)) + "\n");
        // Line 21 opens with a tab and then a three-byte character: keep the tab and the character's first byte.
        File.WriteAllBytes(SeedPath(Yangquan), bytes[..(start + 2)]);

        var result = ImportRefused();

        Assert.Contains($"seeds/{Yangquan}:21:2: error: the file ends in the middle of a character, so it looks truncated", result.Stderr);
    }

    [Fact]
    public void A_truncated_pdf_table_seed_whose_last_item_lacks_its_later_columns_is_refused()
    {
        var text = File.ReadAllText(SeedPath(Zhongyang));
        File.WriteAllText(SeedPath(Zhongyang), text[..(text.LastIndexOf("\n78\n", StringComparison.Ordinal) + 200)]);

        var result = ImportRefused();

        Assert.Matches($@"seeds/{Zhongyang}:\d+:1: error: the last item \(序号 78\) is cut short: nothing in its 申领流程、发放方式、发放时间 columns", result.Stderr);
    }

    [Fact]
    public void A_binary_seed_is_refused_at_its_first_bad_line()
    {
        var text = string.Join('\n', SeedLines(Yangquan).Take(3)) + "\n";
        File.WriteAllBytes(SeedPath(Yangquan), [.. Encoding.UTF8.GetBytes(text), 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x10]);

        var result = ImportRefused();

        Assert.Contains($"seeds/{Yangquan}:4:", result.Stderr);
        Assert.Contains("error: not UTF-8 text", result.Stderr);
    }

    [Fact]
    public void A_seed_with_NUL_bytes_is_refused_as_binary()
    {
        File.WriteAllBytes(SeedPath(Yangquan), [.. Encoding.UTF8.GetBytes("\n\n## 清单\n职能单位\t"), 0x00, 0x00, 0x00]);

        var result = ImportRefused();

        Assert.Contains($"seeds/{Yangquan}:4:6: error: binary data, not text (a NUL byte)", result.Stderr);
    }

    [Fact]
    public void An_empty_seed_is_refused()
    {
        File.WriteAllBytes(SeedPath(Yangquan), []);

        var result = ImportRefused();

        Assert.Contains($"seeds/{Yangquan}:1:1: error: the seed is empty (0 bytes)", result.Stderr);
    }

    [Fact]
    public void A_GBK_encoded_seed_is_refused_naming_the_encoding_and_the_line()
    {
        var utf8 = Encoding.UTF8.GetBytes(string.Join('\n', SeedLines(Yangquan).Take(11)) + "\n");
        // 低保 in GBK, then a tab and the rest of a row in the same encoding's ASCII range.
        byte[] gbk = [0xB5, 0xCD, 0xB1, 0xA3, 0x09, 0x30, 0x33, 0x35, 0x33, 0x0A];
        File.WriteAllBytes(SeedPath(Yangquan), [.. utf8, .. gbk]);

        var result = ImportRefused();

        Assert.Contains($"seeds/{Yangquan}:12:1: error: not UTF-8 text (the bytes look like GBK, the Chinese Windows encoding); save the file as UTF-8", result.Stderr);
    }

    [Fact]
    public void A_seed_with_headers_only_is_refused()
    {
        File.WriteAllText(SeedPath(Yangquan), string.Join('\n', SeedLines(Yangquan).Take(5)) + "\n");

        var result = ImportRefused();

        Assert.Contains($"seeds/{Yangquan}:5:1: error: column headings but no items under them", result.Stderr);
    }

    [Fact]
    public void A_seed_without_the_expected_headings_is_refused_naming_what_is_missing()
    {
        File.WriteAllText(SeedPath(Yangquan), File.ReadAllText(SeedPath(Yangquan)).Replace("\t惠民事项\t", "\t事项名称\t"));

        var result = ImportRefused();

        Assert.Contains($"seeds/{Yangquan}:5:1: error: no header row of column headings: this row comes closest, but it has no title column (惠民事项、补贴项目、服务项目、项目名称)", result.Stderr);
    }

    [Fact]
    public void A_pdf_table_seed_whose_headings_lack_a_column_is_refused_naming_it()
    {
        File.WriteAllText(SeedPath(Zhongyang), File.ReadAllText(SeedPath(Zhongyang)).Replace("咨询电话 备注", "备注"));

        var result = ImportRefused();

        Assert.Contains($"seeds/{Zhongyang}:6:1: error: the column headings lack 咨询电话", result.Stderr);
    }

    [Fact]
    public void A_row_of_ten_thousand_columns_is_refused()
    {
        var lines = SeedLines(Yangquan);
        lines[6] = "阳泉市民政局\t事项" + string.Concat(Enumerable.Repeat("\t值", 9_998));
        File.WriteAllText(SeedPath(Yangquan), string.Join('\n', lines));

        var result = ImportRefused();

        Assert.Contains($"seeds/{Yangquan}:7:1: error: this row has 10000 cells, but the column headings on line 5 name 8 columns", result.Stderr);
    }

    [Fact]
    public void A_seed_yielding_far_fewer_programmes_than_last_time_is_refused_unless_allowed()
    {
        File.WriteAllText(SeedPath(Yangquan), string.Join('\n', SeedLines(Yangquan).Take(11)) + "\n");

        var refused = ImportRefused();
        Assert.Contains($"seeds/{Yangquan}:1:1: error: yields 3 programmes, fewer than half of the 38 it yielded at the last import", refused.Stderr);
        Assert.Contains("--allow-fewer", refused.Stderr);

        var allowed = Import("--allow-fewer");
        Assert.DoesNotContain("fewer than half", allowed.Stderr);
        Assert.Contains($"{Yangquan}: 3 programmes", allowed.Stdout);
        Assert.Contains($"\"{Yangquan}\": 3", File.ReadAllText(Path.Combine(_site.Content, ".import-manifest.json")));
        Assert.DoesNotContain("fewer than half", Import().Stderr);
    }

    [Fact]
    public void A_prefix_that_climbs_out_of_its_folder_is_refused_at_its_position()
    {
        EditSources("prefix: yangquan", "prefix: ../x");

        var result = ImportRefused();

        Assert.Contains($"{SourcesYaml}:{PositionInSources("../x")}: error: 'prefix' is '../x', but ids become parts of page addresses and must be lower-case ASCII letters", result.Stderr);
    }

    [Fact]
    public void A_source_region_that_climbs_out_of_its_folder_is_refused_at_its_position()
    {
        EditSources("region: changzhi\n", "region: ../x\n");

        var result = ImportRefused();

        Assert.Contains($"{SourcesYaml}:{PositionInSources("../x")}: error: 'region' is '../x', but ids become parts of page addresses and must be lower-case ASCII letters", result.Stderr);
    }

    [Fact]
    public void A_region_id_that_is_not_an_id_is_refused()
    {
        EditSources("{id: fenyang,", "{id: Fen/Yang,");

        var result = ImportRefused();

        Assert.Contains($"{SourcesYaml}:{PositionInSources("Fen/Yang")}: error: 'id' is 'Fen/Yang', but ids become parts of page addresses and must be lower-case ASCII letters", result.Stderr);
        Assert.Single(result.Stderr.Split('\n'), l => l.Contains("'Fen/Yang'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_seed_file_outside_the_seeds_folder_is_refused()
    {
        File.WriteAllText(Path.Combine(_site.Root, "outside.txt"), File.ReadAllText(SeedPath(Yangquan)));
        EditSources($"file: {Yangquan}", "file: ../outside.txt");

        var result = ImportRefused();

        Assert.Contains($"{SourcesYaml}:{PositionInSources("../outside.txt")}: error: seed file '../outside.txt' is outside", result.Stderr);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../outside.txt")]
    public void A_seed_file_that_is_a_link_out_of_the_seeds_folder_is_refused(string target)
    {
        var outside = Path.GetFullPath(Path.Combine(_site.Seeds, target));
        if (!File.Exists(outside)) File.WriteAllText(outside, File.ReadAllText(SeedPath(Yangquan)));
        File.CreateSymbolicLink(SeedPath("linked.txt"), outside);
        EditSources($"file: {Yangquan}", "file: linked.txt");

        var result = ImportRefused();

        Assert.Contains($"{SourcesYaml}:{PositionInSources("linked.txt")}: error: seed file 'linked.txt' is outside", result.Stderr);
    }

    [Fact]
    public void A_broken_xlsx_seed_is_refused_by_its_reader()
    {
        using var workbook = new XlsxFixture();
        var bytes = File.ReadAllBytes(workbook.Path);
        File.WriteAllBytes(SeedPath("next-year.xlsx"), bytes[..(bytes.Length / 2)]);
        EditSources($"file: {Yangquan}", "file: next-year.xlsx");
        EditSources("format: tsv-table\n    prefix: yangquan", "format: xlsx\n    prefix: yangquan");

        var result = ImportRefused();

        Assert.Contains("seeds/next-year.xlsx:1:1: error: not a readable .xlsx workbook", result.Stderr);
        Assert.Contains("the zip is broken or truncated", result.Stderr);
    }

    [Fact]
    public void An_xlsx_zip_bomb_is_refused_before_it_is_unpacked()
    {
        // 32 MB of one repeated byte stores in a few dozen kilobytes: the shape of a zip bomb, small enough for a test.
        var bomb = SeedPath("next-year.xlsx");
        using (var zip = System.IO.Compression.ZipFile.Open(bomb, System.IO.Compression.ZipArchiveMode.Create))
        using (var part = zip.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open())
        {
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)' ');
            for (var i = 0; i < 32; i++) part.Write(block);
        }
        EditSources($"file: {Yangquan}", "file: next-year.xlsx");
        EditSources("format: tsv-table\n    prefix: yangquan", "format: xlsx\n    prefix: yangquan");

        var result = ImportRefused();

        Assert.Contains("seeds/next-year.xlsx:1:1: error: its part xl/worksheets/sheet1.xml unpacks", result.Stderr);
        Assert.Contains("(a zip bomb?)", result.Stderr);
    }

    [Fact]
    public void Every_problem_of_a_run_is_reported_together()
    {
        EditSources("prefix: zhongyang", "prefix: ../x");
        File.WriteAllBytes(SeedPath(Yangquan), []);
        File.WriteAllText(SeedPath(Zhongyang), "");

        var result = ImportRefused();

        Assert.Contains("error: 'prefix' is '../x', but ids become parts of page addresses and must be lower-case ASCII letters", result.Stderr);
        Assert.Contains($"seeds/{Yangquan}:1:1: error: the seed is empty", result.Stderr);
        Assert.Contains("2 error(s)", result.Stderr);
    }

    [Fact]
    public void The_figure_check_reports_a_seed_that_is_not_UTF8_once_at_the_seed()
    {
        var utf8 = Encoding.UTF8.GetBytes(string.Join('\n', SeedLines(Yangquan).Take(11)) + "\n");
        File.WriteAllBytes(SeedPath(Yangquan), [.. utf8, 0xB5, 0xCD, 0xB1, 0xA3, 0x0A]);

        var check = _site.Check();

        Assert.Equal(1, check.ExitCode);
        Assert.Single(check.Stderr.Split('\n'), l => l.Contains("not UTF-8 text"));
        Assert.Contains($"{Yangquan}:12:1: error: not UTF-8 text (the bytes look like GBK", check.Stderr);
        Assert.DoesNotContain("does not occur in its source", check.Stderr);
    }
}
