using SiteGen.Tests.Support;
using SiteGen.Content;

namespace SiteGen.Tests.Search.Relevance;

/// <summary>The repository's content/ with engine and export, when content/ exists (null members otherwise).</summary>
public sealed class RealContentFixture : IDisposable
{
    public RealContentFixture()
    {
        var dir = Path.Combine(Repo.Root, "content");
        if (Directory.Exists(Path.Combine(dir, ContentLoader.ProgramsFolder)))
            Exported = new ContentExport(new ContentLoader(dir).Load());
    }

    public ContentExport? Exported { get; }

    public void Dispose() => Exported?.Dispose();

    public sealed class ContentExport(SiteGen.Content.Model.ContentSet content) : ExportedFixture(content);
}
