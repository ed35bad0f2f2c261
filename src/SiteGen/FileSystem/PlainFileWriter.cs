namespace SiteGen.FileSystem;

/// <summary>Writes every file as given, into a folder nobody else builds into (a test's, a tool's).</summary>
public sealed class PlainFileWriter : IFileWriter
{
    public static PlainFileWriter Instance { get; } = new();

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        file.Write(bytes);
    }
}
