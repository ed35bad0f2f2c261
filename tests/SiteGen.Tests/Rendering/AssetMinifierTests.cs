using System.Text;
using Jint;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

public sealed class AssetMinifierTests
{
    private static (string Text, IReadOnlyList<string> Problems) Minify(string path, string source)
    {
        var (bytes, problems) = AssetMinifier.Minify(path, Encoding.UTF8.GetBytes(source));
        return (Encoding.UTF8.GetString(bytes), problems);
    }

    [Fact]
    public void A_script_loses_its_comments_and_long_local_names_and_computes_the_same()
    {
        const string source = """
            // How many days a month of thirty days leaves.
            function daysLeft(monthLength, dayOfMonth) {
              var remainingDays = monthLength - dayOfMonth; /* the day itself counts as spent */
              return remainingDays;
            }
            """;
        var (minified, problems) = Minify("templates/assets/days.js", source);

        Assert.Empty(problems);
        Assert.DoesNotContain("How many days", minified);
        Assert.DoesNotContain("remainingDays", minified);
        Assert.True(minified.Length < source.Length / 2, minified);
        Assert.Equal(18, new Engine().Execute(minified).Evaluate("daysLeft(30, 12)").AsNumber());
    }

    [Fact]
    public void A_style_sheet_loses_its_comments_and_keeps_its_rules()
    {
        var (minified, problems) = Minify("templates/assets/site.css", "/* large text for readers on phones */\nbody {\n  font-size: 1.25rem;\n}\n");

        Assert.Empty(problems);
        Assert.Equal("body{font-size:1.25rem}", minified);
    }

    [Fact]
    public void Other_files_are_published_as_they_are()
    {
        var icon = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A };

        var (bytes, problems) = AssetMinifier.Minify("templates/assets/icon.png", icon);

        Assert.Empty(problems);
        Assert.Equal(icon, bytes);
    }

    [Fact]
    public void A_script_that_does_not_parse_is_named_with_its_line()
    {
        var (_, problems) = Minify("templates/assets/broken.js", "var ok = 1;\nfunction (\n");

        var problem = Assert.Single(problems);
        Assert.StartsWith("templates/assets/broken.js:2:", problem);
        Assert.Contains("fix the script", problem);
    }

    [Fact]
    public void The_preview_minifies_a_script_again_only_when_its_bytes_change()
    {
        var assets = new MinifiedAssets();
        var first = assets.Of("templates/assets/a.js", Encoding.UTF8.GetBytes("var one = 1; // first\n"));

        var again = assets.Of("templates/assets/a.js", Encoding.UTF8.GetBytes("var one = 1; // first\n"));
        var edited = assets.Of("templates/assets/a.js", Encoding.UTF8.GetBytes("var two = 2; // edited\n"));

        Assert.Same(first.Bytes, again.Bytes);
        Assert.Equal("var two=2", Encoding.UTF8.GetString(edited.Bytes));
    }

    [Fact]
    public void A_broken_script_stops_the_build_and_the_published_site_stays()
    {
        using var site = new TempSite();
        var templates = site.OwnTemplates();
        Assert.Equal(0, site.Build().ExitCode);
        var published = site.Page("assets/site.js");
        File.AppendAllText(Path.Combine(templates, "assets", "site.js"), "\nfunction (\n");

        var result = site.Build();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("assets/site.js:", result.Stderr);
        Assert.Equal(published, site.Page("assets/site.js"));
    }

    [Fact]
    public void The_published_scripts_are_the_minified_templates()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Build().ExitCode);

        foreach (var name in new[] { "search.js", "rules.js", "site.js", "elder.js", "site.css" })
        {
            var published = site.Page("assets/" + name);
            Assert.Equal(Repo.PublishedAsset(name), published);
            Assert.True(published.Length < new FileInfo(Path.Combine(Repo.Templates, "assets", name)).Length, name);
        }
    }
}
