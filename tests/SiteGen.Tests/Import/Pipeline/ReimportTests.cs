using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import.Pipeline;

/// <summary>Running import again never silently overwrites a hand correction.</summary>
public sealed class ReimportTests
{
    private const string Program = "programs/yangquan/yangquan-02.md";

    private static TempSite FreshImport(out CliResult first)
    {
        var site = new TempSite(fixture: Repo.Root);
        Directory.Delete(site.Content, recursive: true);
        Directory.CreateDirectory(site.Content);
        first = Import(site);
        return site;
    }

    private static CliResult Import(TempSite site, params string[] extra) =>
        site.Run(["import", "--seeds", site.Seeds, "--content", site.Content, .. extra]);

    [Fact]
    public void Import_from_scratch_writes_every_programme_and_a_second_run_changes_nothing()
    {
        using var site = FreshImport(out var first);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("148 programmes", first.Stdout);
        Assert.Equal(148, Directory.EnumerateFiles(Path.Combine(site.Content, "programs"), "*.md", SearchOption.AllDirectories).Count());

        var second = Import(site);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains(" 0 written", second.Stdout);
    }

    [Fact]
    public void A_hand_correction_survives_a_reimport_of_unchanged_sources()
    {
        using var site = FreshImport(out _);
        site.Edit(Program, "title: 特困供养", "title: 特困人员救助供养");

        var again = Import(site);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("1 hand-edited kept", again.Stdout);
        Assert.Contains("title: 特困人员救助供养", File.ReadAllText(Path.Combine(site.Content, Program)));
    }

    [Fact]
    public void When_the_editor_and_the_source_changed_different_fields_the_file_is_merged()
    {
        using var site = FreshImport(out _);
        site.Edit(Program, "title: 特困供养", "title: 特困人员救助供养");
        var seed = Path.Combine(site.Seeds, "000_7a8de63cf1c3fd48.txt");
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("9456元/人/年", "9999元/人/年"));

        var again = Import(site);

        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Contains($"content/{Program}: merged; your edits to title are kept", again.Stderr);
        Assert.Contains("figure in standard: 9456 → 9999", again.Stderr);
        var merged = File.ReadAllText(Path.Combine(site.Content, Program));
        Assert.Contains("title: 特困人员救助供养", merged);
        Assert.Contains("9999元/人/年", merged);
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".import-staging")));
        Assert.Equal(0, Import(site).ExitCode);
    }

    [Fact]
    public void When_the_editor_and_the_source_changed_the_same_field_it_is_staged_marked_and_accept_records_the_merge()
    {
        using var site = FreshImport(out _);
        site.Edit(Program, "9456元/人/年", "9456元/人/年（农村）");
        var seed = Path.Combine(site.Seeds, "000_7a8de63cf1c3fd48.txt");
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("9456元/人/年", "9999元/人/年"));

        var again = Import(site);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"content/{Program}: conflict in standard", again.Stderr);
        Assert.Contains("9999元/人/年", again.Stderr);
        Assert.Contains("9456元/人/年（农村）", File.ReadAllText(Path.Combine(site.Content, Program)));
        var staged = File.ReadAllText(Path.Combine(site.Root, ".import-staging", Program));
        Assert.Contains("<<<<<<<", staged);
        Assert.Contains("9999元/人/年", staged);

        Assert.Equal(0, Import(site, "--accept").ExitCode);
        Assert.Equal(0, Import(site).ExitCode);
    }

    [Fact]
    public void An_untouched_file_follows_the_source_and_a_deleted_one_stays_deleted()
    {
        using var site = FreshImport(out _);
        File.Delete(Path.Combine(site.Content, "programs/yangquan/yangquan-03.md"));
        var seed = Path.Combine(site.Seeds, "000_7a8de63cf1c3fd48.txt");
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("9456元/人/年", "9999元/人/年"));

        var again = Import(site);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("9999元/人/年", File.ReadAllText(Path.Combine(site.Content, Program)));
        Assert.False(File.Exists(Path.Combine(site.Content, "programs/yangquan/yangquan-03.md")));
        Assert.Contains("1 deletions kept", again.Stdout);
    }
}
