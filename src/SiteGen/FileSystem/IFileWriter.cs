namespace SiteGen.FileSystem;

/// <summary>Where a build's files go: each path is written once, with its folder made as needed.</summary>
public interface IFileWriter
{
    void Write(string path, ReadOnlySpan<byte> bytes);
}
