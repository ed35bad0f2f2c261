using SiteGen.Import.Sources;

namespace SiteGen.Import.Normalising;

/// <summary>Tags a programme with audiences, categories and a kind, by the words the import rules list.</summary>
public sealed class Tagger(ImportRules rules)
{
    public IReadOnlyList<string> Audiences(string text) => Matching(rules.Audiences, text);

    public IReadOnlyList<string> Categories(string text) => Matching(rules.Categories, text);

    /// <summary>The kind is matched on the title alone: a kind is what the programme is, not whom it mentions.</summary>
    public string? Kind(string title) => rules.Kinds.FirstOrDefault(k => k.Matches(title))?.Term.Id;

    private static IReadOnlyList<string> Matching(IEnumerable<TermRule> terms, string text) =>
        terms.Where(t => t.Matches(text)).Select(t => t.Term.Id).ToList();
}
