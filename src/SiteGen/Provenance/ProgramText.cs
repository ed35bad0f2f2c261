using SiteGen.Content.Model;

namespace SiteGen.Provenance;

/// <summary>The texts of a programme that come from its source, and so must carry only the source's figures.</summary>
public static class ProgramText
{
    public static IEnumerable<string> Of(BenefitProgram p)
    {
        yield return p.Title;
        if (p.Qualifier is not null) yield return p.Qualifier;
        foreach (var a in p.Aliases) yield return a;
        foreach (var b in p.Basis) yield return b.CitedAs;
        if (p.Summary is not null) yield return p.Summary;
        if (p.Eligibility is not null) yield return p.Eligibility;
        foreach (var step in p.Procedure) yield return step;
        yield return p.Standard;
        if (p.Funding is not null) foreach (var (_, value) in p.Funding.Named()) yield return value;
        if (p.PaymentMethod is not null) yield return p.PaymentMethod;
        if (p.PaymentTiming is not null) yield return p.PaymentTiming;
        if (p.Notes is not null) yield return p.Notes;
        if (p.Answer is not null) foreach (var text in p.Answer.Texts()) yield return text;
        yield return p.Body;
    }
}
