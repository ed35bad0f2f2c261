using SiteGen.Content.Model;

namespace SiteGen.Search.Analysis;

/// <summary>
/// The synonym groups of content/synonyms.txt, folded like indexed text. A word in several groups
/// expands to the union of them.
/// </summary>
public sealed class SynonymTable
{
    private readonly Dictionary<string, IReadOnlyList<string>> _variants;

    public SynonymTable(IEnumerable<SynonymGroup> groups)
        : this(groups.Select(g => g.Words)) { }

    public SynonymTable(IEnumerable<IReadOnlyList<string>> groups)
    {
        Groups = groups
            .Select(g => (IReadOnlyList<string>)g.Select(w => Folding.Default.Fold(w.Trim())).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList())
            .Where(g => g.Count > 1)
            .ToList();
        var sets = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            foreach (var word in group)
            {
                if (!sets.TryGetValue(word, out var set)) sets[word] = set = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var other in group) if (other != word) set.Add(other);
            }
        }
        _variants = sets.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.ToList(), StringComparer.Ordinal);
    }

    public static SynonymTable Empty { get; } = new(Array.Empty<IReadOnlyList<string>>());

    /// <summary>The groups, folded, in file order (exported for the browser).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    /// <summary>Every word of every group.</summary>
    public IEnumerable<string> Words => _variants.Keys;

    /// <summary>The other words of the groups containing <paramref name="word"/>, in ordinal order.</summary>
    public IReadOnlyList<string> VariantsOf(string word) => _variants.TryGetValue(word, out var v) ? v : [];
}
