using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Import.Sources;
using SiteGen.Import.Writing;

namespace SiteGen.Import;

/// <summary>
/// A seed that yields far fewer programmes than at the last import is more likely cut short or mistaken for another file
/// than a list that really shrank, and importing it would remove the programmes it lost; so it is refused unless the
/// editor says the smaller list is right.
/// </summary>
internal static class ProgrammeCounts
{
    // Fewer than half of last time; yearly lists add and drop a few items, never half of them.
    private const int SmallestShareOfLastTime = 2;

    public static void Check(IEnumerable<SeedSource> sources, IReadOnlyDictionary<string, int> bySource, ImportManifest manifest, DiagnosticBag diagnostics)
    {
        foreach (var source in sources.Where(s => s.HasListing))
        {
            if (!bySource.TryGetValue(source.File, out var now) || manifest.ProgrammesFrom(source.File) is not { } before || before == 0) continue;
            if (now > 0 && now * SmallestShareOfLastTime >= before) continue;
            diagnostics.Add(new SourceSpan("seeds/" + source.File, 1, 1),
                $"yields {now} programme{(now == 1 ? "" : "s")}, fewer than half of the {before} it yielded at the last import, so the file may be cut short " +
                "or not the listing it replaces; if the new list really is shorter, run the import again with --allow-fewer");
        }
    }

    /// <summary>The counts the manifest keeps: only sources that yield programmes, so a document alone never looks like a lost listing.</summary>
    public static IReadOnlyDictionary<string, int> ToRecord(IEnumerable<SeedSource> sources, IReadOnlyDictionary<string, int> bySource) =>
        sources.Where(s => s.HasListing && bySource.ContainsKey(s.File)).ToDictionary(s => s.File, s => bySource[s.File], StringComparer.Ordinal);
}
