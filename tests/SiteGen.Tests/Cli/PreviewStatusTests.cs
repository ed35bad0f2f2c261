using SiteGen.Cli;

namespace SiteGen.Tests.Cli;

/// <summary>When the open page reloads, and the wait the reload script holds open until something changes.</summary>
public sealed class PreviewStatusTests
{
    private static PreviewPages NoPages() => new(new SiteGen.Site.PreparedSite([], null!));

    [Fact]
    public async Task Checked_pages_and_a_written_build_each_reload_the_page_and_a_failure_reloads_only_a_page_shown_new_pages()
    {
        var status = new PreviewStatus();
        var pages = NoPages();
        status.Prepared(pages);
        Assert.Equal(1, status.Version);
        Assert.Same(pages, status.Pages);
        status.Succeeded(["assets/site.css"]);
        Assert.Equal(2, status.Version);
        Assert.Null(status.Pages);
        Assert.Equal(["assets/site.css"], (await status.ChangeAfter(-1, TimeSpan.FromMinutes(1), CancellationToken.None)).Changed);

        status.Failed(["a.md:1:1: error: x"]);
        Assert.Equal(2, status.Version);
        Assert.Equal(["a.md:1:1: error: x"], status.Errors);

        status.Prepared(NoPages());
        Assert.Empty(status.Errors);
        status.Failed([]);
        Assert.Equal(4, status.Version);
        Assert.Null(status.Pages);
        Assert.Equal(["the rebuild failed"], status.Errors);
    }

    [Fact]
    public async Task A_wait_returns_at_once_for_an_old_stamp_and_otherwise_when_the_status_changes()
    {
        var status = new PreviewStatus();
        Assert.Equal(status.Stamp, (await status.ChangeAfter(-1, TimeSpan.FromMinutes(1), CancellationToken.None)).Stamp);
        var seen = status.Stamp;
        var waiting = status.ChangeAfter(seen, TimeSpan.FromMinutes(1), CancellationToken.None);
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);
        status.Failed(["x"]);
        Assert.NotEqual(seen, (await waiting.WaitAsync(TimeSpan.FromSeconds(10))).Stamp);
    }

    [Fact]
    public async Task A_wait_with_nothing_changing_ends_after_its_patience_with_the_same_stamp()
    {
        var status = new PreviewStatus();
        Assert.Equal(status.Stamp, (await status.ChangeAfter(status.Stamp, TimeSpan.FromMilliseconds(20), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10))).Stamp);
    }
}
