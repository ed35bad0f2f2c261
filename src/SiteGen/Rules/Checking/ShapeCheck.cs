using SiteGen.Content;
using SiteGen.Rules.Model;

namespace SiteGen.Rules.Checking;

/// <summary>Tables cover every answer of the questions they are keyed by; bands neither overlap nor leave gaps.</summary>
internal static class ShapeCheck
{
    public static void Check(Parameter p, ParameterShape shape, IReadOnlyDictionary<string, Question> questions, RegionTree regions, DiagnosticBag diagnostics)
    {
        switch (shape)
        {
            case TableShape table: CheckTable(p, table, questions, regions, diagnostics); break;
            case BandShape bands: CheckBands(p, bands, questions, diagnostics); break;
        }
    }

    private static void CheckTable(Parameter p, TableShape table, IReadOnlyDictionary<string, Question> questions, RegionTree regions, DiagnosticBag diagnostics)
    {
        var dims = new List<Question>();
        foreach (var name in table.KeyedBy)
        {
            if (!questions.TryGetValue(name, out var q)) { diagnostics.Add(table.Where, $"'{p.Name}' is keyed by '{name}', which is not a question"); return; }
            if (q.Type is not (QuestionType.Option or QuestionType.Region))
            {
                diagnostics.Add(table.Where, $"'{p.Name}' is keyed by '{name}', a {Question.TypeName(q.Type)} question; tables are keyed by option questions or 地区 (use bands for numbers)");
                return;
            }
            dims.Add(q);
        }
        foreach (var entry in table.Entries)
            for (var d = 0; d < dims.Count; d++)
            {
                var key = entry.Keys[d];
                var ok = dims[d].Type == QuestionType.Region ? regions.ById.ContainsKey(key) : dims[d].Options.Contains(key, StringComparer.Ordinal);
                if (!ok)
                    diagnostics.Add(entry.Where, dims[d].Type == QuestionType.Region
                        ? $"key '{key}' of '{p.Name}' is not a region id of content/regions.yaml"
                        : $"key '{key}' of '{p.Name}' is not an option of {dims[d].Name} ({string.Join(", ", dims[d].Options)})");
            }
        foreach (var dup in table.Entries.GroupBy(e => string.Join("|", e.Keys)).Where(g => g.Count() > 1))
            diagnostics.Add(dup.Last().Where, $"'{p.Name}' gives {dup.Key.Replace('|', ' ')} twice");
        // Option keys must cover every combination of answers; region keys are checked per calculator, where the regions are known.
        IEnumerable<IReadOnlyList<string>> combinations = [[]];
        foreach (var q in dims)
            combinations = q.Type == QuestionType.Region
                ? combinations.SelectMany(c => table.Entries.Select(e => e.Keys[c.Count]).Distinct().Select(k => (IReadOnlyList<string>)[.. c, k]))
                : combinations.SelectMany(c => q.Options.Select(o => (IReadOnlyList<string>)[.. c, o]));
        foreach (var missing in combinations.Where(c => table.Find(c) is null).Take(10))
            diagnostics.Add(table.Where, $"'{p.Name}' has no value for {string.Join(" and ", missing)}: every answer of {string.Join(" and ", table.KeyedBy)} needs one (a case not covered); write 无 where the source gives no amount for it");
    }

    private static void CheckBands(Parameter p, BandShape bands, IReadOnlyDictionary<string, Question> questions, DiagnosticBag diagnostics)
    {
        if (!questions.TryGetValue(bands.BandedBy, out var q)) { diagnostics.Add(bands.Where, $"'{p.Name}' is banded by '{bands.BandedBy}', which is not a question"); return; }
        if (q.Type is not (QuestionType.Number or QuestionType.Integer))
        {
            diagnostics.Add(bands.Where, $"'{p.Name}' is banded by '{bands.BandedBy}', which is not a number question");
            return;
        }
        var ordered = bands.Bands.OrderBy(b => b.From.Numerator * 1_000_000 / b.From.Denominator).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1];
            var band = ordered[i];
            if (previous.To is null || band.From.CompareTo(previous.To.Value) <= 0)
                diagnostics.Add(band.Where, $"band from {band.From} of '{p.Name}' overlaps the band from {previous.From}{(previous.To is { } t ? $" to {t}" : " (no upper end)")}");
            else if (q.Type == QuestionType.Integer && band.From.CompareTo(previous.To.Value + Evaluation.Fraction.One) != 0)
                diagnostics.Add(band.Where, $"'{p.Name}' has a gap: one band ends at {previous.To} and the next starts at {band.From}; the next should start at {previous.To.Value + Evaluation.Fraction.One}");
        }
    }
}
