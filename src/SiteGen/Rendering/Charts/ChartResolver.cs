using SiteGen.Content;
using SiteGen.Content.Loading;
using SiteGen.Content.Model;
using SiteGen.Rules.Evaluation;
using SiteGen.Rules.Model;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// Resolves a chart of content/kinds.yaml against the checked parameters of content/rules/parameters/: each reference
/// must name a region and one of its parameters, whose unit is money per 月 or 年. Every bar is a value of the
/// parameter's current version; nothing is read from prose.
/// </summary>
public sealed class ChartResolver
{
    private readonly Dictionary<(string Region, string Name), Parameter> _parameters = new();
    private readonly Dictionary<string, Region> _regions;
    private readonly Dictionary<string, Question> _questions;
    private readonly Dictionary<string, SourceInfo> _sources;

    public ChartResolver(ContentSet content)
    {
        foreach (var p in content.Rules.Parameters) _parameters.TryAdd((p.Region, p.Name), p);
        _regions = content.Regions.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _questions = content.Rules.Questions.GroupBy(q => q.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _sources = content.Sources.GroupBy(s => s.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Reports every bad reference of every kind's charts at its path:line:col.</summary>
    public static void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var resolver = new ChartResolver(content);
        foreach (var chart in content.Kinds.SelectMany(k => k.Charts)) resolver.Resolve(chart, diagnostics);
    }

    public Chart Resolve(ChartSpec spec, DiagnosticBag diagnostics)
    {
        if (!PeriodConversion.Periods.Contains(spec.Period))
        {
            diagnostics.Add(spec.PeriodAt, $"'period' is '{spec.Period}', but a chart shows amounts per {string.Join(" or per ", PeriodConversion.Periods)}");
            return new Chart(spec.Label, spec.Period, []);
        }
        var groups = new List<ChartGroup>();
        foreach (var byRegion in spec.Parameters.GroupBy(r => r.Region, StringComparer.Ordinal))
        {
            var first = byRegion.First();
            if (!_regions.TryGetValue(byRegion.Key, out var region))
            {
                var hint = Spelling.Closest(byRegion.Key, _regions.Keys) is { } near ? $"did you mean '{near}'?" : "use a region id from content/regions.yaml";
                diagnostics.Add(first.RegionAt, $"unknown region '{byRegion.Key}' in a chart: {hint}");
                continue;
            }
            var references = byRegion.ToList();
            var bars = new List<ChartBar>();
            foreach (var reference in references)
            {
                if (!_parameters.TryGetValue((reference.Region, reference.Name), out var parameter))
                {
                    var names = _parameters.Keys.Where(k => k.Region == reference.Region).Select(k => k.Name).ToList();
                    var hint = Spelling.Closest(reference.Name, names) is { } near ? $"did you mean '{near}'?"
                        : names.Count == 0 ? $"{region.Name} has no parameters in content/rules/parameters/" : "see content/rules/parameters/ for its names";
                    diagnostics.Add(reference.NameAt, $"unknown parameter '{reference.Name}' of region {reference.Region} in a chart: {hint}");
                    continue;
                }
                bars.AddRange(Bars(parameter, references.Count > 1 ? WithoutRegion(parameter.Label, region.Name) : "", spec.Period, reference, diagnostics));
            }
            if (bars.Count > 0) groups.Add(new ChartGroup(region.Name, bars));
        }
        return new Chart(spec.Label, spec.Period, groups);
    }

    private IEnumerable<ChartBar> Bars(Parameter parameter, string prefix, string period, ChartReference reference, DiagnosticBag diagnostics)
    {
        var version = parameter.Current;
        var values = version.Shape switch
        {
            ScalarShape s => [("", s.Value)],
            TableShape t => t.Entries.Where(e => e.Value is not null).Select(e => (KeyLabel(t, e), e.Value!.Value)).ToList(),
            BandShape b => b.Bands.Select(band => (BandLabel(b, band), band.Value)).ToList(),
            _ => new List<(string, Fraction)>(),
        };
        var source = Citation(version.Source);
        foreach (var (label, value) in values)
        {
            var (converted, problem) = PeriodConversion.Convert(value, parameter.Unit, period);
            if (converted is null)
            {
                diagnostics.Add(reference.NameAt, $"parameter '{parameter.Name}' of region {parameter.Region} cannot be charted: {problem}");
                yield break;
            }
            var full = prefix.Length == 0 ? label : label.Length == 0 ? prefix : $"{prefix}（{label}）";
            yield return new ChartBar(full, value, (parameter.Unit ?? "").Trim(), converted.Value, converted.Unit, converted.Working, version.From, source);
        }
    }

    /// <summary>A label under its region's heading need not repeat the region's name ("阳泉市城市特困人员供养标准").</summary>
    private static string WithoutRegion(string label, string regionName) =>
        label.Length > regionName.Length && label.StartsWith(regionName, StringComparison.Ordinal) ? label[regionName.Length..] : label;

    private string KeyLabel(TableShape table, TableEntry entry) =>
        string.Join("·", entry.Keys.Select((key, i) =>
            i < table.KeyedBy.Count && table.KeyedBy[i] == Question.RegionName && _regions.TryGetValue(key, out var r) ? r.Name : key));

    private string BandLabel(BandShape shape, Band band)
    {
        var unit = _questions.TryGetValue(shape.BandedBy, out var q) ? q.Unit?.Trim() ?? "" : "";
        if (band.To is null) return $"{band.From.Display()}{unit}及以上";
        if (band.To.Value.Equals(band.From)) return band.From.Display() + unit;
        return $"{band.From.Display()}—{band.To.Value.Display()}{unit}";
    }

    private string Citation(SourceRef source)
    {
        var title = _sources.TryGetValue(source.File, out var info) ? $"《{info.Title}》" : source.File;
        var lines = source.FirstLine == source.LastLine ? $"第{source.FirstLine}行" : $"第{source.FirstLine}—{source.LastLine}行";
        return title + lines;
    }
}
