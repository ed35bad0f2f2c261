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
    public static IReadOnlyList<Diagnostic> Run(ContentSet content, string seedsDir)
    {
        var diagnostics = new DiagnosticBag();
        var seeds = new SeedCache(seedsDir);
        foreach (var p in content.Programs)
            CheckRecord(p.Origin, p.Source, ProgramText.Of(p), p.Phones, p.Basis.Select(b => b.Document).OfType<string>(), seeds, diagnostics);
        foreach (var d in content.Documents.Where(d => d.Source is not null))
            CheckRecord(d.Origin, d.Source!, [d.Title, d.Body], [], [d.Number], seeds, diagnostics);
        // An unreadable seed is one error at the seed, not one per record that cites it.
        var unreadable = content.Programs.Select(p => p.Source.File).Concat(content.Documents.Select(d => d.Source?.File).OfType<string>())
            .Distinct(StringComparer.Ordinal).SelectMany(file => seeds.Unreadable(file) ?? []);
        foreach (var problem in unreadable) diagnostics.Add(problem.Where, problem.Message);
        RuleFigureCheck.Run(content, seeds, diagnostics);
        return diagnostics.Sorted().ToList();
    }

    private static void CheckRecord(SourceSpan origin, SourceRef source, IEnumerable<string> texts, IEnumerable<string> phones,
        IEnumerable<string> documents, SeedCache seeds, DiagnosticBag diagnostics)
    {
        var lines = seeds.Lines(source.File);
        if (lines is null && seeds.Unreadable(source.File) is not null) return;
        if (lines is null)
        {
            diagnostics.Add(origin, $"source file '{source.File}' is not in {seeds.Folder}: name a file there");
            return;
        }
        if (source.FirstLine < 1 || source.LastLine > lines.Count)
        {
            diagnostics.Add(origin, $"source lines {source.FirstLine}-{source.LastLine} are outside {source.File}, which has {lines.Count} lines");
            return;
        }
        var figures = new SourceFigures(string.Join('\n', lines.Skip(source.FirstLine - 1).Take(source.LastLine - source.FirstLine + 1)));
        var where = $"{source.File} lines {source.FirstLine}-{source.LastLine}";
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
