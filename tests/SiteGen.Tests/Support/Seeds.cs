using SiteGen.Import.Sources;

namespace SiteGen.Tests.Support;

/// <summary>The real seed files of the repository.</summary>
public static class Seeds
{
    public static string PathOf(string file) => Path.Combine(Repo.Seeds, file);

    public static SeedText Load(string file) => SeedTexts.Load(PathOf(file), file);
}
