using SiteGen.Import.Sources;

namespace SiteGen.Tests.Import.Readers;

/// <summary>Finds the repository (the folder holding SiteGen.sln) from the test output folder and loads seeds and fixtures from it.</summary>
internal static class SeedFiles
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
                return dir.FullName;
        throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }

    public static SeedText Seed(string file) => SeedText.Load(Path.Combine(RepositoryRoot(), "seeds", file), file);

    public static string Fixture(string name) => Path.Combine(RepositoryRoot(), "tests", "SiteGen.Tests", "Fixtures", "Import", name);
}
