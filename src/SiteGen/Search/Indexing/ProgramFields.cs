using SiteGen.Content.Model;

namespace SiteGen.Search.Indexing;

/// <summary>The texts a programme contributes to each field, in a fixed order (also hashed for the index fingerprint).</summary>
public static class ProgramFields
{
    public static IReadOnlyList<(SearchField Field, string Text)> Of(BenefitProgram p, ContentLookup lookup)
    {
        var fields = new List<(SearchField, string)>();
        void Add(SearchField field, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text)) fields.Add((field, text));
        }

        Add(SearchFields.Title, p.Title);
        foreach (var alias in p.Aliases) Add(SearchFields.Aliases, alias);
        if (p.Kind is { } kind) Add(SearchFields.Kind, lookup.KindName(kind));
        foreach (var region in lookup.RegionChain(p.Region)) Add(SearchFields.Region, region.Name);
        Add(SearchFields.Department, lookup.DepartmentName(p.Department));
        Add(SearchFields.Department, lookup.DepartmentTypeName(lookup.DepartmentTypeId(p.Department)));
        foreach (var a in p.Audiences) Add(SearchFields.Audience, lookup.AudienceName(a));
        foreach (var c in p.Categories) Add(SearchFields.Category, lookup.CategoryName(c));
        Add(SearchFields.Standard, p.Standard);
        if (p.Funding is { } funding)
            foreach (var (label, value) in funding.Named()) Add(SearchFields.Standard, $"{label} {value}");
        Add(SearchFields.Eligibility, p.Eligibility);
        Add(SearchFields.Summary, p.Summary);
        foreach (var step in p.Procedure) Add(SearchFields.Procedure, step);
        foreach (var phone in p.Phones) Add(SearchFields.Phone, phone);
        Add(SearchFields.Other, p.PaymentMethod);
        Add(SearchFields.Other, p.PaymentTiming);
        Add(SearchFields.Other, p.Notes);
        foreach (var b in p.Basis) Add(SearchFields.Other, b.Document is null ? b.CitedAs : $"{b.CitedAs} {b.Document}");
        Add(SearchFields.Other, p.Body);

        var sources = fields.Where(f => SearchFields.GramSources.Contains(f.Item1)).Select(f => f.Item2).ToList();
        fields.AddRange(sources.Select(text => (SearchFields.Gram, text)));
        fields.AddRange(sources.Select(text => (SearchFields.Age, text)));
        return fields;
    }
}
