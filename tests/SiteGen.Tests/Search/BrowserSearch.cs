using SiteGen.Tests.Support;
using System.Text.Json;
using Jint;
using SiteGen.Search.Querying;

namespace SiteGen.Tests.Search;

/// <summary>
/// Runs the ranking core of templates/assets/search.js in Jint against an exported browser index,
/// loading the data files through the same global callback the browser uses.
/// </summary>
public sealed class BrowserSearch
{
    private readonly Engine _engine = new();

    public BrowserSearch(string searchDir)
    {
        _engine.Execute(System.IO.File.ReadAllText(Path.Combine(Repo.Root, "templates", "assets", "search.js")));
        _engine.Execute("""
            var store = {};
            function SiteGenSearchData(kind, name, data) { store[kind + ':' + name] = data; }
            """);
        foreach (var file in Directory.EnumerateFiles(searchDir, "*.js", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            _engine.Execute(System.IO.File.ReadAllText(file));
        _engine.Execute("""
            var core = SiteGenSearch.createCore(store['manifest:'], store['vocab:']);
            var shardsTouched = [];
            // As the page does: the tables a query needs (fold.js, pinyin.js) are added when it first needs them.
            function prepare(q) {
              for (var round = 0; round < 3; round++)
                core.missing(q).forEach(function (p) { core.use(p.kind, store[p.kind + ':' + p.name], p.name); });
            }
            function search(q, region, deptType, audience, top) {
              prepare(q);
              var clauses = core.plan(q);
              shardsTouched = core.shardsFor(clauses);
              var filters = {};
              if (region) filters.region = region;
              if (deptType) filters.deptType = deptType;
              if (audience) filters.audience = audience;
              var hits = core.rank(clauses, function (key) {
                var shard = store['shard:' + core.shardOf(key)];
                return shard && Object.prototype.hasOwnProperty.call(shard, key) ? shard[key] : undefined;
              }, filters, top);
              return JSON.stringify(hits.map(function (h) { return { id: h.id, score: h.score }; }));
            }
            function plan(q) { prepare(q); return JSON.stringify(core.plan(q)); }
            """);
    }

    public IReadOnlyList<(string Id, double Score)> Search(string query, SearchFilters? filters = null, int top = 10)
    {
        filters ??= SearchFilters.None;
        var json = _engine.Invoke("search", query, filters.Region ?? "", filters.DepartmentType ?? "", filters.Audience ?? "", top).AsString();
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray().Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("score").GetDouble())).ToList();
    }

    /// <summary>The clauses as "g:" or "" + comma-joined terms, like the C# planner's.</summary>
    public IReadOnlyList<string> Plan(string query)
    {
        using var doc = JsonDocument.Parse(_engine.Invoke("plan", query).AsString());
        return doc.RootElement.EnumerateArray()
            .Select(c => (c.GetProperty("kind").GetString() switch { "g" => "g:", "p" => "p:", _ => "" }) + string.Join(",", c.GetProperty("terms").EnumerateArray().Select(t => t.GetString())))
            .ToList();
    }

    public IReadOnlyList<string> ShardsTouched() =>
        JsonSerializer.Deserialize<List<string>>(_engine.Evaluate("JSON.stringify(shardsTouched)").AsString())!;
}
