using SiteGen.Content.Model;

namespace SiteGen.Import.Writing;

/// <summary>The text of each content file the importer writes, in the format docs/CONTENT.md describes.</summary>
public static class ContentFiles
{
    public static string Program(BenefitProgram p)
    {
        var y = new YamlWriter().Raw("---\n")
            .Scalar("id", p.Id).Scalar("title", p.Title).Scalar("qualifier", p.Qualifier).List("aliases", p.Aliases)
            .Scalar("region", p.Region).Scalar("department", p.Department).Scalar("level", p.Level).Scalar("kind", p.Kind)
            .List("categories", p.Categories).List("audiences", p.Audiences).Number("year", p.Year);
        if (p.Basis.Count > 0)
        {
            y.Open("basis");
            foreach (var b in p.Basis)
            {
                y.Item("cited_as", b.CitedAs, 2);
                y.Scalar("document", b.Document, 4);
            }
        }
        y.Scalar("summary", p.Summary).Scalar("eligibility", p.Eligibility).List("procedure", p.Procedure).Scalar("standard", p.Standard);
        if (p.Funding is { } f && f.Named().Any())
        {
            y.Open("funding").Scalar("total", f.Total, 2).Scalar("central", f.Central, 2).Scalar("provincial", f.Provincial, 2)
                .Scalar("city", f.City, 2).Scalar("county", f.County, 2);
        }
        y.Scalar("payment_method", p.PaymentMethod).Scalar("payment_timing", p.PaymentTiming).List("phones", p.Phones).Scalar("notes", p.Notes);
        if (p.Answer is { } a)
            y.Open("answer").Scalar("who", a.Who, 2).Scalar("how_much", a.HowMuch, 2).Scalar("how_to_apply", a.HowToApply, 2);
        y.Open("source").Scalar("file", p.Source.File, 2).Scalar("lines", Lines(p.Source), 2).Scalar("item", p.Source.Item, 2);
        y.List("judgements", p.Judgements).Raw("---\n");
        if (p.Body.Length > 0) y.Raw(p.Body.TrimEnd() + "\n");
        return y.ToString();
    }

    public static string Document(PolicyDocument d)
    {
        var y = new YamlWriter().Raw("---\n")
            .Scalar("id", d.Id).Scalar("number", d.Number).Scalar("title", d.Title).Flag("title_supplied", d.TitleSupplied)
            .Scalar("title_note", d.TitleNote)
            .Scalar("issuer", d.Issuer).Scalar("date", d.Date).Scalar("region", d.Region);
        if (d.Source is { } s) y.Open("source").Scalar("file", s.File, 2).Scalar("lines", Lines(s), 2).Scalar("item", s.Item, 2);
        y.Raw("---\n");
        if (d.HasFullText) y.Raw("\n" + d.Body.TrimEnd() + "\n");
        return y.ToString();
    }

    public static string Regions(IEnumerable<Region> regions) =>
        Header("The region tree: the province, its cities, and their counties and districts.") +
        string.Concat(regions.Select(r => new YamlWriter().Item("id", r.Id).Scalar("name", r.Name, 2).Scalar("parent", r.Parent, 2).Scalar("level", r.Level, 2).ToString()));

    public static string Departments(IEnumerable<Department> departments) =>
        Header("Departments: each belongs to a region and has a canonical type from department-types.yaml.") +
        string.Concat(departments.Select(d => new YamlWriter().Item("id", d.Id).Scalar("name", d.Name, 2).Scalar("region", d.Region, 2).Scalar("type", d.Type, 2).ToString()));

    public static string Terms(string comment, IEnumerable<Term> terms) =>
        Header(comment) +
        string.Concat(terms.Select(t => new YamlWriter().Item("id", t.Id).Scalar("name", t.Name, 2).Scalar("description", t.Description, 2).ToString()));

    public static string Sources(IEnumerable<SourceInfo> sources) =>
        Header("The published sources in seeds/, as readers are told about them.") +
        string.Concat(sources.Select(s => new YamlWriter().Item("file", s.File).Scalar("title", s.Title, 2).Scalar("publisher", s.Publisher, 2)
            .Number("year", s.Year == 0 ? null : s.Year, 2).Scalar("region", s.Region, 2).ToString()));

    private static string Lines(SourceRef s) => s.FirstLine == s.LastLine ? $"{s.FirstLine}" : $"{s.FirstLine}-{s.LastLine}";

    private static string Header(string comment) => $"# {comment}\n# Written by 'sitegen import'; edits are kept on re-import (see README).\n";
}
