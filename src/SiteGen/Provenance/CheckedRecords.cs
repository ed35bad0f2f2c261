using System.Runtime.CompilerServices;
using SiteGen.Content;
using SiteGen.Content.Model;

namespace SiteGen.Provenance;

/// <summary>
/// The figure check's findings, kept between the builds of one process (the preview server's) while the seeds folder is
/// byte for byte what it was: a programme that is the same record as last time (an unchanged content file, which
/// <see cref="Content.Loading.ParsedFileCache"/> gives back as the same object) is not checked again. A run that met an
/// unreadable seed keeps nothing, so an error at a seed is never left standing after the record citing it changed.
/// </summary>
public sealed class CheckedRecords
{
    private sealed record Snapshot(IReadOnlyDictionary<string, byte[]> Seeds, SeedCache Cache, ConditionalWeakTable<BenefitProgram, IReadOnlyList<Diagnostic>> Found);

    private Snapshot? _last;

    /// <summary>The seed cache and the findings to use for a run over the seeds folder as it is now.</summary>
    internal (SeedCache Seeds, ConditionalWeakTable<BenefitProgram, IReadOnlyList<Diagnostic>>? Found) For(string seedsDir)
    {
        var seeds = Read(seedsDir);
        if (_last is null || !Same(_last.Seeds, seeds)) _last = new Snapshot(seeds, new SeedCache(seedsDir), new());
        return (_last.Cache, _last.Found);
    }

    internal void Forget() => _last = null;

    private static Dictionary<string, byte[]> Read(string dir) =>
        Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes, StringComparer.Ordinal)
            : [];

    private static bool Same(IReadOnlyDictionary<string, byte[]> before, IReadOnlyDictionary<string, byte[]> now) =>
        before.Count == now.Count && now.All(f => before.TryGetValue(f.Key, out var was) && was.AsSpan().SequenceEqual(f.Value));
}
