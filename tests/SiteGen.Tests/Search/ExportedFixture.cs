using SiteGen.Content.Model;
using SiteGen.Search.Export;
using SiteGen.Search.Querying;

namespace SiteGen.Tests.Search;

/// <summary>The fixture content with its C# engine and its exported browser index loaded in Jint (built once per test class).</summary>
public class ExportedFixture : IDisposable
{
    private readonly TempDir _dir = new();

    public ExportedFixture() : this(SearchFixture.Content()) { }

    protected ExportedFixture(ContentSet content, PostingHeads? heads = null, int tailBlock = PostingShards.DefaultTailBlock)
    {
        Content = content;
        Engine = SearchEngine.Build(content, heads: heads);
        StaticIndexExporter.Write(content, SearchEngine.DefaultUrl, _dir.Path, heads: heads, tailBlock: tailBlock);
        Browser = new BrowserSearch(SearchDir);
    }

    public ContentSet Content { get; }
    public SearchEngine Engine { get; }
    public BrowserSearch Browser { get; }
    public string OutputDir => _dir.Path;
    public string SearchDir => Path.Combine(_dir.Path, StaticIndexExporter.Folder);

    public void Dispose()
    {
        Engine.Dispose();
        _dir.Dispose();
        GC.SuppressFinalize(this);
    }
}
