namespace SiteGen.Tests.Support;

/// <summary>Paths of the repository the tests run in.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string Templates => Path.Combine(Root, "templates");
    public static string Content => Path.Combine(Root, "content");
    public static string Seeds => Path.Combine(Root, "seeds");
    public static string MiniSite => Path.Combine(AppContext.BaseDirectory, "Fixtures", "MiniSite");

    /// <summary>A file of templates/assets as a build publishes it (minified), so tests run what readers get.</summary>
    public static string PublishedAsset(string name)
    {
        var (bytes, problems) = SiteGen.Rendering.AssetMinifier.Minify("templates/assets/" + name, File.ReadAllBytes(Path.Combine(Templates, "assets", name)));
        if (problems.Count > 0) throw new InvalidOperationException(string.Join("\n", problems));
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
