using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Import.Normalising;
using SiteGen.Import.Readers;
using SiteGen.Import.Sources;
using SiteGen.Import.Writing;

namespace SiteGen.Import;

/// <summary>What an import did, file by file.</summary>
public sealed record ImportReport(IReadOnlyList<ImportMerge.Result> Files, int Programs, int Documents, IReadOnlyDictionary<string, int> ProgramsBySource);

/// <summary>
/// seeds/ → content/: reads every seed with the reader for its format, turns rows into programme records,
/// collects departments and policy documents, and writes content files through the merge that keeps hand edits.
/// </summary>
public sealed class Importer(string seedsDir, string contentDir, ListingFormats formats, Action<string> progress)
{
    public const string SourcesFile = "sources.yaml";
    public const string RulesFile = "import-rules.yaml";
    public const string StagingFolder = ".import-staging";

    public ImportReport Run(bool accept)
    {
        var catalog = SourceCatalog.Load(Path.Combine(seedsDir, SourcesFile));
        var rules = ImportRules.Load(Path.Combine(seedsDir, RulesFile));
        var departments = new DepartmentDirectory(catalog.Regions, rules);
        var tagger = new Tagger(rules);
        var documents = new DocumentCollector();
        var programs = new List<BenefitProgram>();
        var bySource = new SortedDictionary<string, int>(StringComparer.Ordinal);

        foreach (var source in catalog.Sources)
        {
            var path = Path.Combine(seedsDir, source.File);
            if (!File.Exists(path))
                throw new ContentException([new Diagnostic(new SourceSpan(Path.Combine(seedsDir, SourcesFile), 0, 0), $"seed file '{source.File}' is listed but not in {seedsDir}")]);
            var rows = ReadSource(source, path, documents);
            var builder = new ProgramBuilder(source, SeedTexts.Load(path, "seeds/" + source.File), departments, tagger);
            var made = rows.Select((row, i) => builder.Build(row, i + 1)).ToList();
            foreach (var citation in made.SelectMany(p => p.Basis)) documents.AddCitation(citation);
            programs.AddRange(made);
            bySource[source.File] = made.Count;
            progress($"{source.File}: {made.Count} programmes");
        }

        var files = ContentFilesFor(catalog, rules, departments, documents, programs);
        var manifest = ImportManifest.Load(contentDir);
        var staging = Path.Combine(contentDir, "..", StagingFolder);
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        var merge = new ImportMerge(contentDir, staging, manifest, accept);
        var results = files.Select(f => merge.Apply(f.Path, f.Text)).ToList();
        var produced = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        results.AddRange(manifest.Paths.Where(p => !produced.Contains(p)).Select(merge.Retire));
        manifest.Save(contentDir);
        return new ImportReport(results, programs.Count, documents.All.Count, bySource);
    }

    private IReadOnlyList<ListingRow> ReadSource(SeedSource source, string path, DocumentCollector documents)
    {
        var display = "seeds/" + source.File;
        if (source.Kind == "document")
        {
            var seed = SeedTexts.Load(path, display);
            var text = formats.Document(source.Format)(seed);
            var number = DocNumber.Parse(text.Number)?.ToString()
                ?? throw new ContentException([new Diagnostic(new SourceSpan(seed.File, text.FirstLine, 1), $"the document's 文号 '{text.Number}' is not of the form 发文字〔年份〕序号号")]);
            documents.AddFullText(new PolicyDocument
            {
                Id = DocNumber.Parse(number)!.Slug,
                Number = number,
                Title = text.Title ?? source.Title,
                TitleSupplied = text.Title is null && source.TitleSupplied,
                Issuer = text.Issuer ?? source.Publisher,
                Date = text.Date,
                Region = source.Region,
                Source = new SourceRef("seeds/" + source.File, Math.Min(text.FirstLine, LineOf(seed, number)), text.LastLine, null),
                Body = text.Markdown,
                Origin = new SourceSpan(seed.File, text.FirstLine, 1),
            });
            return source.Listing is null ? [] : formats.Listing(source.Listing)(path, display);
        }
        return formats.Listing(source.Format)(path, display);
    }

    /// <summary>The first line that states the 文号, so a document's source range covers its number as well as its body.</summary>
    private static int LineOf(SeedText seed, string number)
    {
        for (var i = 1; i <= seed.Lines.Count; i++)
            if (DocNumber.FindAll(seed.Line(i)).Any(f => f.Number.ToString() == number)) return i;
        return int.MaxValue;
    }

    private static IReadOnlyList<(string Path, string Text)> ContentFilesFor(
        SourceCatalog catalog, ImportRules rules, DepartmentDirectory departments, DocumentCollector documents, IReadOnlyList<BenefitProgram> programs)
    {
        var files = new List<(string, string)>
        {
            ("regions.yaml", ContentFiles.Regions(catalog.Regions)),
            ("departments.yaml", ContentFiles.Departments(departments.All)),
            ("department-types.yaml", ContentFiles.Terms("Canonical department types, so the same kind of office can be compared across regions.", rules.DepartmentTypes.Select(t => t.Term))),
            ("audiences.yaml", ContentFiles.Terms("Who a programme is for; the home page lists these.", rules.Audiences.Select(t => t.Term))),
            ("categories.yaml", ContentFiles.Terms("What kind of help a programme gives.", rules.Categories.Select(t => t.Term))),
            ("kinds.yaml", ContentFiles.Terms("Kinds of programme offered in several regions; each gets a comparison page.", rules.Kinds.Select(t => t.Term))),
            ("sources.yaml", ContentFiles.Sources(catalog.Sources.Select(s => new SourceInfo("seeds/" + s.File, s.Title, s.Publisher, s.Year, s.Region, new SourceSpan("", 0, 0))))),
        };
        files.AddRange(documents.All.Select(d => ($"{ContentLoader.DocumentsFolder}/{d.Id}.md", ContentFiles.Document(d))));
        files.AddRange(programs.Select(p => ($"{ContentLoader.ProgramsFolder}/{p.Region}/{p.Id}.md", ContentFiles.Program(p))));
        return files;
    }
}
