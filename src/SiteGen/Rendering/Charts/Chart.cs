using SiteGen.Rules.Evaluation;

namespace SiteGen.Rendering.Charts;

/// <summary>A chart with its references resolved: groups of bars (one group per region), every amount per one period.</summary>
public sealed record Chart(string Label, string Period, IReadOnlyList<ChartGroup> Groups)
{
    public IEnumerable<ChartBar> Bars => Groups.SelectMany(g => g.Bars);
}

/// <summary>The bars of one region; a group of one bar with no label of its own is drawn as that bar alone.</summary>
public sealed record ChartGroup(string Heading, IReadOnlyList<ChartBar> Bars)
{
    public bool IsSingle => Bars is [{ Label: "" }];
}

/// <summary>
/// One bar: the parameter's value and unit as the source gives them, the same amount per the chart's period, the
/// conversion between the two written out, and where the figure comes from.
/// </summary>
public sealed record ChartBar(string Label, Fraction Original, string OriginalUnit, Fraction Value, string Unit, string Conversion, string From, string Source)
{
    /// <summary>The amount as written beside the bar and in the table: whole fen at most.</summary>
    public string ValueText => Amounts.Text(Value) + Unit;

    /// <summary>The figure exactly as the parameter gives it.</summary>
    public string OriginalText => Original.Display() + OriginalUnit;

    /// <summary>From when the figure applies: "2024年起", or "2024-01-01起" for a date.</summary>
    public string FromText => From.Length == 4 && From.All(char.IsAsciiDigit) ? From + "年起" : From + "起";
}
