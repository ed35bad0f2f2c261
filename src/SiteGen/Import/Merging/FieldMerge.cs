using System.Text;

namespace SiteGen.Import.Merging;

/// <summary>
/// Merges a re-imported content file field by field, against the text the importer wrote last time:
/// a field only the source changed takes the new value, a field only the editor changed keeps the edit, and a
/// field both changed differently is a conflict for that field alone. Nested mappings (answer, source) merge
/// key by key, and lists (aliases, categories, basis, procedure, judgements) item by item where that is unambiguous.
/// </summary>
public static class FieldMerge
{
    public const string MarkEdited = "<<<<<<< 你的修改（content/ 中的文件）";
    public const string MarkSeparator = "=======";
    public const string MarkImported = ">>>>>>> 新导入";

    /// <summary>Null when a file's front matter is not in the block layout the merge reads; the caller then stages the whole file.</summary>
    public static MergedFile? Merge(string baseText, string edited, string imported)
    {
        if (YamlBlocks.SplitFile(baseText) is not { } b || YamlBlocks.SplitFile(edited) is not { } e || YamlBlocks.SplitFile(imported) is not { } n) return null;
        var run = new Run();
        var front = run.Mapping(b.FrontMatter, e.FrontMatter, n.FrontMatter, 0, "");
        if (front is null) return null;
        var body = run.Value("正文", b.Body, e.Body, n.Body, out var bodyConflict);
        var text = new StringBuilder("---\n").Append(front).Append("---\n");
        text.Append(bodyConflict ? Marked(e.Body, n.Body) : body);
        var figures = run.Changes.SelectMany(FigureChanges.Of).ToList();
        var merged = new MergedFile(text.ToString(), run.Conflicts, run.Changes, run.Edited, run.NoLongerNeeded) { Figures = figures };
        if (!merged.Clean) return merged;
        // Fields only the editor writes (an answer, a qualifier) may quote the standard: carry its changed figures over.
        var editorOnly = EditorOnly(b.FrontMatter, e.FrontMatter, n.FrontMatter);
        var (carriedText, carried) = FigureChanges.CarryInto(merged.Text, editorOnly, figures.Where(f => run.Changes.Any(c => c.Field == f.Field && c.Taken)).ToList());
        var (markedText, stale) = StaleJudgements.MarkIn(carriedText, baseText, imported);
        return merged with { Text = markedText, Carried = carried, StaleJudgements = stale };
    }

    private static IReadOnlyList<string> EditorOnly(string b, string e, string n)
    {
        var imported = (YamlBlocks.Keys(b, 0) ?? []).Concat(YamlBlocks.Keys(n, 0) ?? []).Select(x => x.Key).ToHashSet(StringComparer.Ordinal);
        return (YamlBlocks.Keys(e, 0) ?? []).Select(x => x.Key).Where(k => !imported.Contains(k)).ToList();
    }

    private static string Marked(string? edited, string? imported) =>
        $"{MarkEdited}\n{edited}{MarkSeparator}\n{imported}{MarkImported}\n";

    private sealed class Run
    {
        public List<FieldConflict> Conflicts { get; } = [];
        public List<SourceChange> Changes { get; } = [];
        public List<string> Edited { get; } = [];
        public List<string> NoLongerNeeded { get; } = [];

        /// <summary>One value, whole: the three-way rule, recording what happened to it.</summary>
        public string? Value(string field, string? b, string? e, string? n, out bool conflict)
        {
            conflict = false;
            if (b != n) Changes.Add(new SourceChange(field, b, n, e == n || b == e));
            if (b != e)
            {
                Edited.Add(field);
                if (e == n) NoLongerNeeded.Add(field);
            }
            if (e == n || b == n) return e;
            if (b == e) return n;
            conflict = true;
            Conflicts.Add(new FieldConflict(field, b, e, n));
            return null;
        }

