using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Import.Normalising;
using SiteGen.Import.Sources;
using SiteGen.Import.Merging;
using SiteGen.Import.Writing;

namespace SiteGen.Import;

/// <summary>A programme whose file moved because its number in the list changed (matched by title and department).</summary>
public sealed record RenamedFile(string From, string To);

/// <summary>What an import did (or would do, on a dry run), file by file.</summary>
public sealed record ImportReport(IReadOnlyList<ImportMerge.Result> Files, int Programs, int Documents, IReadOnlyDictionary<string, int> ProgramsBySource)
{
    public IReadOnlyList<RenamedFile> Renamed { get; init; } = [];

    /// <summary>Calculator parameters that cite a seed no longer listed in seeds/sources.yaml, one line each.</summary>
    public IReadOnlyList<string> StaleParameters { get; init; } = [];
}

/// <summary>
/// How an import treats what it finds: <paramref name="Accept"/> marks staged files as merged by hand;
/// <paramref name="AllowFewer"/> accepts seeds that now yield far fewer programmes than last time.
/// </summary>
public sealed record ImportOptions(bool Accept = false, bool AllowFewer = false, bool DryRun = false);

/// <summary>
/// seeds/ → content/: reads every seed with the reader for its format, turns rows into programme records, collects
/// departments and policy documents, and writes content files through the merge that keeps hand edits.
/// Content changes as a whole or not at all: every seed is checked and every change decided before the first file is touched.
/// </summary>
public sealed class Importer(string seedsDir, string contentDir, ListingFormats formats, Action<string> progress)
{
    public const string SourcesFile = "sources.yaml";
    public const string RulesFile = "import-rules.yaml";
    public const string StagingFolder = ".import-staging";

    /// <exception cref="ContentException">Every problem with the seeds, their catalog or the paths to write; content/ is unchanged.</exception>
    public ImportReport Run(ImportOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var catalog = SourceCatalog.Load(Path.Combine(seedsDir, SourcesFile), diagnostics);
        var rules = LoadRules(diagnostics);
        var departments = new DepartmentDirectory(catalog.Regions, rules);
        var documents = new DocumentCollector();
        var reader = new SourceReader(formats, departments, new Tagger(rules), documents);
        var programs = new List<BenefitProgram>();
        var bySource = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in catalog.Sources)
        {
            try
            {
                var made = reader.Read(source);
                programs.AddRange(made);
                bySource[source.File] = made.Count;
                progress($"{source.File}: {made.Count} programmes");
            }
            catch (ContentException e)
            {
                Collect(diagnostics, e);
            }
        }
        var manifest = ImportManifest.Load(contentDir);
        if (!options.AllowFewer) ProgrammeCounts.Check(catalog.Sources, bySource, manifest, diagnostics);
        if (diagnostics.HasErrors) throw new ContentException(diagnostics.Sorted().ToList());

        var staging = Path.Combine(contentDir, "..", StagingFolder);
        var merge = new ImportMerge(contentDir, staging, manifest, options.Accept);
        var files = ContentFilesFor(catalog, rules, departments, documents, programs);
        var produced = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var renamed = Renames.Find(contentDir, manifest, files, produced);
        var movedAway = renamed.Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        var results = files.Select(f => renamed.FirstOrDefault(r => r.To == f.Path) is { } r
            ? merge.ApplyRenamed(r.From, f.Path, f.Text, fromReused: produced.Contains(r.From))
            : movedAway.Contains(f.Path) ? merge.ApplyNew(f.Path, f.Text) : merge.Apply(f.Path, f.Text)).ToList();
        var moved = renamed.Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        results.AddRange(manifest.Paths.Where(p => !produced.Contains(p) && !moved.Contains(p)).Select(merge.Retire));
        if (merge.Problems.Count > 0) throw new ContentException(merge.Problems);

        var report = new ImportReport(results.OfType<ImportMerge.Result>().ToList(), programs.Count, documents.All.Count, bySource)
        {
            Renamed = renamed,
            StaleParameters = StaleParameters.Find(contentDir, catalog.Sources.Select(s => "seeds/" + s.File)),
        };
        if (options.DryRun) return report;
        manifest.SetProgrammes(ProgrammeCounts.ToRecord(catalog.Sources, bySource));
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        // The manifest goes last: should the run stop among the renames, files it does not yet know read as the importer's own.
        FileChanges.Apply([.. merge.Changes, .. RuleReferences.Renumber(contentDir, renamed), new FileChange(Path.Combine(contentDir, ImportManifest.FileName), manifest.ToJson())]);
        return report;
    }

    /// <summary>The classification rules; without them no seed can be read, so their errors end the run with those found so far.</summary>
    private ImportRules LoadRules(DiagnosticBag diagnostics)
    {
        try
        {
            return ImportRules.Load(Path.Combine(seedsDir, RulesFile));
        }
        catch (ContentException e)
        {
            Collect(diagnostics, e);
            throw new ContentException(diagnostics.Sorted().ToList());
        }
    }

    private static void Collect(DiagnosticBag diagnostics, ContentException e)
    {
        foreach (var problem in e.Diagnostics) diagnostics.Add(problem.Where, problem.Message);
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
