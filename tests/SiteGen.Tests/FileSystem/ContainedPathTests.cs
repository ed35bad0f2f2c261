using SiteGen.FileSystem;

namespace SiteGen.Tests.FileSystem;

public sealed class ContainedPathTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sitegen-paths-" + Guid.NewGuid().ToString("N"));

    public ContainedPathTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "site", "sub"));
        Directory.CreateDirectory(Path.Combine(_root, "site-other"));
        File.WriteAllText(Path.Combine(_root, "outside.txt"), "secret");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Site => Path.Combine(_root, "site");

    [Theory]
    [InlineData("sub/page.html")]
    [InlineData("a/b/../c.html")]
    [InlineData("not-yet/created.html")]
    public void Paths_below_the_folder_resolve(string relative) =>
        Assert.Equal(Path.GetFullPath(Path.Combine(Site, relative)), ContainedPath.Resolve(Site, relative));

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("sub/../../outside.txt")]
    [InlineData("../site-other/x")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    [InlineData("a\0b")]
    public void Paths_that_leave_the_folder_are_refused(string relative) => Assert.Null(ContainedPath.Resolve(Site, relative));

    [Fact]
    public void A_sibling_whose_name_starts_with_the_folders_name_is_outside() =>
        Assert.False(ContainedPath.IsWithin(Site, Path.Combine(_root, "site-other", "x")));

    [Fact]
    public void A_link_to_a_file_outside_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(Site, "link.txt"), Path.Combine(_root, "outside.txt"));
        Assert.Null(ContainedPath.Resolve(Site, "link.txt"));
    }

    [Fact]
    public void A_linked_folder_outside_is_refused_for_everything_below_it()
    {
        Directory.CreateSymbolicLink(Path.Combine(Site, "linked"), _root);
        Assert.Null(ContainedPath.Resolve(Site, "linked/outside.txt"));
    }

    [Fact]
    public void A_relative_link_that_stays_inside_is_followed()
    {
        File.WriteAllText(Path.Combine(Site, "sub", "real.txt"), "x");
        File.CreateSymbolicLink(Path.Combine(Site, "alias.txt"), Path.Combine("sub", "real.txt"));
        Assert.NotNull(ContainedPath.Resolve(Site, "alias.txt"));
        Assert.Equal(Path.Combine(RealPath.Of(Site), "sub", "real.txt"), RealPath.Of(Path.Combine(Site, "alias.txt")));
    }

    [Fact]
    public void A_link_loop_is_an_error_not_a_hang()
    {
        File.CreateSymbolicLink(Path.Combine(Site, "a"), Path.Combine(Site, "b"));
        File.CreateSymbolicLink(Path.Combine(Site, "b"), Path.Combine(Site, "a"));
        Assert.Throws<IOException>(() => RealPath.Of(Path.Combine(Site, "a")));
    }

    [Fact]
    public void The_folder_is_within_itself_even_through_a_link_to_it()
    {
        var link = Path.Combine(_root, "site-link");
        Directory.CreateSymbolicLink(link, Site);
        Assert.True(ContainedPath.IsWithin(link, Path.Combine(Site, "sub")));
        Assert.True(ContainedPath.Overlap(_root, Site));
        Assert.False(ContainedPath.Overlap(Site, Path.Combine(_root, "site-other")));
    }
}
