using SiteGen.Concurrency;
using SiteGen.Content;
using SiteGen.Content.Model;

namespace SiteGen.Provenance;

/// <summary>
/// Proves that every figure on the site comes from a seed: each number, phone number and 文号 in a
/// programme's or document's text must occur in the source lines it names. A hand edit that brings in
/// a figure the source does not have fails here, with the file and the figure. A document's title counts: a title
/// corrected against a citation must carry that citation's figures.
/// </summary>
public static class FigureCheck
{
    /// <param name="earlier">The findings of the runs before, in a process that builds again and again; none checks every record.</param>
    public static IReadOnlyList<Diagnostic> Run(ContentSet content, string seedsDir, CheckedRecords? earlier = null)
    {
        var diagnostics = new DiagnosticBag();
        var (seeds, found) = earlier?.For(seedsDir) ?? (new SeedCache(seedsDir), null);
        // Records are independent: each is checked on any core into its own diagnostics, gathered in order (and sorted below).
        foreach (var own in InParallel.Map(content.Programs, p =>
                 {
                     if (found is not null && found.TryGetValue(p, out var known)) return known;
                     var bag = new DiagnosticBag();
                     CheckRecord(p.Origin, p.Source, ProgramText.Of(p), p.Phones, p.Basis.Select(b => b.Document).OfType<string>(), seeds, bag);
                     IReadOnlyList<Diagnostic> items = bag.Items.ToList();
                     found?.AddOrUpdate(p, items);
                     return items;
                 }))
            diagnostics.AddRange(own);
        foreach (var d in content.Documents.Where(d => d.Source is not null))
            CheckRecord(d.Origin, d.Source!, [d.Title, d.Body], [], [d.Number], seeds, diagnostics);
        RuleFigureCheck.Run(content, seeds, diagnostics);
        var unreadable = seeds.UnreadableCited().ToList();
        foreach (var problem in unreadable) diagnostics.Add(problem.Where, problem.Message);
        if (unreadable.Count > 0) earlier?.Forget();
        return diagnostics.Sorted().ToList();
    }

    private static void CheckRecord(SourceSpan origin, SourceRef source, IEnumerable<string> texts, IEnumerable<string> phones,
        IEnumerable<string> documents, SeedCache seeds, DiagnosticBag diagnostics)
    {
        if (seeds.Figures(source, origin, diagnostics) is not { } figures) return;
        var where = source.Cited;
        var fileLines = new RecordLines(origin);
        var reported = new HashSet<string>(StringComparer.Ordinal);

        void Report(string kind, string figure)
        {
            if (!reported.Add(kind + figure)) return;
            diagnostics.Add(fileLines.Find(line => Figures.FoldDigits(line).IndexOf(figure, StringComparison.Ordinal)),
                $"{kind} '{figure}' does not occur in its source ({where}): correct it to the source's figure, or point 'source' at the lines that contain it");
        }

        var allText = string.Join('\n', texts);
        var documentSpans = DocNumber.FindAll(allText).ToList();
        foreach (var number in documentSpans.Select(d => d.Number.ToString()).Concat(documents).Distinct())
            if (!figures.HasDocument(number)) Report("文号", number);
        foreach (var phone in phones.Concat(Figures.Phones(allText)).Distinct())
            if (!figures.HasPhone(phone)) Report("phone number", phone);
        foreach (var number in Figures.Numbers(allText).Distinct())
            if (!figures.HasNumber(number)) Report("figure", number);
        foreach (var (text, value) in ChineseNumerals.Figures(allText).DistinctBy(f => f.Text))
            if (!figures.HasNumber(value)) Report($"figure ({value})", text);
    }
}
