using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// The preview server reads nothing outside the output folder, however the path is written: next to the output sits
/// "_site-secret", whose name starts with the output's, the shape of folder a root check without a separator lets through.
/// </summary>
public sealed class ServeSecurityTests(ServeSecurityTests.SiteBesideASecret fixture) : IClassFixture<ServeSecurityTests.SiteBesideASecret>
{
    private const string Secret = "the secret next to the site";
    private readonly TempSite _site = fixture.Site;
    private readonly PreviewServer _server = fixture.Server;

    /// <summary>One built site and server for all these tests: none of them changes content, so none causes a rebuild.</summary>
    public sealed class SiteBesideASecret : IAsyncLifetime
    {
        public TempSite Site { get; } = new();
        public PreviewServer Server { get; private set; } = null!;

        public Task InitializeAsync()
        {
            var secrets = Path.Combine(Site.Root, "_site-secret");
            Directory.CreateDirectory(secrets);
            File.WriteAllText(Path.Combine(secrets, "secret.txt"), Secret);
            Server = new PreviewServer(Site);
            return Task.CompletedTask;
        }

        public async Task DisposeAsync()
        {
            await Server.DisposeAsync();
            Site.Dispose();
        }
    }

    [Theory]
    [InlineData("/../_site-secret/secret.txt")]
    [InlineData("/..%2f_site-secret/secret.txt")]
    [InlineData("/..%2F_site-secret/secret.txt")]
    [InlineData("/%2e%2e/_site-secret/secret.txt")]
    [InlineData("/%2e%2e%2f_site-secret/secret.txt")]
    [InlineData("/%252e%252e%252f_site-secret/secret.txt")]
    [InlineData("/..%5c_site-secret%5csecret.txt")]
    [InlineData("/..\\_site-secret\\secret.txt")]
    [InlineData("/index.html%00.txt")]
    [InlineData("/%00")]
    [InlineData("/a%c0%ae%c0%ae/_site-secret/secret.txt")]
    [InlineData("/%c0%ae%c0%ae/_site-secret/secret.txt")]
    [InlineData("/programs/./../../_site-secret/secret.txt")]
    [InlineData("/%zz")]
    [InlineData("_site-secret/secret.txt")]
    public async Task A_path_that_could_leave_the_output_is_a_bad_request(string target)
    {
        var response = await _server.RawGetAsync(target);
        Assert.Equal(400, response.Status);
        Assert.DoesNotContain(Secret, response.Text);
    }

    [Theory]
    [InlineData("/../seeds/mini-listing.txt")]
    [InlineData("/..%2fseeds/mini-listing.txt")]
    [InlineData("/%2e%2e%2fseeds/mini-listing.txt")]
    public async Task An_output_named_s_does_not_serve_the_seeds_folder_beside_it(string target)
    {
        await using var server = new PreviewServer(_site, Path.Combine(_site.Root, "s"));
        var response = await server.RawGetAsync(target);
        Assert.Equal(400, response.Status);
        Assert.DoesNotContain(File.ReadLines(Path.Combine(_site.Seeds, "mini-listing.txt")).First(), response.Text);
    }

    [Fact]
    public async Task A_link_inside_the_output_to_a_file_outside_is_not_followed()
    {
        File.CreateSymbolicLink(Path.Combine(_site.Out, "leak.txt"), Path.Combine(_site.Root, "_site-secret", "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_site.Out, "leaked"), Path.Combine(_site.Root, "_site-secret"));
        foreach (var target in new[] { "/leak.txt", "/leaked/secret.txt", "/leaked/" })
        {
            var response = await _server.RawGetAsync(target);
            Assert.Equal(404, response.Status);
            Assert.DoesNotContain(Secret, response.Text);
        }
    }

    [Fact]
    public async Task A_page_is_served_with_its_bytes_and_a_missing_one_with_the_404_page()
    {
        var page = await _server.RawGetAsync("/programs/south-02/index.html?from=test");
        Assert.Equal(200, page.Status);
        Assert.StartsWith(_site.Page("programs/south-02/index.html").Split("</body>")[0], page.Text, StringComparison.Ordinal);
        var css = await _server.RawGetAsync("/assets/site.css");
        Assert.Equal(File.ReadAllBytes(Path.Combine(_site.Out, "assets", "site.css")), css.Body);
        var missing = await _server.RawGetAsync("/no/such/page.html");
        Assert.Equal(404, missing.Status);
        Assert.Contains("没有找到这个页面", missing.Text);
    }

    [Fact]
    public async Task Percent_encoded_names_are_decoded_once_as_utf8()
    {
        File.WriteAllText(Path.Combine(_site.Out, "说明 1.txt"), "decoded");
        var response = await _server.RawGetAsync("/" + Uri.EscapeDataString("说明 1.txt"));
        Assert.Equal(200, response.Status);
        Assert.Equal("decoded", response.Text);
    }

    [Fact]
    public async Task The_connection_is_kept_open_for_the_next_request()
    {
        using var connection = await _server.Raw();
        var first = await connection.GetAsync("/index.html");
        Assert.False(first.Headers.TryGetValue("Connection", out var value) && value.Contains("close", StringComparison.OrdinalIgnoreCase));
        var second = await connection.GetAsync("/no/such/page.html");
        Assert.Equal((200, 404), (first.Status, second.Status));
    }

    [Fact]
    public async Task A_refused_request_says_the_connection_closes()
    {
        var refused = await _server.RawGetAsync("/../_site-secret/secret.txt");
        Assert.Equal("close", refused.Headers["Connection"], ignoreCase: true);
        Assert.Contains("'..'", refused.Text);
    }
}
