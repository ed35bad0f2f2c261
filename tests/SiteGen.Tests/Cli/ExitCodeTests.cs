using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>Scripts rely on the exit codes: 0 success, 1 content errors, 2 usage errors.</summary>
public sealed class ExitCodeTests
{
    [Fact]
    public void Success_is_zero_and_quiet_prints_nothing()
    {
        using var site = new TempSite();
        var result = site.Build();
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void Content_errors_are_one()
    {
        using var site = new TempSite();
        site.Edit("programs/south/south-02.md", "region: south", "region: nowhere");
        Assert.Equal(1, site.Build().ExitCode);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("no-such-verb")]
    [InlineData("serve", "--port", "eighty")]
    public void Usage_errors_are_two(params string[] args)
    {
        using var site = new TempSite();
        var result = site.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sitegen:", result.Stderr);
    }

    [Fact]
    public void Check_validates_without_writing()
    {
        using var site = new TempSite();
        var result = site.Run("check", "--content", site.Content, "--seeds", site.Seeds, "--templates", site.Templates);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("content, figures and links are fine", result.Stdout);
        Assert.False(Directory.Exists(site.Out));
    }

    [Fact]
    public void A_missing_content_folder_is_a_content_error_with_a_hint()
    {
        var result = new TempSite().Run("check", "--content", "/no/such/folder");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("content folder not found", result.Stderr);
    }
}
