using SiteGen.Content;
using SiteGen.Content.Loading;
using SiteGen.Content.Model;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Import.Sources;

/// <summary>A vocabulary entry and the words in a department name, title or text that select it.</summary>
public sealed record TermRule(Term Term, IReadOnlyList<string> Words, IReadOnlyList<string> Except, IReadOnlyList<string> BasisMarkers)
{
    public bool Matches(string text) =>
        Words.Any(w => text.Contains(w, StringComparison.Ordinal)) && !Except.Any(w => text.Contains(w, StringComparison.Ordinal));
}

/// <summary>
/// seeds/import-rules.yaml: how the importer classifies what it reads — department types, audiences,
/// categories and kinds of programme — as data an editor can change, never as code.
/// </summary>
public sealed record ImportRules(
    IReadOnlyList<TermRule> DepartmentTypes,
    IReadOnlyList<TermRule> Audiences,
    IReadOnlyList<TermRule> Categories,
    IReadOnlyList<TermRule> Kinds,
    string FallbackDepartmentType)
{
    public static ImportRules Load(string path)
    {
        var diagnostics = new DiagnosticBag();
        var file = new FileContext(ContentPaths.Display(path), 1, diagnostics);
        if (file.Parse(File.ReadAllText(path)) is not YamlMappingNode root)
            throw new ContentException([new Diagnostic(file.Start, "import-rules.yaml must be a mapping")]);
        var map = new YamlMap(root, file);
        var rules = new ImportRules(
            Read(map, "department_types"), Read(map, "audiences"), Read(map, "categories"), Read(map, "kinds"),
            map.RequiredString("fallback_department_type", "the type id for departments no rule matches"));
        map.RejectUnknownKeys();
        if (diagnostics.HasErrors) throw new ContentException(diagnostics.Sorted().ToList());
        return rules;
    }

    private static IReadOnlyList<TermRule> Read(YamlMap map, string key) =>
        map.MapList(key).Select(m =>
        {
            var rule = new TermRule(
                new Term(m.RequiredString("id", "a short ASCII name"), m.RequiredString("name", "the name readers see"), m.OptionalString("description"), m.Where),
                m.StringList("words"), m.StringList("except"), m.StringList("basis_markers"));
            m.RejectUnknownKeys();
            return rule;
        }).ToList();
}
