using SiteGen.Content;
using SiteGen.Rendering;
using SiteGen.Rules.Checking;
using SiteGen.Rules.Evaluation;
using SiteGen.Rules.Export;
using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>
/// What pages show of the calculators: each one's worked example, computed at build time so the page says
/// something useful without JavaScript, and the rules data the page script runs.
/// </summary>
public static class CalculatorViews
{
    public sealed record Example(IReadOnlyList<Answer> Inputs, string Amount, string Unit, string Period, IReadOnlyList<string> Working, IReadOnlyList<string> Sources);

    public sealed record Answer(string Label, string Value);

    public sealed record View(string Id, string Title, string Anchor, string? Note, Example? Example);

    public static View For(CalculatorScope scope, SiteModel site)
    {
        var c = scope.Calculator;
        return new View(c.Id, c.Title, Anchor(c.Id), c.Note, WorkedExample(scope, site));
    }

    public static string Anchor(string calculatorId) => "calc-" + calculatorId;

    private static Example? WorkedExample(CalculatorScope scope, SiteModel site)
    {
        var regions = new RegionTree(site.Content.Regions);
        foreach (var c in scope.Calculator.Cases.Where(c => c.Amount is not null))
        {
            var answers = c.Inputs.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
            var result = Evaluator.Run(scope, regions, answers);
            if (result.Status != RuleResult.Ok) continue;
            var inputs = scope.Inputs.Select(i => new Answer(i.Value.Label,
                i.Key == Rules.Model.Question.RegionName && site.RegionsById.TryGetValue(answers[i.Key], out var r) ? r.Name : answers[i.Key] + (i.Value.Unit is { } u ? " " + u : ""))).ToList();
            return new Example(inputs, Fraction.Parse(result.Amount!)!.Value.Display(), result.Unit!, result.Period!, result.Working,
                result.Parameters.Select(p => $"{p.Label}（{From(p.From)}，{Cite(site, scope.Parameters[p.Name].Current.Source)}）").ToList());
        }
        return null;
    }

    public static string From(string from) => from.Length == 4 ? $"{from}年起" : $"{from}起";

    /// <summary>A source as readers know it: the listing's title and the line, not the seed's file name.</summary>
    public static string Cite(SiteModel site, Content.Model.SourceRef source)
    {
        var lines = source.FirstLine == source.LastLine ? $"第{source.FirstLine}行" : $"第{source.FirstLine}–{source.LastLine}行";
        return site.SourcesByFile.TryGetValue(source.File, out var info) ? $"《{info.Title}》{lines}" : $"{source.File} {lines}";
    }

    /// <summary>The data block for a page: only the calculators it shows, with their programmes' pages and phones.</summary>
    public static TrustedHtml Data(SiteModel site, IEnumerable<CalculatorScope> calculators) =>
        new(RulesData.Write(site.Content.Calculators, site.Content.Regions, calculators, id => Link(site, id), s => Cite(site, s)));

    private static ProgramLink Link(SiteModel site, string programId)
    {
        var p = site.ProgramsById[programId];
        var contact = site.Contact(p);
        return new ProgramLink(p.Id, p.DisplayTitle, SitePaths.Program(p.Id), contact.Phones.FirstOrDefault(), site.DepartmentFullName(p.Department));
    }
}
