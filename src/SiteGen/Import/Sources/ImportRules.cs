using SiteGen.Content;
using SiteGen.Content.Loading;
using SiteGen.Content.Model;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Import.Sources;

/// <summary>
/// A vocabulary entry and the words that select it. For audiences, categories and kinds a word anywhere in the text
/// selects it (<see cref="Matches"/>); for department types the words are office-name cores, matched only as the
/// whole office at the end of a name (Import/Normalising/OfficeTypes).
/// </summary>
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
    string FallbackDepartmentType,
    OfficeNameRule OfficeNames)
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
            map.RequiredString("fallback_department_type", "the type id for departments no rule matches"),
            ReadOfficeNames(map));
        map.RejectUnknownKeys();
        if (diagnostics.HasErrors) throw new ContentException(diagnostics.Sorted().ToList());
        return rules;
    }

    /// <summary>Without office suffixes no department could be typed, so a missing or empty list is an error, not a silent 'other' for all.</summary>
    private static OfficeNameRule ReadOfficeNames(YamlMap map)
    {
        if (map.OptionalMap("office_names") is not { } names)
        {
            map.Diagnostics.Add(map.Where, "'office_names' is missing: it lists the suffixes an office name ends in (局, 厅, 委员会 …) and the separators of a joint office");
            return new OfficeNameRule([], []);
        }
        var rule = new OfficeNameRule(names.StringList("suffixes"), names.StringList("joint_separators"));
        if (rule.Suffixes.Count == 0 || rule.Suffixes.Any(s => s.Length == 0))
            map.Diagnostics.Add(names.Where, "'office_names' needs 'suffixes', a list of non-empty office-name endings such as 局, 厅, 委员会");
        if (rule.JointSeparators.Any(s => s.Length == 0))
            map.Diagnostics.Add(names.Where, "each of 'joint_separators' must be at least one character");
        names.RejectUnknownKeys();
        return rule;
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
