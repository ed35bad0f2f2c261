namespace SiteGen.Import.Readers.Tabular;

/// <summary>
/// One data row as the format delivered it: its cells under the header of its page, the source lines it spans,
/// and the layout decisions taken so far. Later steps return changed copies.
/// </summary>
internal sealed record RawRow(TableHeader Header, IReadOnlyList<string> Cells, int FirstLine, int LastLine, IReadOnlyList<string> Judgements)
{
    /// <summary>The item number when it was taken from a numbered title cell rather than a 序号 column.</summary>
    public string? Item { get; init; }

    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : "";

    public RawRow WithJudgement(string judgement) => this with { Judgements = [.. Judgements, judgement] };
}
