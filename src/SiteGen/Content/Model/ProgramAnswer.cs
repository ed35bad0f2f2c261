namespace SiteGen.Content.Model;

/// <summary>
/// The 答复要点 an operator reads out: who qualifies, how much (every amount, band and district of the standard, in the
/// region's own figures), how to apply. Written by an editor from the source; whom to call comes from the phones.
/// </summary>
public sealed record ProgramAnswer(string Who, string HowMuch, string HowToApply)
{
    public IEnumerable<string> Texts() => [Who, HowMuch, HowToApply];
}
