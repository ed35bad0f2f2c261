using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Import.Writing;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Synth;

/// <summary>'sitegen synth': a content folder of any size that the build accepts, the same for the same seed.</summary>
public sealed class SynthTests(SynthOutputs outputs) : IClassFixture<SynthOutputs>
{
    private static readonly ContentSet Real = new ContentLoader(Repo.Content).Load();

    [Fact]
    public void The_same_seed_writes_the_same_bytes()
    {
        var first = FolderSnapshot.Take(outputs.First);
        Assert.True(first.Count > SynthOutputs.Programmes);
        first.AssertSame(FolderSnapshot.Take(outputs.Again));
    }

    [Fact]
    public void Another_seed_writes_other_content()
    {
        var first = FolderSnapshot.Take(outputs.First).Entries;
        var other = FolderSnapshot.Take(outputs.OtherSeed).Entries;
        Assert.NotEqual(first["regions.yaml"], other["regions.yaml"]);
        Assert.NotEqual(first.Keys.Where(k => k.StartsWith("programs/", StringComparison.Ordinal)), other.Keys.Where(k => k.StartsWith("programs/", StringComparison.Ordinal)));
    }

    [Fact]
    public void It_writes_as_many_programmes_as_asked_the_real_ones_among_them()
    {
        var synthetic = new ContentLoader(outputs.First).Load();
        Assert.Equal(SynthOutputs.Programmes, synthetic.Programs.Count);
        Assert.Subset(synthetic.Programs.Select(p => p.Id).ToHashSet(), Real.Programs.Select(p => p.Id).ToHashSet());
    }

    [Fact]
    public void Each_made_up_programme_is_a_real_one_re_homed_in_a_made_up_county()
    {
        var synthetic = new ContentLoader(outputs.First).Load();
        var realIds = Real.Programs.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var realRegions = Real.Regions.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var regions = synthetic.Regions.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var departments = synthetic.Departments.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var madeUp = synthetic.Programs.Where(p => !realIds.Contains(p.Id)).ToList();
        Assert.Equal(SynthOutputs.Programmes - Real.Programs.Count, madeUp.Count);
        foreach (var p in madeUp)
        {
            Assert.DoesNotContain(p.Region, realRegions);
            Assert.Equal("县", regions[p.Region].Level);
            Assert.True(SiteId.IsValid(p.Id) && SiteId.IsValid(p.Region) && SiteId.IsValid(p.Department), p.Id);
            var twin = Real.Programs.Where(r => Same(r, p)).ToList();
            Assert.True(twin.Count > 0, $"{p.Id} is no real programme with a new id, region and department");
            Assert.Equal(departments[p.Department].Type, Real.Departments.Single(d => d.Id == twin[0].Department).Type);
        }
    }

    [Fact]
    public void Made_up_places_have_names_with_their_level_and_no_two_alike()
    {
        var synthetic = new ContentLoader(outputs.First).Load();
        var realIds = Real.Regions.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var madeUp = synthetic.Regions.Where(r => !realIds.Contains(r.Id)).ToList();
        Assert.NotEmpty(madeUp);
        Assert.All(madeUp, r => Assert.EndsWith(r.Level, r.Name, StringComparison.Ordinal));
        var shortForms = synthetic.Regions.Select(r => PlaceNames.ShortForm(r.Name) ?? r.Name).ToList();
        Assert.Equal(shortForms.Count, shortForms.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_output_passes_the_build_checks()
    {
        var result = SynthOutputs.Run("check", "--content", outputs.First, "--seeds", Repo.Seeds, "--templates", Repo.Templates, "--quiet");
        Assert.True(result.ExitCode == 0, result.Stderr);
    }

    [Fact]
    public void Fewer_programmes_than_the_real_content_has_is_a_usage_error()
    {
        var outDir = Path.Combine(outputs.Root, "too-few");
        var result = SynthOutputs.Run("synth", "--from", Repo.Content, "--out", outDir, "--programs", $"{Real.Programs.Count - 1}");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"at least {Real.Programs.Count}", result.Stderr);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_never_written_into()
    {
        var before = FolderSnapshot.Take(outputs.OtherSeed);
        var result = SynthOutputs.Run("synth", "--from", Repo.Content, "--out", outputs.OtherSeed, "--programs", $"{SynthOutputs.Programmes}");
        Assert.Equal(2, result.ExitCode);
        before.AssertSame(FolderSnapshot.Take(outputs.OtherSeed));
    }

    /// <summary>Equal in everything but the id, the region, the department and where it was read from.</summary>
    private static bool Same(BenefitProgram real, BenefitProgram made) =>
        ContentFiles.Program(real with { Id = made.Id, Region = made.Region, Department = made.Department }) == ContentFiles.Program(made);
}
