using SiteGen.Content.Model;

namespace SiteGen.Content.Loading;

/// <summary>Reads one programme file (content/programs/**.md) into a <see cref="BenefitProgram"/>.</summary>
public static class ProgramReader
{
    public static BenefitProgram? Read(string path, string text, DiagnosticBag diagnostics)
    {
        var doc = MarkdownRecord.Open(path, text, diagnostics);
        if (doc is null) return null;
        var (map, body) = doc.Value;

        var program = new BenefitProgram
        {
            Id = map.RequiredId("id", "a short ASCII name such as yangquan-01, unique across content/programs"),
            Title = map.RequiredString("title", "the programme's name as the source gives it"),
            Qualifier = map.OptionalString("qualifier"),
            Aliases = map.StringList("aliases"),
            Region = map.RequiredString("region", "the id of a region in content/regions.yaml"),
            Department = map.RequiredString("department", "the id of a department in content/departments.yaml"),
            Level = map.OptionalString("level"),
            Kind = map.OptionalString("kind"),
            Categories = map.StringList("categories"),
            Audiences = map.StringList("audiences"),
            Year = map.OptionalInt("year"),
            Basis = ReadBasis(map),
            Summary = map.OptionalString("summary"),
            Eligibility = map.OptionalString("eligibility"),
            Procedure = map.StringList("procedure"),
            Standard = map.RequiredString("standard", "the benefit standard in the source's words"),
            Funding = ReadFunding(map.OptionalMap("funding")),
            PaymentMethod = map.OptionalString("payment_method"),
            PaymentTiming = map.OptionalString("payment_timing"),
            Phones = map.StringList("phones"),
            Answer = ReadAnswer(map.OptionalMap("answer")),
            Notes = map.OptionalString("notes"),
            Source = SourceRefReader.Read(map, required: true) ?? new SourceRef("", 0, 0, null),
            Judgements = map.StringList("judgements"),
            Body = body,
            Origin = map.Where,
        };
        map.RejectUnknownKeys();

        if (program.Level is { } level && !Levels.Contains(level))
            diagnostics.Add(map.WhereOf("level"), $"level '{level}' is not one of {string.Join(", ", Levels)}");
        return program;
    }

    public static readonly IReadOnlyList<string> Levels = ["中央", "省级", "市级", "县级"];

    private static IReadOnlyList<BasisCitation> ReadBasis(YamlMap map)
    {
        var list = new List<BasisCitation>();
        foreach (var item in map.MapList("basis"))
        {
            var citedAs = item.RequiredString("cited_as", "the citation as the source words it");
            var document = item.OptionalString("document");
            item.RejectUnknownKeys();
            list.Add(new BasisCitation(citedAs, document));
        }
        return list;
    }

    private static ProgramAnswer? ReadAnswer(YamlMap? map)
    {
        if (map is null) return null;
        var answer = new ProgramAnswer(
            map.RequiredString("who", "who qualifies, in one or two plain sentences"),
            map.RequiredString("how_much", "every amount, band and district of the standard, compact enough to read aloud"),
            map.RequiredString("how_to_apply", "where and how to apply, in a sentence"));
        map.RejectUnknownKeys();
        return answer;
    }

    private static FundingShares? ReadFunding(YamlMap? map)
    {
        if (map is null) return null;
        var shares = new FundingShares(
            map.OptionalString("total"), map.OptionalString("central"), map.OptionalString("provincial"),
            map.OptionalString("city"), map.OptionalString("county"));
        map.RejectUnknownKeys();
        return shares;
    }
}
