using SiteGen.Tests.Support;
using System.Text.Json;
using Jint;
using SiteGen.Search.Querying;

namespace SiteGen.Tests.Search;

/// <summary>
/// Runs the ranking core of templates/assets/search.js, minified as published, in Jint against an exported browser index,
/// loading the data files through the same global callback the browser uses.
/// </summary>
public sealed class BrowserSearch
{
    private readonly Engine _engine = new();

    public BrowserSearch(string searchDir)
    {
        // The script as the site publishes it: the parity with the command line is the minified script's.
        _engine.Execute(Repo.PublishedAsset("search.js"));
        _engine.Execute("""
            var store = {};
            function SiteGenSearchData(kind, name, data) { store[kind + ':' + name] = data; }
            """);
        foreach (var file in Directory.EnumerateFiles(searchDir, "*.js", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            _engine.Execute(System.IO.File.ReadAllText(file));
        _engine.Execute("""
            var core = SiteGenSearch.createCore(store['manifest:']);
            var shardsTouched = [];
            var piecesLoaded = [];
            function take(pieces) {
              pieces.forEach(function (p) {
                var data = store[p.kind + ':' + p.name];
                if (data === undefined) throw new Error('no such index piece: ' + p.path);
                piecesLoaded.push(p.path);
                core.use(p.kind, data, p.name);
              });
            }
            // As the page does: the pieces a query needs are added in rounds, until it needs no more.
            function prepare(q, filters) {
              for (var round = 0; round < 8; round++) {
                var need = core.missing(q, filters);
                if (!need.length) return;
                take(need);
              }
              throw new Error('the pieces of ' + q + ' never settle');
            }
            function search(q, region, deptType, audience, top) {
              var filters = {};
              if (region) filters.region = region;
              if (deptType) filters.deptType = deptType;
              if (audience) filters.audience = audience;
              piecesLoaded = [];
              prepare(q, filters);
              var clauses = core.plan(q);
              shardsTouched = core.shardsFor(clauses);
              // As the page does: the clauses' shards, then the tails a query about a place needs.
              for (var round = 0; round < 2; round++) take(core.postingsMissing(clauses, filters));
              if (core.postingsMissing(clauses, filters).length) throw new Error('the postings of ' + q + ' never settle');
              var hits = core.rank(clauses, filters, top);
              take(core.docsMissing(hits));
              return JSON.stringify(hits.map(function (h) { return { id: core.row(h.doc).id, score: h.score, close: h.close }; }));
            }
            function plan(q) { prepare(q, null); return JSON.stringify(core.plan(q)); }
            function reachesAll(q, region) {
              var filters = region ? { region: region } : {};
              prepare(q, filters);
              var clauses = core.plan(q);
              take(core.postingsMissing(clauses, filters));
              return core.reachesAll(clauses, filters);
            }
            """);
    }

    public IReadOnlyList<(string Id, double Score, bool Close)> Search(string query, SearchFilters? filters = null, int top = 10)
    {
        filters ??= SearchFilters.None;
        var json = _engine.Invoke("search", query, filters.Region ?? "", filters.DepartmentType ?? "", filters.Audience ?? "", top).AsString();
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray().Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("score").GetDouble(), e.GetProperty("close").GetBoolean())).ToList();
    }

    /// <summary>What the page says of a query's results: false when they are the best of each clause only (search.js reachesAll).</summary>
    public bool ReachesAll(string query, string? region = null) => _engine.Invoke("reachesAll", query, region ?? "").AsBoolean();

    /// <summary>The clauses as "g:" or "" + comma-joined terms, like the C# planner's.</summary>
    public IReadOnlyList<string> Plan(string query)
    {
        using var doc = JsonDocument.Parse(_engine.Invoke("plan", query).AsString());
        return doc.RootElement.EnumerateArray()
            .Select(c => (c.GetProperty("kind").GetString() switch { "g" => "g:", "p" => "p:", "a" => "a:", _ => "" }) + string.Join(",", c.GetProperty("terms").EnumerateArray().Select(t => t.GetString())))
            .ToList();
    }

    public IReadOnlyList<string> ShardsTouched() =>
        JsonSerializer.Deserialize<List<string>>(_engine.Evaluate("JSON.stringify(shardsTouched)").AsString())!;

    /// <summary>The paths of the pieces the last search added, as missing(), postingsMissing() and docsMissing() named them.</summary>
    public IReadOnlyList<string> PiecesLoaded() =>
        JsonSerializer.Deserialize<List<string>>(_engine.Evaluate("JSON.stringify(piecesLoaded)").AsString())!;
}
