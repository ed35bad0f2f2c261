using SiteGen.Cli;

namespace SiteGen.Tests.Cli;

/// <summary>How the preview server reads a raw request target: decoded once, and refused when it could name something else.</summary>
public sealed class RequestPathTests
{
    [Theory]
    [InlineData("/", "")]
    [InlineData("/index.html", "index.html")]
    [InlineData("/programs/south-02/", "programs/south-02")]
    [InlineData("/programs//south-02/index.html", "programs/south-02/index.html")]
    [InlineData("/search/?q=..%2f..", "search")]
    [InlineData("/%E8%AF%B4%E6%98%8E%201.txt", "说明 1.txt")]
    [InlineData("/...html", "...html")]
    [InlineData("/a..b/.hidden", "a..b/.hidden")]
    public void An_ordinary_path_is_decoded_once(string target, string relative)
    {
        Assert.True(RequestPath.TryParse(target, out var path, out var refusal), refusal);
        Assert.Equal(relative, path.Relative);
    }

    [Theory]
    [InlineData("/../x", "'..'")]
    [InlineData("/a/./b", "'.'")]
    [InlineData("/%2e%2e/x", "'..'")]
    [InlineData("/%2E/x", "'.'")]
    [InlineData("/..%2fx", "encoded '/'")]
    [InlineData("/a%2Fb", "encoded '/'")]
    [InlineData("/%252e%252e%252fx", "twice")]
    [InlineData("/a%25", "twice")]
    [InlineData("/..%5cx", "backslash")]
    [InlineData("/..\\x", "backslash")]
    [InlineData("/index.html%00.txt", "control")]
    [InlineData("/%0a", "control")]
    [InlineData("/%7f", "control")]
    [InlineData("/%c2%85", "control")]
    [InlineData("/a%c0%ae%c0%ae/x", "UTF-8")]
    [InlineData("/%ff", "UTF-8")]
    [InlineData("/%e8%af", "UTF-8")]
    [InlineData("/%zz", "malformed")]
    [InlineData("/a%2", "malformed")]
    [InlineData("/a b", "percent-encoded")]
    [InlineData("/\u8bf4", "percent-encoded")]
    [InlineData("x/index.html", "start with '/'")]
    [InlineData("http://127.0.0.1/index.html", "start with '/'")]
    [InlineData("*", "start with '/'")]
    [InlineData("", "start with '/'")]
    public void A_path_that_could_mean_another_file_is_refused(string target, string reason)
    {
        Assert.False(RequestPath.TryParse(target, out _, out var refusal));
        Assert.Contains(reason, refusal);
    }
}
