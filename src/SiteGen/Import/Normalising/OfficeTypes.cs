using SiteGen.Import.Sources;

namespace SiteGen.Import.Normalising;

/// <summary>
/// Gives a department name its type by the rule in seeds/import-rules.yaml. A name is read as
/// [region or parent body][office name]; only the office name counts, and it must be a whole office:
/// a type's word followed by an office suffix (民政 + 局), or a word that is itself a whole office (人民政府, 总工会),
/// at the very end of the name. A substring elsewhere never counts, so 人民政府 is not 民政 and 人民法院 is not 司法.
/// When several types' offices fit, the longest wins (教育体育局 is 教育, not 体育), then the type listed first.
/// A name listing several offices (省委组织部、省财政厅, or 省委组织部省财政厅 as a wrapped cell joins it) is
/// typed by its first-named office, the one that leads.
/// </summary>
public sealed class OfficeTypes
{
    /// <summary>A whole office name a type recognises: one of its words, with or without a suffix.</summary>
    private sealed record Ending(string Text, TermRule Rule);

    private readonly IReadOnlyList<Ending> _endings;
    private readonly OfficeNameRule _names;

    public OfficeTypes(IReadOnlyList<TermRule> types, OfficeNameRule names)
    {
        _names = names;
        // Longest first, then in the order the rules list the types, so the first ending a name ends with is the answer.
        _endings = types
            .SelectMany((rule, order) => rule.Words.Where(w => w.Length > 0)
                .SelectMany(word => names.Suffixes.Prepend("").Select(suffix => word + suffix))
                .Where(IsOfficeName)
                .Distinct(StringComparer.Ordinal)
                .Select(text => (Ending: new Ending(text, rule), Order: order)))
            .OrderByDescending(e => e.Ending.Text.Length)
            .ThenBy(e => e.Order)
            .Select(e => e.Ending)
            .ToList();
    }

    /// <summary>The type of the department's first-named office, or null when it is no office a type recognises.</summary>
    public TermRule? TypeOf(string departmentName) => AtEnd(FirstOffice(departmentName));

    /// <summary>
    /// The first office a name lists: the text before the first joint separator, and within that, the shortest
    /// start that is a recognised whole office when what follows is one too (two offices run together).
    /// </summary>
    public string FirstOffice(string departmentName)
    {
        var first = departmentName.Split([.. _names.JointSeparators], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault() ?? departmentName.Trim();
        for (var cut = 1; cut < first.Length; cut++)
        {
            var head = first[..cut];
            if (AtEnd(head) is not null && AtEnd(first[cut..].Trim()) is not null) return head;
        }
        return first;
    }

    private TermRule? AtEnd(string office) =>
        _endings.FirstOrDefault(e => office.EndsWith(e.Text, StringComparison.Ordinal))?.Rule;

    private bool IsOfficeName(string text) => _names.Suffixes.Any(s => text.EndsWith(s, StringComparison.Ordinal));
}
