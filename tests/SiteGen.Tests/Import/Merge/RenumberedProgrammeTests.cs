using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import.Merge;

/// <summary>
/// A new item inserted into a list renumbers every programme below it. Each edited programme follows its title and
/// department to its new number, with the editor's work merged in, and the calculators that named it follow too.
/// </summary>
public sealed class RenumberedProgrammeTests
{
    [Fact]
    public void Programmes_renumbered_by_an_inserted_item_keep_their_edits_under_their_new_ids()
    {
        using var site = new TempSite(fixture: Repo.Root);
        var seed = Path.Combine(site.Seeds, "000_7a8de63cf1c3fd48.txt");
        var lines = File.ReadAllLines(seed).ToList();
        var tekun = lines.FindIndex(l => l.StartsWith("\t特困供养\t", StringComparison.Ordinal));
        Assert.True(tekun > 0, "the 2026 list has its 特困供养 row");
        // A new item right after 特困供养: 临时救助 (item 3) becomes item 4, and so on down the list.
        lines.Insert(tekun + 1, lines[tekun].Replace("\t特困供养\t", "\t困难群众取暖救助\t"));
        File.WriteAllLines(seed, lines);
        var oldLinshi = File.ReadAllText(Path.Combine(site.Content, "programs/yangquan/yangquan-03.md"));
        var answer = oldLinshi.Split('\n').First(l => l.StartsWith("  how_to_apply:", StringComparison.Ordinal));

        var import = site.Run("import", "--seeds", site.Seeds, "--content", site.Content);

        Assert.Contains("content/programs/yangquan/yangquan-03.md → content/programs/yangquan/yangquan-04.md: renamed", import.Stderr);
        var linshi = File.ReadAllText(Path.Combine(site.Content, "programs/yangquan/yangquan-04.md"));
        Assert.Contains("title: 临时救助", linshi);
        Assert.Contains("id: yangquan-04", linshi);
        Assert.Contains(answer, linshi);
        var inserted = File.ReadAllText(Path.Combine(site.Content, "programs/yangquan/yangquan-03.md"));
        Assert.Contains("title: 困难群众取暖救助", inserted);
        Assert.DoesNotContain("answer:", inserted);
        var calculator = File.ReadAllText(Path.Combine(site.Content, "rules/calculators/yangquan-linshi-jiuzhu.yaml"));
        Assert.Contains("programs: [yangquan-04]", calculator);
        Assert.True(File.Exists(Path.Combine(site.Content, "programs/yangquan/yangquan-39.md")), "the last programme moved down one");

        var again = site.Run("import", "--seeds", site.Seeds, "--content", site.Content);
        Assert.Contains("0 written, 0 merged", again.Stdout);
    }
}
