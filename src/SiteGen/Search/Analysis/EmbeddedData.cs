namespace SiteGen.Search.Analysis;

/// <summary>The published tables embedded in the assembly (Search/Data/README.md says where each comes from).</summary>
internal static class EmbeddedData
{
    /// <summary>The resource's lines, without blank lines and lines starting with '#'.</summary>
    public static IEnumerable<string> Lines(string fileName)
    {
        var name = "SiteGen.Search.Data." + fileName;
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from {typeof(EmbeddedData).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') yield return line;
    }
}
