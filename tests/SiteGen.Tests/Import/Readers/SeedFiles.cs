using SiteGen.Import.Sources;

namespace SiteGen.Tests.Import.Readers;

/// <summary>Finds the repository (the folder holding SiteGen.sln) from the test output folder and loads seeds and fixtures from it.</summary>
internal static class SeedFiles
{
    public static string RepositoryRoot() => Support.Repo.Root;

    public static SeedText Seed(string file) => Support.Seeds.Load(file);

    public static string Fixture(string name) => Path.Combine(RepositoryRoot(), "tests", "SiteGen.Tests", "Fixtures", "Import", name);
}