        public string? Mapping(string b, string e, string n, int indent, string prefix)
        {
            if (YamlBlocks.Keys(b, indent) is not { } bk || YamlBlocks.Keys(e, indent) is not { } ek || YamlBlocks.Keys(n, indent) is not { } nk) return null;
            var bb = bk.ToDictionary(x => x.Key, x => x.Text, StringComparer.Ordinal);
            var eb = ek.ToDictionary(x => x.Key, x => x.Text, StringComparer.Ordinal);
            var nb = nk.ToDictionary(x => x.Key, x => x.Text, StringComparer.Ordinal);
            var sb = new StringBuilder();
            foreach (var key in Order(ek, nk))
            {
                var field = prefix + key;
                var (bt, et, nt) = (bb.GetValueOrDefault(key), eb.GetValueOrDefault(key), nb.GetValueOrDefault(key));
                if (bt is not null && et is not null && nt is not null && et != nt && bt != et && bt != nt && Nested(bt, et, nt, indent, field) is { } merged)
                {
                    sb.Append(merged);
                    continue;
                }
                var value = Value(field, bt, et, nt, out var conflict);
                sb.Append(conflict ? Marked(et, nt) : value);
            }
            return sb.ToString();
        }

        /// <summary>Both sides changed a nested value: merge its keys or its items, or null to treat it as one value.</summary>
        private string? Nested(string b, string e, string n, int indent, string field)
        {
            var blocks = new[] { b, e, n }.Select(t => YamlBlocks.Keys(t, indent)?.SingleOrDefault()).ToList();
            if (blocks.Any(x => x is null)) return null;
            var (bb, eb, nb) = (blocks[0]!, blocks[1]!, blocks[2]!);
            if (!(bb.IsNested && eb.IsNested && nb.IsNested)) return null;
            var head = e[..(e.IndexOf('\n') + 1)];
            var childIndent = YamlBlocks.ChildIndent(eb.Children);
            if (bb.IsList && eb.IsList && nb.IsList)
                return Items(bb.Children, eb.Children, nb.Children, childIndent, field) is { } items ? head + items : null;
            if (bb.IsList || eb.IsList || nb.IsList) return null;
            var before = Conflicts.Count;
            var changes = Changes.Count;
            var edited = Edited.Count;
            var children = Mapping(bb.Children, eb.Children, nb.Children, childIndent, field + ".");
            if (children is not null) return head + children;
            // Not a mapping the merge can read: undo what the attempt recorded and let the caller decide on the whole value.
            Conflicts.RemoveRange(before, Conflicts.Count - before);
            Changes.RemoveRange(changes, Changes.Count - changes);
            Edited.RemoveRange(edited, Edited.Count - edited);
            return null;
        }

        /// <summary>
        /// Items as whole units: the editor's list, less what the source dropped, plus what the source added. An item that
        /// both changed (dropped by both, while each added its own) is a conflict of the whole list.
        /// </summary>
        private string? Items(string b, string e, string n, int indent, string field)
        {
            if (YamlBlocks.Items(b, indent) is not { } bi || YamlBlocks.Items(e, indent) is not { } ei || YamlBlocks.Items(n, indent) is not { } ni) return null;
            var droppedBySource = bi.Except(ni).ToHashSet(StringComparer.Ordinal);
            var droppedByEditor = bi.Except(ei).ToHashSet(StringComparer.Ordinal);
            var addedBySource = ni.Except(bi).Except(ei).ToList();
            var addedByEditor = ei.Except(bi).ToList();
            if (droppedBySource.Overlaps(droppedByEditor) && addedBySource.Count > 0 && addedByEditor.Count > 0) return null;
            Changes.Add(new SourceChange(field, b, n, true));
            Edited.Add(field);
            return string.Concat(ei.Where(i => !droppedBySource.Contains(i)).Concat(addedBySource));
        }

        /// <summary>The editor's order, with keys the source added placed after the key they follow in the new import.</summary>
        private static IEnumerable<string> Order(IReadOnlyList<YamlBlock> e, IReadOnlyList<YamlBlock> n)
        {
            var order = e.Select(x => x.Key).ToList();
            for (var i = 0; i < n.Count; i++)
            {
                var key = n[i].Key;
                if (order.Contains(key)) continue;
                var after = i == 0 ? -1 : order.IndexOf(n[i - 1].Key);
                order.Insert(after < 0 ? (i == 0 ? 0 : order.Count) : after + 1, key);
            }
            // A key only the base has was dropped by both sides.
            return order;
        }
    }
}
