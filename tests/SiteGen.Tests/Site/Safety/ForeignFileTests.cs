using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site.Safety;

/// <summary>
/// Everything a build reads comes from its own folders: templates and their includes and assets from templates/,
/// content files from content/, sources from seeds/. A path or link leading elsewhere is an error and publishes nothing.
/// </summary>
public sealed class ForeignFileTests
{
    private const string North = "programs/north/north-01.md";

    private static (TempSite Site, FolderSnapshot Before) BuiltThenChanged(Action<TempSite> change)
    {
        var site = new TempSite();
        site.OwnTemplates();
        Assert.Equal(0, site.Build().ExitCode);
        File.WriteAllText(Path.Combine(site.Root, "outside.txt"), "root:x:0:0:SECRET-OUTSIDE");
        change(site);
        return (site, FolderSnapshot.Take(site.Root));
    }

    private static void AssertRefused(TempSite site, FolderSnapshot before, string where, string message)
    {
        site.Build().AssertContentError(where, message);
        before.AssertSame(FolderSnapshot.Take(site.Root));
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Out, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("SECRET-OUTSIDE"));
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../outside.txt")]
    [InlineData("partials/../../outside.txt")]
    public void A_template_cannot_include_a_file_outside_the_templates_folder(string include)
    {
        var (site, before) = BuiltThenChanged(s =>
        {
            var path = Path.Combine(s.Templates, "home.html");
            File.WriteAllText(path, "{{ include '" + include + "' }}\n" + File.ReadAllText(path));
        });
        using (site) AssertRefused(site, before, "templates/home.html:1:4:", "is outside the templates folder");
    }

    [Fact]
    public void An_asset_that_links_outside_the_templates_folder_is_refused()
    {
        var (site, before) = BuiltThenChanged(s =>
            File.CreateSymbolicLink(Path.Combine(s.Templates, "assets", "extra.css"), Path.Combine(s.Root, "outside.txt")));
        using (site) AssertRefused(site, before, "assets/extra.css", "outside the templates folder");
    }

    [Fact]
    public void A_linked_folder_of_assets_outside_the_templates_folder_is_refused()
    {
        var (site, before) = BuiltThenChanged(s =>
            Directory.CreateSymbolicLink(Path.Combine(s.Templates, "assets", "more"), s.Root));
        using (site) AssertRefused(site, before, "assets/more", "outside the templates folder");
    }

    [Fact]
    public void A_content_file_that_links_outside_the_content_folder_is_refused()
    {
        var (site, before) = BuiltThenChanged(s =>
        {
            var document = Path.Combine(s.Content, "documents", "test-2020-1.md");
            var moved = Path.Combine(s.Root, "elsewhere.md");
            File.Move(document, moved);
            File.CreateSymbolicLink(document, moved);
        });
        using (site) AssertRefused(site, before, "documents/test-2020-1.md", "outside the content folder");
    }

    [Fact]
    public void A_linked_site_settings_file_is_refused()
    {
        var (site, before) = BuiltThenChanged(s =>
        {
            var settings = Path.Combine(s.Content, "site.yaml");
            var moved = Path.Combine(s.Root, "site.yaml");
            File.Move(settings, moved);
            File.CreateSymbolicLink(settings, moved);
        });
        using (site) AssertRefused(site, before, "site.yaml", "outside the content folder");
    }

    [Fact]
    public void A_source_outside_the_seeds_folder_cannot_prove_a_figure()
    {
        var (site, before) = BuiltThenChanged(s =>
        {
            File.Copy(Path.Combine(s.Seeds, "mini-listing.txt"), Path.Combine(s.Root, "copy.txt"));
            s.Edit("sources.yaml", "- file: seeds/mini-listing.txt", "- file: seeds/../copy.txt");
            foreach (var program in Directory.EnumerateFiles(Path.Combine(s.Content, "programs"), "*.md", SearchOption.AllDirectories))
                File.WriteAllText(program, File.ReadAllText(program).Replace("file: seeds/mini-listing.txt", "file: seeds/../copy.txt"));
        });
        using (site) AssertRefused(site, before, "north-01.md", "source file 'seeds/../copy.txt' is not in");
    }

    [Fact]
    public void A_seed_that_links_outside_the_seeds_folder_cannot_prove_a_figure()
    {
        var (site, before) = BuiltThenChanged(s =>
        {
            var seed = Path.Combine(s.Seeds, "mini-listing.txt");
            var moved = Path.Combine(s.Root, "listing-elsewhere.txt");
            File.Move(seed, moved);
            File.CreateSymbolicLink(seed, moved);
        });
        using (site) AssertRefused(site, before, "north-01.md", "source file 'seeds/mini-listing.txt' is not in");
    }
}
