using SiteGen.Content.Model;

namespace SiteGen.Content.Validation;

/// <summary>Cross-checks loaded content: unique ids, and every reference pointing at something that exists.</summary>
public static class ContentValidator
{
    public static void Validate(ContentSet content, DiagnosticBag diagnostics)
    {
        var regions = Index(content.Regions, r => r.Id, r => r.Origin, "region", diagnostics);
        var tree = new RegionTree(content.Regions);
        var departments = Index(content.Departments, d => d.Id, d => d.Origin, "department", diagnostics);
        var types = Index(content.DepartmentTypes, t => t.Id, t => t.Origin, "department type", diagnostics);
        var categories = Index(content.Categories, t => t.Id, t => t.Origin, "category", diagnostics);
        var audiences = Index(content.Audiences, t => t.Id, t => t.Origin, "audience", diagnostics);
        var kinds = Index(content.Kinds, t => t.Id, t => t.Origin, "kind", diagnostics);
        Index(content.Documents, d => d.Id, d => d.Origin, "policy document", diagnostics);
        Index(content.Programs, p => p.Id, p => p.Origin, "programme", diagnostics);
        var documentsByNumber = IndexDocumentNumbers(content.Documents, diagnostics);
        var sources = Index(content.Sources, s => s.File, s => s.Origin, "source", diagnostics);
        foreach (var source in content.Sources)
            Require(source.Region, regions.Keys, source.Origin, "region", "content/regions.yaml", diagnostics);

        foreach (var region in content.Regions)
        {
            if (region.Parent is { } parent && !regions.ContainsKey(parent))
                diagnostics.Add(region.Origin, $"region '{region.Id}' has unknown parent '{parent}'{Suggest(parent, regions.Keys)}");
        }
        ReportRegionCycles(content.Regions, regions, diagnostics);

        foreach (var department in content.Departments)
        {
            Require(department.Region, regions.Keys, department.Origin, "region", "content/regions.yaml", diagnostics);
            Require(department.Type, types.Keys, department.Origin, "department type", "content/department-types.yaml", diagnostics);
        }

        foreach (var p in content.Programs)
        {
            Require(p.Region, regions.Keys, p.Origin, "region", "content/regions.yaml", diagnostics);
            Require(p.Department, departments.Keys, p.Origin, "department", "content/departments.yaml", diagnostics);
            if (p.Kind is { } kind) Require(kind, kinds.Keys, p.Origin, "kind", "content/kinds.yaml", diagnostics);
            foreach (var c in p.Categories) Require(c, categories.Keys, p.Origin, "category", "content/categories.yaml", diagnostics);
            foreach (var a in p.Audiences) Require(a, audiences.Keys, p.Origin, "audience", "content/audiences.yaml", diagnostics);
            if (departments.TryGetValue(p.Department, out var dept) && regions.ContainsKey(p.Region)
                && !tree.IsWithin(p.Region, dept.Region))
                diagnostics.Add(p.Origin, $"department '{p.Department}' belongs to region '{dept.Region}', which does not contain the programme's region '{p.Region}'");
            foreach (var basis in p.Basis)
            {
                if (basis.Document is not { } number) continue;
                var parsed = DocNumber.Parse(number);
                if (parsed is null)
                    diagnostics.Add(p.Origin, $"basis document '{number}' is not a 文号 of the form 发文字〔年份〕序号号");
                else if (parsed.ToString() != number)
                    diagnostics.Add(p.Origin, $"write the basis document '{number}' in its normal form '{parsed}'");
                else if (!documentsByNumber.ContainsKey(number))
                    diagnostics.Add(p.Origin, $"basis document '{number}' has no record in content/documents: add one, or remove the reference");
            }
            Require(p.Source.File, sources.Keys, p.Origin, "source file", "content/sources.yaml", diagnostics);
        }
        foreach (var d in content.Documents)
        {
            if (d.Region is { } region) Require(region, regions.Keys, d.Origin, "region", "content/regions.yaml", diagnostics);
        }
        DocumentTitleCheck.Run(content, diagnostics);
    }

    private static Dictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, string> id, Func<T, SourceSpan> where, string what, DiagnosticBag diagnostics)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = id(item);
            if (key.Length == 0) continue;
            if (index.TryGetValue(key, out var first))
                diagnostics.Add(where(item), $"duplicate {what} id '{key}': already used at {where(first)}");
            else
                index[key] = item;
        }
        return index;
    }

    private static Dictionary<string, PolicyDocument> IndexDocumentNumbers(IEnumerable<PolicyDocument> documents, DiagnosticBag diagnostics)
    {
        var index = new Dictionary<string, PolicyDocument>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            if (index.TryGetValue(d.Number, out var first))
                diagnostics.Add(d.Origin, $"duplicate 文号 '{d.Number}': already recorded at {first.Origin}");
            else
                index[d.Number] = d;
        }
        return index;
    }

    private static void Require(string id, IEnumerable<string> known, SourceSpan where, string what, string file, DiagnosticBag diagnostics)
    {
        var keys = known as ICollection<string> ?? known.ToList();
        if (id.Length > 0 && !keys.Contains(id))
            diagnostics.Add(where, $"unknown {what} '{id}'{Suggest(id, keys)}; add it to {file} or correct the reference");
    }

    private static string Suggest(string id, IEnumerable<string> known) =>
        Loading.Spelling.Closest(id, known) is { } s ? $" (did you mean '{s}'?)" : "";

    private static void ReportRegionCycles(IEnumerable<Region> regions, Dictionary<string, Region> byId, DiagnosticBag diagnostics)
    {
        foreach (var region in regions)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { region.Id };
            var current = region.Parent;
            while (current is not null && byId.TryGetValue(current, out var next))
            {
                if (!seen.Add(current))
                {
                    diagnostics.Add(region.Origin, $"region '{region.Id}' is its own ancestor: the parent chain loops through '{current}'");
                    break;
                }
                current = next.Parent;
            }
        }
    }
}
