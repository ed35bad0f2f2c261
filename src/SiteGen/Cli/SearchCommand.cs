using System.CommandLine;
using SiteGen.Content;
using SiteGen.Search;
using SiteGen.Search.Querying;
using SiteGen.Site.Model;

namespace SiteGen.Cli;

/// <summary>'sitegen search': the operator's search, on the same index and ranking as the site's search page.</summary>
public static class SearchCommand
{
    /// <summary>Where the Lucene index is kept between searches (rebuilt when the content changes).</summary>
    public const string IndexFolder = ".sitegen/search-index";

    /// <summary>More results than an operator can read out; the bound keeps --top a sensible number.</summary>
    public const int MaxTop = 100;

    public static Command Create(Reporter console)
    {
        var query = new Argument<string>("question") { Description = "What the caller asks, such as 低保一个月多少钱" };
        var region = new Option<string?>("--region") { Description = "Only this region (an id, a name such as 长治, or its pinyin) and the regions within and above it" };
        var top = new Option<int>("--top") { Description = "How many results", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {title, region, department, url, score, standard, phone}" };
        var content = CommonOptions.Content();
        var index = new Option<string>("--index") { Description = "Where the search index is kept", DefaultValueFactory = _ => IndexFolder };
        var command = new Command("search", "Search the programmes as the site does, for hotline operators") { query, region, top, json, content, index };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(top);
            if (count is < 1 or > MaxTop) return console.UsageError($"--top must be between 1 and {MaxTop}, not {count}");
            if (SearchIndex.FolderProblem(parse.GetValue(index)!) is { } problem) return console.UsageError(problem);
            try
            {
                var loaded = new ContentLoader(parse.GetValue(content)!).Load();
                return OperatorSearch.Run(parse.GetValue(query)!, parse.GetValue(region), parse.GetValue(top), parse.GetValue(json),
                    console.Out, loaded, parse.GetValue(index)!, p => SitePaths.Program(p.Id));
            }
            catch (ContentException e) { return console.ContentErrors(e.Diagnostics); }
        });
        return command;
    }
}
