using SiteGen.Content;
using SiteGen.Content.Loading;
using SiteGen.Content.Model;
using SiteGen.Import.Readers;
using SiteGen.Import.Sources;
using SiteGen.Provenance;

namespace SiteGen.Import.Normalising;

/// <summary>Turns the rows of one listing into programme records: cleaned text, resolved department, tags and provenance.</summary>
public sealed class ProgramBuilder(SeedSource source, SeedText seed, DepartmentDirectory departments, Tagger tagger)
{
    private readonly DepartmentCarryOver _carryOver = new(departments, seed);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public BenefitProgram Build(ListingRow row, int sequence)
    {
        var title = CjkSpacing.Collapse(TextCleanup.JoinWrapped(row.Title));
        var phones = row.Phone is null ? [] : Figures.Phones(row.Phone).Distinct().ToList();
        var (department, carried) = _carryOver.Resolve(row, source.Region, phones);
        var judgements = row.Judgements.Concat(carried).ToList();

        var level = Clean(row.Level);
        if (level is not null && !ProgramReader.Levels.Contains(level))
        {
            judgements.Add($"政策级次“{level}”不是中央/省级/市级/县级之一，未采用。");
            level = null;
        }
        var standard = Clean(row.Standard);
        if (standard is null) judgements.Add("来源清单未列享受标准。");
        var notes = string.Join('\n', new[] { Clean(row.Notes) }.Concat(row.Extra.Select(e => $"{e.Key}：{e.Value}")).OfType<string>());
        // Who a programme is for shows in its name and the opening of its eligibility; the rest of a long cell
        // mentions many groups in passing (exclusions, related schemes) and would tag it wrongly.
        var tagText = string.Join('\n', title, row.Summary, Excerpt.FirstSentence(row.Eligibility, 200));

        return new BenefitProgram
        {
            Id = UniqueId(row.Item, sequence),
            Title = title,
            Region = source.Region,
            Department = department.Id,
            Level = level,
            Kind = tagger.Kind(title),
            Categories = tagger.Categories(tagText),
            Audiences = tagger.Audiences(tagText),
            Year = source.Year == 0 ? null : source.Year,
            Basis = BasisParser.Parse(row.Basis),
            Summary = Clean(row.Summary),
            Eligibility = Clean(row.Eligibility),
            Procedure = ProcedureSplitter.Split(row.Procedure),
            Standard = standard ?? "来源清单未列明享受标准。",
            Funding = row.Funding,
            PaymentMethod = Clean(row.PaymentMethod),
            PaymentTiming = Clean(row.PaymentTiming),
            Phones = phones,
            Notes = notes.Length == 0 ? null : notes,
            Source = new SourceRef("seeds/" + source.File, row.FirstLine, row.LastLine, row.Item),
            Judgements = judgements,
            Origin = new SourceSpan(source.File, row.FirstLine, 1),
        };
    }

    private string UniqueId(string? item, int sequence)
    {
        var number = int.TryParse(item, out var n) ? n : sequence;
        var id = $"{source.Prefix}-{number:D2}";
        for (var k = 2; !_ids.Add(id); k++) id = $"{source.Prefix}-{number:D2}-{k}";
        return id;
    }

    private static string? Clean(string? cell)
    {
        if (cell is null) return null;
        var text = TextCleanup.Tidy(cell, keepLines: true);
        return text.Length == 0 ? null : text;
    }
}
