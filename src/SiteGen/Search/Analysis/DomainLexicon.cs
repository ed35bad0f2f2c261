using SiteGen.Content.Model;

namespace SiteGen.Search.Analysis;

/// <summary>
/// Words the content itself names, joined back after segmentation (<see cref="LexiconMap"/>) so they stay whole:
/// programme titles and aliases, department, region, audience, category and kind names, and
/// every synonym. Nothing here is written in code; it all comes from content/.
/// </summary>
public static class DomainLexicon
{
    public static IReadOnlyList<string> From(ContentSet content, Folding folding)
    {
        var words = new List<string>();
        foreach (var p in content.Programs)
        {
            words.Add(p.Title);
            words.AddRange(p.Aliases);
        }
        words.AddRange(content.Departments.Select(d => d.Name));
        words.AddRange(content.Regions.Select(r => r.Name));
        foreach (var terms in new[] { content.DepartmentTypes, content.Audiences, content.Categories, content.Kinds })
            words.AddRange(terms.Select(t => t.Name));
        foreach (var g in content.Synonyms) words.AddRange(g.Words);

        // Lexicon entries are ideograph runs: 80周岁 contributes 周岁, and punctuation splits a title.
        return words
            .SelectMany(w => { var f = folding.Fold(w); return TextRun.Split(f).Where(r => r.IsCjk && r.Length >= 2).Select(r => f.Substring(r.Start, r.Length)); })
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
