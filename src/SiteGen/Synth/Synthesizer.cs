using SiteGen.Content;
using SiteGen.Content.Model;

namespace SiteGen.Synth;

/// <summary>What 'sitegen synth' is asked for: the real content to sample, where to write, how many programmes in all, and the seed.</summary>
public sealed record SynthOptions(string FromDir, string OutDir, int Programmes, ulong Seed);

/// <summary>What was written: regions, offices and programmes in all, and how many of each are made up.</summary>
public sealed record SynthReport(int Regions, int SyntheticRegions, int Departments, int SyntheticDepartments, int Programmes, int SyntheticProgrammes);

/// <summary>
/// Builds a content folder of any size from a real one. The real content is kept whole (its programmes, regions,
/// offices and rules, so every calculator still names programmes that exist and every chart its regions), and made-up
/// counties of about <see cref="ProgrammesPerCounty"/> programmes each, under made-up cities and provinces, bring the
/// total to the number asked for. The same real content, number and seed always give the same bytes.
/// </summary>
public static class Synthesizer
{
    public const int ProgrammesPerCounty = 80;

    /// <summary>The smallest --programs a content folder allows: its own programmes, which are all kept.</summary>
    public static int Fewest(ContentSet real) => real.Programs.Count;

    public static SynthReport Run(ContentSet real, SynthOptions options)
    {
        var synthetic = options.Programmes - real.Programs.Count;
        var random = new SeededRandom(options.Seed);
        var namer = new PlaceNamer(random, PlaceSyllables.Load(), real.Regions.Select(r => r.Name), IdsInUse(real, options.FromDir));
        var counties = synthetic == 0 ? 0 : (synthetic + ProgrammesPerCounty - 1) / ProgrammesPerCounty;
        var tree = new RegionTreeGenerator(random, namer).Generate(counties);
        var departments = new DepartmentRehoming(real);
        var programmes = new ProgrammeSampler(random, real.Programs, departments).Sample(tree.Counties, synthetic);

        var regions = real.Regions.Concat(tree.Regions).ToList();
        var offices = real.Departments.Concat(departments.Made).ToList();
        new SynthWriter(options.FromDir, options.OutDir).Write(regions, offices, programmes);
        return new SynthReport(regions.Count, tree.Regions.Count, offices.Count, departments.Made.Count, options.Programmes, programmes.Count);
    }

    /// <summary>Every id a made-up one could meet: regions, offices, programmes, and the folders of content/programs (named after regions by custom, not by rule).</summary>
    private static IEnumerable<string> IdsInUse(ContentSet real, string fromDir)
    {
        var programsDir = Path.GetFullPath(Path.Combine(fromDir, ContentLoader.ProgramsFolder));
        var folders = real.Programs.Select(p => Path.GetRelativePath(programsDir, Path.GetFullPath(p.Origin.Path)).Split(Path.DirectorySeparatorChar)[0]);
        return real.Regions.Select(r => r.Id).Concat(real.Departments.Select(d => d.Id)).Concat(real.Programs.Select(p => p.Id)).Concat(folders);
    }
}
