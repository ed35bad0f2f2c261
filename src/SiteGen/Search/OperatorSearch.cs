using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SiteGen.Content.Model;
using SiteGen.Search.Querying;

namespace SiteGen.Search;

/// <summary>
/// The operator's command-line search (the CLI verb calls <see cref="Run"/>): answers a caller's
/// question with title, region, department, the standard in one line, the phone and the page address.
/// Reuses the on-disk index in <c>indexDir</c> when it was built from the same content, so a
/// repeated search starts without loading the dictionary or re-indexing.
/// </summary>
public static class OperatorSearch
{
    public const int Found = 0;
    public const int NothingFound = 1;
    public const int UsageError = 2;

    private const int StandardWidth = 160;

    /// <param name="region">A region id or name; results are limited to it and the regions within and above it.</param>
    /// <param name="json">Print a JSON array of {id, title, region, department, url, score, standard, phone, close}.</param>
    /// <returns>0 when something was found, 1 when nothing was, 2 for a bad query or region.</returns>
    public static int Run(string query, string? region, int top, bool json, TextWriter output, ContentSet content, string indexDir,
        Func<BenefitProgram, string>? urlOf = null)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            output.WriteLine("搜索内容为空：请给出要查找的政策、人群或地区。");
            return UsageError;
        }
        string? regionId = null;
        if (!string.IsNullOrWhiteSpace(region))
        {
            regionId = ResolveRegion(content, region.Trim());
            if (regionId is null)
            {
                output.WriteLine($"未知地区“{region}”。可用：{string.Join("、", content.Regions.Select(r => $"{r.Name}({r.Id})"))}");
                return UsageError;
            }
        }

        using var engine = SearchEngine.OpenOrBuild(content, indexDir, urlOf);
        var answer = engine.Answer(query, new SearchFilters(Region: regionId), Math.Max(top, 1));
        var hits = answer.Hits;
        var siteUrl = content.Site.SiteUrl.TrimEnd('/');
        string Address(SearchHit h) => siteUrl.Length > 0 ? siteUrl + "/" + h.Url : h.Url;

        if (json) WriteJson(output, hits, Address);
        else WriteText(output, query, answer, Address);
        return hits.Count > 0 ? Found : NothingFound;
    }

    private static string? ResolveRegion(ContentSet content, string region) =>
        content.Regions.FirstOrDefault(r => string.Equals(r.Id, region, StringComparison.OrdinalIgnoreCase))?.Id
        // A name as callers say it, full or short (平定县, 平定): the names a query's places are found by.
        ?? new PlaceMatcher(content.Regions).RegionNamed(region);

    private static void WriteText(TextWriter output, string query, SearchAnswer answer, Func<SearchHit, string> address)
    {
        var hits = answer.Hits;
        if (hits.Count == 0)
        {
            output.WriteLine($"没有找到与“{query}”相关的政策。");
            return;
        }
        // As the search page says it (search.js TEXT.found, TEXT.shown, TEXT.apart).
        var weaker = answer.Count - answer.CloseCount;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"找到 {answer.CloseCount} 条结果{(weaker > 0 ? $"，另有 {weaker} 条相关度较低" : "")}{(hits.Count < answer.Count ? $"，显示前 {hits.Count} 条" : "")}。"));
        for (var i = 0; i < hits.Count; i++)
        {
            var h = hits[i];
            if (!h.Close && (i == 0 || hits[i - 1].Close)) output.WriteLine("—— 以下相关度较低 ——");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {h.Title} — {h.Region} · {h.Department}"));
            output.WriteLine($"   标准：{TextLine.Truncate(h.Standard, StandardWidth)}");
            output.WriteLine($"   电话：{(h.Phone.Length > 0 ? h.Phone : "（未提供）")}");
            output.WriteLine($"   网址：{address(h)}");
        }
        // As the search page says it (search.js TEXT.partial).
        if (!answer.ReachesAll) output.WriteLine("（只列出了全站最相关的一部分。用 --region 指定地区，或在问题里说出县、区名，可以看到当地的全部结果。）");
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<SearchHit> hits, Func<SearchHit, string> address)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }))
        {
            json.WriteStartArray();
            foreach (var h in hits)
            {
                json.WriteStartObject();
                json.WriteString("id", h.Id);
                json.WriteString("title", h.Title);
                json.WriteString("region", h.Region);
                json.WriteString("department", h.Department);
                json.WriteString("url", address(h));
                json.WriteNumber("score", Math.Round(h.Score, Querying.TermScores.Decimals));
                json.WriteString("standard", h.Standard);
                json.WriteString("phone", h.Phone);
                json.WriteBoolean("close", h.Close);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
