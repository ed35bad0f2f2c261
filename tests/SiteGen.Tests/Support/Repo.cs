namespace SiteGen.Tests.Support;

/// <summary>Paths of the repository the tests run in.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string Templates => Path.Combine(Root, "templates");
    public static string Content => Path.Combine(Root, "content");
    public static string Seeds => Path.Combine(Root, "seeds");
    public static string MiniSite => Path.Combine(AppContext.BaseDirectory, "Fixtures", "MiniSite");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
