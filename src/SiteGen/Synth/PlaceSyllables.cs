using System.Reflection;

namespace SiteGen.Synth;

/// <summary>One character of a made-up place name and its toneless pinyin, which becomes part of the place's id.</summary>
public sealed record Syllable(string Character, string Pinyin);

/// <summary>The syllable table made-up place names are drawn from (Synth/Data/place-syllables.txt, embedded).</summary>
public static class PlaceSyllables
{
    private const string ResourceName = "SiteGen.Synth.Data.place-syllables.txt";

    public static IReadOnlyList<Syllable> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private static IReadOnlyList<Syllable> Parse(string text) =>
        text.Split('\n')
            .Select(line => line.Split('#')[0].Trim())
            .Where(line => line.Length > 0)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(parts => new Syllable(parts[0], parts[1]))
            .ToList();
}
