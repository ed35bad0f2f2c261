using SiteGen.Site;
using SiteGen.Site.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site.Safety;

/// <summary>Limits that fail loudly, and the silent one that is switched off.</summary>
public sealed class LimitTests
{
    [Fact]
    public void A_page_of_more_than_a_million_characters_is_written_in_full()
    {
        using var site = new TempSite();
        var home = Path.Combine(site.OwnTemplates(), "home.html");
        // 150,000 × 10 characters inside the page body, which the layout then writes through 'content'.
        File.WriteAllText(home, "{{ for i in 1..150000 }}0123456789{{ end }}END-OF-PAGE\n" + File.ReadAllText(home));

        Assert.Equal(0, site.Build().ExitCode);

        var page = site.Page("index.html");
        Assert.True(page.Length > 1_500_000, $"the page has {page.Length} characters");
        Assert.Contains("0123456789END-OF-PAGE", page);
        Assert.Contains("</html>", page);
    }

    [Fact]
    public void The_staging_folder_refuses_a_page_path_that_leaves_it()
    {
        using var site = new TempSite();
        using var staging = new StagingFolder(new OutputFolder(site.Out), _ => { });
        Assert.Throws<BuildException>(() => staging.Combine("../escaped.html"));
        Assert.Throws<BuildException>(() => staging.Combine("regions/../../../escaped.html"));
        Assert.StartsWith(staging.Root, staging.Combine("regions/x/index.html"));
    }
}
