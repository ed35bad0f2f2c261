using System.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import.Merge;

/// <summary>
/// Next year's 阳泉 list arrives as a .csv or an .xlsx with one figure changed (the city 低保 standard, 657元 → 700元).
/// One import takes it: every hand-edited programme whose edits touch other fields is merged, none is staged, the
/// new figure reaches the page, the editors' aliases, answers and judgements survive, and check and build pass.
/// </summary>
public sealed class NextYearScenarioTests
{
    private const string Dibao = "programs/yangquan/yangquan-01.md";
    private static readonly Dictionary<string, string> NewStandard = new() { ["2025年城市低保标准657元/月/人"] = "2026年城市低保标准700元/月/人" };

    private static CliResult Import(TempSite site, params string[] extra) =>
        site.Run(["import", "--seeds", site.Seeds, "--content", site.Content, .. extra]);

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void One_import_merges_the_new_figure_into_every_edited_programme_and_stages_nothing(string format)
    {
        using var site = new TempSite(fixture: Repo.Root);
        var before = File.ReadAllText(Path.Combine(site.Content, Dibao));
        NextYearListing.Install(site, format, NewStandard);

        var clock = Stopwatch.StartNew();
        var import = Import(site);
        clock.Stop();
        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".import-staging")), "nothing is staged");
        Assert.Contains("38 merged", import.Stdout);
        Assert.Contains("0 to merge", import.Stdout);
        // Every amount that moves is listed.
        Assert.Contains("figure in standard: 657 → 700", import.Stderr);

        var after = File.ReadAllText(Path.Combine(site.Content, Dibao));
        Assert.Contains("2026年城市低保标准700元/月/人", after);
        Assert.DoesNotContain("657元", after);
        Assert.Contains("aliases:\n  - 低保", after);
        foreach (var line in before.Split('\n').Where(l => l.StartsWith("  - 编辑", StringComparison.Ordinal)))
            Assert.Contains(line, after);
        // The answer an editor wrote from the standard quoted 657: the import carries the figure over, and says so.
        Assert.Contains("how_much: 2026年城市低保标准700元/月/人", after);
        Assert.Contains("your answer quoted 657: now 700", import.Stderr);
        Assert.Contains($"seeds/{NextYearListing.FileName(format)}", after);

        var check = site.Check();
        Assert.True(check.ExitCode == 0, check.Stderr);
        // The calculator still uses the 2026 list's figure until the editor adds its new version: check says so.
        Assert.Contains("parameter(s) cite seeds/000_7a8de63cf1c3fd48.txt, which content/sources.yaml no longer lists (城市低保标准", check.Stderr);
        Assert.Contains("cite seeds/000_7a8de63cf1c3fd48.txt, which seeds/sources.yaml no longer lists", import.Stderr);
        var build = site.Build();
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.Contains("700元/月/人", site.Page("programs/yangquan-01/index.html"));

        // A second import of the same list changes nothing.
        var again = Import(site);
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Contains("0 written, 0 merged", again.Stdout);
        _ = clock;
    }

    [Fact]
    public void A_real_conflict_is_staged_alone_with_only_that_field_marked()
    {
        using var site = new TempSite(fixture: Repo.Root);
        site.Edit(Dibao, "standard: 最低生活保障标准实行动态调整。2025年城市低保标准657元/月/人", "standard: 最低生活保障标准实行动态调整（编辑改写）。2025年城市低保标准657元/月/人");
        NextYearListing.Install(site, "csv", NewStandard);
        var content = FolderSnapshot.Take(Path.Combine(site.Content, "programs/yangquan"));

        var import = Import(site);
        Assert.Equal(1, import.ExitCode);
        var staging = Path.Combine(site.Root, ".import-staging");
        Assert.Equal(["yangquan-01.md"], Directory.GetFiles(staging, "*", SearchOption.AllDirectories).Select(Path.GetFileName));
        var staged = File.ReadAllText(Path.Combine(staging, Dibao));
        Assert.Single(staged.Split('\n'), l => l.StartsWith("<<<<<<<", StringComparison.Ordinal));
        var marked = staged[staged.IndexOf("<<<<<<<", StringComparison.Ordinal)..(staged.IndexOf(">>>>>>>", StringComparison.Ordinal))];
        Assert.Contains("（编辑改写）", marked);
        Assert.Contains("700元", marked);
        Assert.DoesNotContain("aliases", marked);
        // Outside the marked field, the staged file is already merged: the new year and source.
        Assert.Contains($"seeds/{NextYearListing.FileName("csv")}", staged);
        Assert.Contains("conflict in standard", import.Stderr);
        Assert.Contains("yours:", import.Stderr);
        Assert.Contains("new import:", import.Stderr);
        // The conflicting file itself is untouched; every other programme is merged.
        Assert.Equal(content.Entries[Path.GetFileName(Dibao)], FolderSnapshot.Take(Path.Combine(site.Content, "programs/yangquan")).Entries[Path.GetFileName(Dibao)]);
        Assert.Contains("37 merged", import.Stdout);
    }

    [Fact]
    public void A_dry_run_reports_every_change_and_writes_nothing()
    {
        using var site = new TempSite(fixture: Repo.Root);
        NextYearListing.Install(site, "xlsx", NewStandard);
        var content = FolderSnapshot.Take(site.Content);
        var import = Import(site, "--dry-run");
        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Contains("dry run, nothing written", import.Stdout);
        Assert.Contains("content/programs/yangquan/yangquan-01.md: would be merged", import.Stderr);
        Assert.Contains("figure in standard: 657 → 700", import.Stderr);
        content.AssertSame(FolderSnapshot.Take(site.Content));
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".import-staging")));
    }

    [Fact]
    public void An_editors_judgement_citing_old_line_numbers_is_marked_and_check_reports_it()
    {
        using var site = new TempSite(fixture: Repo.Root);
        site.Edit(Dibao, "judgements:\n", "judgements:\n  - 编辑核对：第6行的标准与民政局公布一致。\n");
        NextYearListing.Install(site, "csv", NewStandard);
        // The listing's file changes, so its line numbers are another file's.
        File.WriteAllText(Path.Combine(site.Seeds, NextYearListing.FileName("csv")),
            "\n" + File.ReadAllText(Path.Combine(site.Seeds, NextYearListing.FileName("csv"))));
        var import = Import(site);
        Assert.True(import.ExitCode == 0, import.Stderr);
        var after = File.ReadAllText(Path.Combine(site.Content, Dibao));
        Assert.Contains("  - 【待复核：行号指旧来源】编辑核对：第6行的标准与民政局公布一致。", after);
        Assert.Contains("cite line numbers of the old seed", import.Stderr);
        var check = site.Check();
        Assert.True(check.ExitCode == 0, check.Stderr);
        Assert.Contains("yangquan-01.md: judgement", check.Stderr);
        Assert.Contains("remove 【待复核：行号指旧来源】", check.Stderr);
    }

    [Fact]
    public void A_hand_correction_the_new_source_now_prints_is_reported_as_no_longer_needed()
    {
        using var site = new TempSite(fixture: Repo.Root);
        // An editor had corrected a standard; next year's list prints the corrected text itself.
        site.Edit(Dibao, "按照共同生活的家庭成员人均收入低于当地低保标准实行差额发放。", "按照家庭人均收入低于当地低保标准的差额发放。");
        NextYearListing.Install(site, "csv", new Dictionary<string, string>
        {
            ["2025年城市低保标准657元/月/人"] = "2026年城市低保标准700元/月/人",
            ["按照共同生活的家庭成员人均收入低于当地低保标准实行差额发放。"] = "按照家庭人均收入低于当地低保标准的差额发放。",
        });
        var import = Import(site);
        Assert.Equal(1, import.ExitCode);
        Assert.Contains("conflict in standard", import.Stderr);

        using var second = new TempSite(fixture: Repo.Root);
        second.Edit(Dibao, "按照共同生活的家庭成员人均收入低于当地低保标准实行差额发放。", "按照家庭人均收入低于当地低保标准的差额发放。");
        NextYearListing.Install(second, "csv", new Dictionary<string, string> { ["按照共同生活的家庭成员人均收入低于当地低保标准实行差额发放。"] = "按照家庭人均收入低于当地低保标准的差额发放。" });
        var same = Import(second);
        Assert.True(same.ExitCode == 0, same.Stderr);
        Assert.Contains("your change to standard is no longer needed: the new source prints it itself", same.Stderr);
    }
}
