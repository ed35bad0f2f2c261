using SiteGen.Content.Loading;
using SiteGen.Content.Model;
using SiteGen.Content.Validation;
using SiteGen.FileSystem;
using SiteGen.Concurrency;

namespace SiteGen.Content;

/// <summary>Reads a content folder into a <see cref="ContentSet"/>, collecting every error before failing.</summary>
/// <param name="parsed">Kept between the builds of one process, so an unchanged file is not parsed again; none parses every file.</param>
public sealed class ContentLoader(string contentDir, ParsedFileCache? parsed = null)
{
    public const string ProgramsFolder = "programs";
    public const string DocumentsFolder = "documents";
    public const string PlacesFolder = "places";
    public const string DivisionsFile = "divisions.csv";

    /// <summary>Far above the longest policy document (tens of KB), so only a wrong or hostile file reaches it.</summary>
    public const long MaxFileBytes = 2 * 1024 * 1024;

    public ContentSet Load()
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(contentDir))
            throw new ContentException([new Diagnostic(new SourceSpan(contentDir, 0, 0), "content folder not found: pass --content DIR or run from the project's root")]);

        var site = ReadRequired("site.yaml", diagnostics, SiteSettingsReader.Read);
        var content = new ContentSet
        {
            Site = site ?? new SiteSettings { Title = "", SiteName = "", ContentSource = "", Origin = new SourceSpan("site.yaml", 1, 1) },
            Regions = RegionExpansion.Complete(ReadList("regions.yaml", diagnostics, ListFileReader.ReadRegion), ReadDivisions(diagnostics), diagnostics),
            Departments = ReadList("departments.yaml", diagnostics, ListFileReader.ReadDepartment),
            DepartmentTypes = ReadList("department-types.yaml", diagnostics, ListFileReader.ReadTerm),
            Categories = ReadList("categories.yaml", diagnostics, ListFileReader.ReadTerm),
            Audiences = ReadList("audiences.yaml", diagnostics, ListFileReader.ReadTerm),
            Kinds = ReadList("kinds.yaml", diagnostics, ListFileReader.ReadKind),
            Documents = ReadMarkdownFolder(DocumentsFolder, diagnostics, DocumentReader.Read),
            Programs = ReadMarkdownFolder(ProgramsFolder, diagnostics, ProgramReader.Read),
            Synonyms = ReadOptional("synonyms.txt", diagnostics, SynonymReader.Read) ?? [],
            QueryStopWords = ReadOptional("query-stopwords.txt", diagnostics, StopWordReader.Read) ?? [],
            Sources = ReadList("sources.yaml", diagnostics, ListFileReader.ReadSource),
            Rules = Rules.Loading.RuleLoader.Load((folder, read) => ReadYamlFolder(folder, diagnostics, read)),
        };
        ContentValidator.Validate(content, diagnostics);
        var calculators = Rules.Checking.RuleChecker.Check(content.Rules, content, diagnostics);
        Rendering.Charts.ChartResolver.Check(content, diagnostics);
        if (diagnostics.HasErrors) throw new ContentException(diagnostics.Sorted().ToList());
        return content with { Calculators = calculators };
    }

    private string Display(string fullPath) => ContentPaths.Display(fullPath);

    private T? ReadRequired<T>(string name, DiagnosticBag diagnostics, Func<string, string, DiagnosticBag, T?> read) where T : class
    {
        var path = Path.Combine(contentDir, name);
        if (File.Exists(path)) return ReadInside(path, diagnostics, read);
        diagnostics.Add(new SourceSpan(Display(path), 0, 0), $"missing file: the content folder needs {name}");
        return null;
    }

    private T? ReadOptional<T>(string name, DiagnosticBag diagnostics, Func<string, string, DiagnosticBag, T?> read) where T : class
    {
        var path = Path.Combine(contentDir, name);
        return File.Exists(path) ? ReadInside(path, diagnostics, read) : null;
    }

    /// <summary>content/places/divisions.csv; none when there is no places folder (a site that lists every region itself).</summary>
    private IReadOnlyList<Division> ReadDivisions(DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(contentDir, PlacesFolder);
        if (!Directory.Exists(folder)) return [];
        var name = Path.Combine(PlacesFolder, DivisionsFile);
        if (File.Exists(Path.Combine(contentDir, name))) return ReadOptional(name, diagnostics, DivisionReader.Read) ?? [];
        diagnostics.Add(new SourceSpan(Display(folder), 0, 0),
            $"content/{PlacesFolder}/ has no {DivisionsFile}: regenerate it with the recipe in content/{PlacesFolder}/README.md, or remove the folder to use regions.yaml alone");
        return [];
    }

    private T? ReadInside<T>(string path, DiagnosticBag diagnostics, Func<string, string, DiagnosticBag, T?> read) where T : class
    {
        if (!ContainedPath.IsWithin(contentDir, path))
        {
            ReportEscape(path, diagnostics);
            return null;
        }
        var text = Utf8Text.Read(path, MaxFileBytes);
        if (text.Problem is { } p)
        {
            diagnostics.Add(new SourceSpan(Display(path), p.Line, p.Column), p.Message);
            return null;
        }
        var display = Display(path);
        return parsed is null ? read(display, text.Text!, diagnostics) : parsed.Read(path, text.Text!, diagnostics, own => read(display, text.Text!, own));
    }

    private void ReportEscape(string path, DiagnosticBag diagnostics) =>
        diagnostics.Add(new SourceSpan(Display(path), 0, 0), ContainedFiles.Escaping(path, "content"));

    private IReadOnlyList<T> ReadList<T>(string name, DiagnosticBag diagnostics, Func<YamlMap, T> readItem) =>
        ReadRequired<IReadOnlyList<T>>(name, diagnostics, (p, t, d) => ListFileReader.Read(p, t, d, readItem)) ?? [];

    private IReadOnlyList<object> ReadYamlFolder(string folder, DiagnosticBag diagnostics, Func<string, string, DiagnosticBag, object?> read) =>
        ReadFolder(folder, ".yaml", diagnostics, read);

    private IReadOnlyList<T> ReadMarkdownFolder<T>(string folder, DiagnosticBag diagnostics, Func<string, string, DiagnosticBag, T?> read) where T : class =>
        ReadFolder(folder, ".md", diagnostics, read);

    private IReadOnlyList<T> ReadFolder<T>(string folder, string extension, DiagnosticBag diagnostics, Func<string, string, DiagnosticBag, T?> read) where T : class
    {
        var dir = Path.Combine(contentDir, folder);
        if (!Directory.Exists(dir)) return [];
        var listing = ContainedFiles.List(dir);
        foreach (var escape in listing.Escapes) ReportEscape(escape, diagnostics);
        foreach (var link in listing.Broken)
            diagnostics.Add(new SourceSpan(Display(link), 0, 0), ContainedFiles.Dangling(link));
        var files = new List<string>();
        foreach (var file in listing.Files)
        {
            if (Path.GetFileName(file).StartsWith('.')) continue;
            if (!file.EndsWith(extension, StringComparison.Ordinal))
            {
                diagnostics.Add(new SourceSpan(Display(file), 0, 0),
                    $"only {extension} files are read from content/{folder}; rename this file to {extension} if it belongs on the site, or move it out of the folder");
                continue;
            }
            files.Add(file);
        }
        // Files are read on every core, each into its own diagnostics, then gathered in the listing's order.
        var results = InParallel.Map(files, file =>
        {
            var own = new DiagnosticBag();
            return (Item: ReadInside(file, own, read), Diagnostics: own);
        });
        var items = new List<T>(files.Count);
        foreach (var (item, own) in results)
        {
            diagnostics.AddRange(own.Items);
            if (item is not null) items.Add(item);
        }
        return items;
    }
}
