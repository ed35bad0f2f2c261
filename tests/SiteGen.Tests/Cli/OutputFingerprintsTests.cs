using SiteGen.Cli;

namespace SiteGen.Tests.Cli;

/// <summary>Which files other than pages a build changed: what an open page's reload script checks its files against.</summary>
public sealed class OutputFingerprintsTests
{
    [Fact]
    public void Added_changed_and_removed_files_are_listed_and_pages_and_unchanged_files_are_not()
    {
        var dir = Directory.CreateTempSubdirectory("sitegen-fingerprints-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "assets"));
            File.WriteAllText(Path.Combine(dir, "assets", "site.css"), "a");
            File.WriteAllText(Path.Combine(dir, "assets", "site.js"), "b");
            File.WriteAllText(Path.Combine(dir, "index.html"), "<p>1</p>");
            var fingerprints = new OutputFingerprints();
            Assert.Equal(["assets/site.css", "assets/site.js"], fingerprints.Update(dir));
            Assert.Empty(fingerprints.Update(dir));

            File.WriteAllText(Path.Combine(dir, "assets", "site.css"), "changed");
            File.WriteAllText(Path.Combine(dir, "index.html"), "<p>2</p>");
            File.Delete(Path.Combine(dir, "assets", "site.js"));
            File.WriteAllText(Path.Combine(dir, "search.js"), "new");
            Assert.Equal(["assets/site.css", "assets/site.js", "search.js"], fingerprints.Update(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
