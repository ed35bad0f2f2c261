using SiteGen.Content.Model;
using SiteGen.Rules.Evaluation;

namespace SiteGen.Rules.Model;

/// <summary>
/// A named figure the rules use, with its unit and dated, sourced versions (the first is current). Every
/// value of every version is proved to occur in that version's source lines.
/// </summary>
public sealed record Parameter(string Name, string Region, string Label, string? Unit, ParameterVersion Current, IReadOnlyList<ParameterVersion> History, SourceSpan Origin)
{
    public bool IsPercent => Unit?.Trim() == "%";

    public IEnumerable<ParameterVersion> Versions => History.Prepend(Current);
}

/// <summary>One version of a parameter: from when it applies, where the source says so, and its values.</summary>
public sealed record ParameterVersion(string From, SourceRef Source, ParameterShape Shape, SourceSpan Origin);

public abstract record ParameterShape
{
    public abstract IEnumerable<(Fraction Value, SourceSpan Where)> Values { get; }
}

public sealed record ScalarShape(Fraction Value, SourceSpan Where) : ParameterShape
{
    public override IEnumerable<(Fraction Value, SourceSpan Where)> Values => [(Value, Where)];
}

/// <summary>A table keyed by one or two questions; each entry gives one key per question.</summary>
public sealed record TableShape(IReadOnlyList<string> KeyedBy, IReadOnlyList<TableEntry> Entries, SourceSpan Where) : ParameterShape
{
    public override IEnumerable<(Fraction Value, SourceSpan Where)> Values =>
        Entries.Where(e => e.Value is not null).Select(e => (e.Value!.Value, e.Where));

    public TableEntry? Find(IReadOnlyList<string> keys) =>
        Entries.FirstOrDefault(e => e.Keys.SequenceEqual(keys, StringComparer.Ordinal));
}

/// <summary>One cell of a table; a null value is a case the source covers by giving no amount (written 无).</summary>
public sealed record TableEntry(IReadOnlyList<string> Keys, Fraction? Value, SourceSpan Where);

/// <summary>Bands of a number question, each inclusive at both ends; the last may be open.</summary>
public sealed record BandShape(string BandedBy, IReadOnlyList<Band> Bands, SourceSpan Where) : ParameterShape
{
    public override IEnumerable<(Fraction Value, SourceSpan Where)> Values => Bands.Select(b => (b.Value, b.Where));

    public Fraction? Find(Fraction key) =>
        Bands.FirstOrDefault(b => key.CompareTo(b.From) >= 0 && (b.To is null || key.CompareTo(b.To.Value) <= 0))?.Value;
}

public sealed record Band(Fraction From, Fraction? To, Fraction Value, SourceSpan Where);
