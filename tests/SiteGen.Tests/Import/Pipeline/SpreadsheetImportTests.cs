using SiteGen.Tests.Import.Readers;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import.Pipeline;

/// <summary>Next year's list arrives as a spreadsheet: import reads .xlsx and .csv end to end, with provenance.</summary>
public sealed class SpreadsheetImportTests
{
    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public void A_spreadsheet_listing_imports_and_builds_with_every_figure_traced(string format)
    {
        using var site = new TempSite();
        Directory.Delete(site.Seeds, recursive: true);
        Directory.CreateDirectory(site.Seeds);
        File.Copy(Path.Combine(Repo.Seeds, "import-rules.yaml"), Path.Combine(site.Seeds, "import-rules.yaml"));
        using var xlsx = new XlsxFixture();
        var file = "next-year." + format;
        File.Copy(format == "xlsx" ? xlsx.Path : SeedFiles.Fixture("listing.csv"), Path.Combine(site.Seeds, file));
        File.WriteAllText(Path.Combine(site.Seeds, "sources.yaml"), $"""
            regions:
              - {"{"}id: prov, name: 示例省, level: 省{"}"}
              - {"{"}id: city, name: 示例市, level: 市, parent: prov{"}"}
            sources:
              - file: {file}
                region: city
                publisher: 示例市
                title: 示例市惠民政策清单
                year: 2027
                kind: listing
                format: {format}
                prefix: city
            """);
        foreach (var generated in new[] { "regions.yaml", "departments.yaml", "sources.yaml", "kinds.yaml", "categories.yaml", "audiences.yaml", "department-types.yaml" })
            File.Delete(Path.Combine(site.Content, generated));
        Directory.Delete(Path.Combine(site.Content, "programs"), recursive: true);
        Directory.Delete(Path.Combine(site.Content, "documents"), recursive: true);

        var import = site.Run("import", "--seeds", site.Seeds, "--content", site.Content);
        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Contains("3 programmes", import.Stdout);

        var programs = Directory.EnumerateFiles(Path.Combine(site.Content, "programs", "city")).Select(File.ReadAllText).ToList();
        Assert.Contains(programs, p => p.Contains("standard: 每人每月150元") && p.Contains("0353-1000001"));
        Assert.Contains(programs, p => p.Contains("部门单元格为空") && p.Contains("department: city-minzheng"));

        // Import writes no 答复要点: the build names each new programme until an editor writes its answer.
        var unanswered = site.Build();
        Assert.Equal(1, unanswered.ExitCode);
        Assert.Equal(3, unanswered.Stderr.Split('\n').Count(l => l.Contains("no answer (答复要点)", StringComparison.Ordinal)));
        foreach (var path in Directory.EnumerateFiles(Path.Combine(site.Content, "programs", "city")))
            File.WriteAllText(path, WithAnswerFromItsStandard(File.ReadAllText(path)));

        var build = site.Build();
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.Contains("每人每月150元", site.Page("programs/city-01/index.html"));
    }

    /// <summary>What an editor does for each new programme, here mechanically: an answer whose how_much is the standard.</summary>
    private static string WithAnswerFromItsStandard(string programme)
    {
        var standard = programme.Split('\n').Single(l => l.StartsWith("standard: ", StringComparison.Ordinal))["standard: ".Length..];
        return programme.Replace("\nsource:\n", $"\nanswer:\n  who: 见申请条件。\n  how_much: {standard}\n  how_to_apply: 见办理流程。\nsource:\n", StringComparison.Ordinal);
    }
}
