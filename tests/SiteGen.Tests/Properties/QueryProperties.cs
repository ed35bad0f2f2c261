using CsCheck;
using SiteGen.Search.Querying;
using SiteGen.Tests.Search;

namespace SiteGen.Tests.Properties;

/// <summary>Whatever a caller types, the query analyzer and the ranking answer with hits or none, never an exception.</summary>
public sealed class QueryProperties : IDisposable
{
    private readonly SearchEngine _engine = SearchEngine.Build(SearchFixture.Content());

    public void Dispose() => _engine.Dispose();

    [Fact]
    public void Any_question_is_planned_and_searched()
    {
        Fragments.Text(60).Sample(query =>
        {
            _engine.Plan(query);
            var hits = _engine.Search(query, top: 10);
            Assert.True(hits.Count <= 10);
        }, iter: 2000);
    }
}
