using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Rules.Export;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rules;

/// <summary>The shipped content/rules/, loaded once, with the JSON the pages embed for every calculator.</summary>
public sealed class RealRules
{
    public ContentSet Content { get; } = new ContentLoader(Repo.Content).Load();
    public RegionTree Regions { get; }
    public string Data { get; }
    public RulesScript Script { get; } = new();

    public RealRules()
    {
        Regions = new RegionTree(Content.Regions);
        var titles = Content.Programs.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Data = RulesData.Write(Content.Calculators, Content.Regions, Content.Calculators.Calculators,
            id => new ProgramLink(id, titles[id].Title, $"programs/{id}/index.html", titles[id].Phones.FirstOrDefault(), titles[id].Department));
    }
}
