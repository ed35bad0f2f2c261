using System.Text.RegularExpressions;

namespace SiteGen.Import.Normalising;

/// <summary>
/// Splits a procedure cell into steps where the source numbers them ("1.申请受理。… 2.审核。…"), including
/// numbered steps run together on one line. Unnumbered text stays one step: we never invent a division.
/// </summary>
public static partial class ProcedureSplitter
{
    public static IReadOnlyList<string> Split(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell)) return [];
        var text = TextCleanup.Tidy(cell, keepLines: true);
        var markers = StepNumber().Matches(text).ToList();
        var expected = 1;
        var cuts = new List<int>();
        foreach (var m in markers)
        {
            if (int.Parse(m.Groups["n"].Value) != expected) continue;
            cuts.Add(m.Index);
            expected++;
        }
        if (cuts.Count < 2) return [TextCleanup.Tidy(text)];
        var steps = new List<string>();
        var lead = text[..cuts[0]].Trim();
        if (lead.Length > 0) steps.Add(TextCleanup.Tidy(lead));
        for (var i = 0; i < cuts.Count; i++)
        {
            var end = i + 1 < cuts.Count ? cuts[i + 1] : text.Length;
            var step = StepNumber().Replace(text[cuts[i]..end].Trim(), "", 1);
            steps.Add(TextCleanup.Tidy(step));
        }
        return steps.Where(s => s.Length > 0).ToList();
    }

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,2})[\.．、](?!\d)\s*")]
    private static partial Regex StepNumber();
}
