namespace SiteGen.Import.Sources;

/// <summary>
/// How a department's name is read before it is typed (seeds/import-rules.yaml, <c>office_names</c>): an office name
/// ends in one of <paramref name="Suffixes"/> (局, 厅, 委员会, 人民政府 …), and a name listing several offices
/// separates them with one of <paramref name="JointSeparators"/> (or runs them together as the seed's wrapped cell does).
/// </summary>
public sealed record OfficeNameRule(IReadOnlyList<string> Suffixes, IReadOnlyList<string> JointSeparators);
