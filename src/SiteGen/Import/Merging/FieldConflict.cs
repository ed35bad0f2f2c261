namespace SiteGen.Import.Merging;

/// <summary>A field that both the editor and the new source changed, differently: its value at the last import, in content/, and in the new import (null: absent).</summary>
public sealed record FieldConflict(string Field, string? Base, string? Edited, string? Imported);

/// <summary>A field the new source changed: its value at the last import and now, and whether the editor's file took it.</summary>
public sealed record SourceChange(string Field, string? Before, string? After, bool Taken);

/// <summary>
/// A three-way merge of one content file: the merged text, the fields in conflict (the merged text then holds both
/// versions between markers, for staging), what the source changed, what the editor had changed, and the editor's
/// changes the new source now makes itself.
/// </summary>
public sealed record MergedFile(
    string Text, IReadOnlyList<FieldConflict> Conflicts, IReadOnlyList<SourceChange> SourceChanges,
    IReadOnlyList<string> EditedFields, IReadOnlyList<string> NoLongerNeeded)
{
    /// <summary>Every figure the source changed, field by field.</summary>
    public IReadOnlyList<FigureChange> Figures { get; init; } = [];

    /// <summary>The editor's judgements that cite line numbers of the old seed, now marked for review.</summary>
    public int StaleJudgements { get; init; }

    /// <summary>Old figures replaced in the editor's own fields (an answer that quoted the old standard).</summary>
    public IReadOnlyList<FigureChange> Carried { get; init; } = [];

    public bool Clean => Conflicts.Count == 0;
}
