using ClosedXML.Excel;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import.Merge;

/// <summary>
/// The helper's spreadsheets are the 2026 阳泉 list: with nothing replaced, re-importing the real site from them gives every
/// programme exactly the fields the tab-separated 2026 seed gives, but for the year and the source it cites.
/// </summary>
public sealed class NextYearListingTests
{
    private const int Programmes = 38;
    private const string Folder = "programs/yangquan";
    private static readonly Dictionary<string, string> NoReplacements = [];

    /// <summary>What importing the unchanged 2026 seeds gives, programme id → file text: a fresh import, so nothing is kept or staged.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Imported2026 = new(() =>
    {
        using var site = new TempSite(fixture: Repo.Root);
        Directory.Delete(site.Content, recursive: true);
        Directory.CreateDirectory(site.Content);
        var import = Import(site);
        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Contains($"{NextYearListing.SeedFile}: {Programmes} programmes", import.Stdout);
        return Directory.EnumerateFiles(Path.Combine(site.Content, Folder), "*.md")
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p), File.ReadAllText);
    });

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void Without_replacements_a_reimport_from_the_spreadsheet_gives_the_2026_fields_with_only_year_and_source_changed(string format)
    {
        var before = Imported2026.Value;
        Assert.Equal(Programmes, before.Count);

        using var site = new TempSite(fixture: Repo.Root);
        NextYearListing.Install(site, format, NoReplacements);
        var import = Import(site);

        var file = NextYearListing.FileName(format);
        Assert.True(import.Stdout.Contains($"{file}: {Programmes} programmes", StringComparison.Ordinal),
            $"exit {import.ExitCode}\n{import.Stdout}\n{import.Stderr}");
        Assert.True(File.Exists(Path.Combine(site.Seeds, NextYearListing.SeedFile)), "the 2026 seed stays in seeds/");

        var differences = new List<string>();
        foreach (var (id, text2026) in before.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var old = Fields(text2026);
            var now = Fields(ImportedText(site, id));
            Assert.Equal("year: 2026", old["year"]);
            Assert.Equal($"year: {NextYearListing.Year}", now["year"]);
            Assert.Equal($"  file: seeds/{file}", SourceLine(now, "file"));
            // The spreadsheet keeps the seed's rows, so even the cited lines agree.
            Assert.Equal(SourceLine(old, "lines"), SourceLine(now, "lines"));

            foreach (var key in old.Keys.Union(now.Keys).Where(k => k is not ("year" or "source")))
            {
                var was = old.GetValueOrDefault(key);
                var @is = now.GetValueOrDefault(key);
                if (was != @is)
                    differences.Add($"{id} {key}:\n  2026 tsv: {was ?? "(none)"}\n  {format}: {@is ?? "(none)"}");
            }
        }
        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    [Fact]
    public void The_spreadsheets_hold_the_seed_cell_for_cell()
    {
        var rows = NextYearListing.Rows(NoReplacements);
        var seed = Seeds.Load(NextYearListing.SeedFile);
        Assert.Equal(seed.Lines.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
            Assert.Equal(seed.Lines[i], string.Join('\t', rows[i]));

        var csv = NextYearListing.Csv(NoReplacements);
        Assert.Equal(seed.Lines.Count, csv.Split("\r\n").Length);

        using var workbook = new XLWorkbook(new MemoryStream(NextYearListing.Xlsx(NoReplacements)));
        var sheet = workbook.Worksheet(1);
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < 8; c++)
                Assert.Equal(c < rows[r].Count ? rows[r][c] : "", sheet.Cell(r + 1, c + 1).GetFormattedString());
    }

    [Fact]
    public void A_replacement_changes_every_cell_it_occurs_in_and_a_key_that_occurs_nowhere_is_refused()
    {
        var replacements = new Dictionary<string, string> { ["2025年城市低保标准657元/月/人"] = "2026年城市低保标准700元/月/人" };

        var csv = NextYearListing.Csv(replacements);
        Assert.Contains("2026年城市低保标准700元/月/人", csv);
        Assert.DoesNotContain("2025年城市低保标准657元/月/人", csv);

        using var workbook = new XLWorkbook(new MemoryStream(NextYearListing.Xlsx(replacements)));
        var cells = workbook.Worksheet(1).CellsUsed().Select(c => c.GetFormattedString()).ToList();
        Assert.Contains(cells, c => c.Contains("2026年城市低保标准700元/月/人", StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.Contains("2025年城市低保标准657元/月/人", StringComparison.Ordinal));

        var missing = new Dictionary<string, string> { ["2025年城市低保标准999元/月/人"] = "x" };
        Assert.Throws<ArgumentException>(() => NextYearListing.Csv(missing));
        Assert.Throws<ArgumentException>(() => NextYearListing.Xlsx(missing));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void Install_changes_only_the_yangquan_entry_of_sources_yaml(string format)
    {
        using var site = new TempSite(fixture: Repo.Root);
        var sources = Path.Combine(site.Seeds, "sources.yaml");
        var before = File.ReadAllText(sources);

        NextYearListing.Install(site, format, NoReplacements);

        var expected = before.Replace($"""
              - file: {NextYearListing.SeedFile}
                region: yangquan
                publisher: 阳泉市
                title: 2026年阳泉市社会救助惠民政策清单
                year: 2026
                kind: listing
                format: tsv-table
                prefix: yangquan
            """, $"""
              - file: yangquan-2027.{format}
                region: yangquan
                publisher: 阳泉市
                title: 2027年阳泉市社会救助惠民政策清单
                year: 2027
                kind: listing
                format: {format}
                prefix: yangquan
            """, StringComparison.Ordinal);
        Assert.NotEqual(before, expected);
        Assert.Equal(expected, File.ReadAllText(sources));
        Assert.True(File.Exists(Path.Combine(site.Seeds, $"yangquan-2027.{format}")));
        Assert.True(File.Exists(Path.Combine(site.Seeds, NextYearListing.SeedFile)));
    }

    private static CliResult Import(TempSite site) => site.Run("import", "--seeds", site.Seeds, "--content", site.Content);

    /// <summary>What the import made of a programme: its staged text where the curated file was kept, else the file it wrote.</summary>
    /// <summary>What the import produced for a programme: the text it keeps as the base of the next merge.</summary>
    private static string ImportedText(TempSite site, string id)
    {
        var imported = Path.Combine(site.Content, SiteGen.Import.Writing.ImportMerge.BaseFolder, Folder, id + ".md");
        Assert.True(File.Exists(imported), $"{id}: the import kept no text for it");
        return File.ReadAllText(imported);
    }

    /// <summary>A programme file's front matter by top-level key (the key's lines, as written), and its body under "(body)".</summary>
    private static Dictionary<string, string> Fields(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("---", lines[0]);
        var close = Array.IndexOf(lines, "---", 1);
        Assert.True(close > 0, "no closing --- of the front matter");

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        string? key = null;
        foreach (var line in lines[1..close])
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '-' && colon > 0)
            {
                key = line[..colon];
                Assert.False(fields.ContainsKey(key), $"key {key} twice");
                fields[key] = line;
            }
            else
            {
                Assert.True(key is not null, $"front matter starts with '{line}'");
                fields[key!] += "\n" + line;
            }
        }
        fields["(body)"] = string.Join('\n', lines[(close + 1)..]);
        return fields;
    }

    private static string SourceLine(Dictionary<string, string> fields, string key) =>
        fields["source"].Split('\n').Single(l => l.StartsWith($"  {key}:", StringComparison.Ordinal));
}
