using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

public sealed class RelativeUrlTests
{
    [Theory]
    [InlineData("index.html", "programs/a/index.html", "programs/a/index.html")]
    [InlineData("programs/a/index.html", "programs/b/index.html", "../../programs/b/index.html")]
    [InlineData("programs/a/index.html", "index.html", "../../index.html")]
    [InlineData("404.html", "assets/site.css", "assets/site.css")]
    public void Links_climb_to_the_root_then_descend(string from, string to, string expected) =>
        Assert.Equal(expected, RelativeUrl.From(from, to));

    [Theory]
    [InlineData("index.html", "./")]
    [InlineData("search/index.html", "../")]
    [InlineData("programs/a/index.html", "../../")]
    public void The_root_is_reached_by_as_many_steps_as_folders(string from, string expected) =>
        Assert.Equal(expected, RelativeUrl.Root(from));
}
