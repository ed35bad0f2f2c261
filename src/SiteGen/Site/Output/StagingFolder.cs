using System.Collections.Concurrent;
using SiteGen.FileSystem;

namespace SiteGen.Site.Output;

/// <summary>
/// A fresh folder beside the output that a build writes into; it replaces the output only when the whole build
/// succeeded, so a failed build leaves the previous site exactly as it was. Nothing can be written outside it.
/// A file with the same bytes as the previous site's at the same path is linked to that file instead of written
/// again: a rebuild then makes new files only for what changed, which on a file system that has just removed the
/// previous build's files costs far less than making every file anew, and the unchanged files keep their times.
/// </summary>
public sealed class StagingFolder : IDisposable, IFileWriter
{
    private readonly OutputFolder _output;
    private readonly Action<string> _warn;
    private bool _committed;
    // Folders already made: a site of many pages would otherwise ask the file system once per file.
    private readonly ConcurrentDictionary<string, bool> _made = new(StringComparer.Ordinal);
    /// <summary>The site being replaced, when it is one SiteGen wrote; its unchanged files are linked, not written.</summary>
    private readonly string? _previous;
    // Folders of the previous site reached without a symbolic link: only their files are linked, so the new site
    // never shares a file with anything outside the old one.
    private readonly ConcurrentDictionary<string, bool> _plainFolders = new(StringComparer.Ordinal);

    public StagingFolder(OutputFolder output, Action<string> warn)
    {
        _output = output;
        _warn = warn;
        Root = output.NewStagingPath();
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, OutputFolder.MarkerName), OutputFolder.MarkerText, SiteFiles.Utf8);
        if (Directory.Exists(output.Path) && new DirectoryInfo(output.Path).LinkTarget is null && OutputFolder.IsMarked(output.Path)) _previous = output.Path;
    }

    public string Root { get; }

    /// <summary>The file for a site path, with its folder created; a path that would leave the staging folder is refused.</summary>
    public string Combine(string sitePath) => Contained(Path.Combine(Root, sitePath.Replace('/', Path.DirectorySeparatorChar)), sitePath);

    /// <summary>Writes the file at a site path.</summary>
    public void WriteSite(string sitePath, ReadOnlySpan<byte> bytes) => WriteContained(Combine(sitePath), bytes);

    /// <summary>Writes a file below <see cref="Root"/>, or links the previous site's file when its bytes are the same.</summary>
    public void Write(string path, ReadOnlySpan<byte> bytes) => WriteContained(Contained(path, path), bytes);

    /// <summary>The full path, its folder made; refused when it leaves the staging folder.</summary>
    private string Contained(string path, string shown)
    {
        // The staging folder is new and holds no links, so a lexical check is enough here.
        var full = Path.GetFullPath(path);
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new BuildException([$"refused to write '{shown}': the path leaves the output folder"]);
        MakeFolder(Path.GetDirectoryName(full)!);
        return full;
    }

    private void WriteContained(string full, ReadOnlySpan<byte> bytes)
    {
        if (_previous is not null && LinkUnchanged(full[(Root.Length + 1)..], full, bytes)) return;
        // CreateNew: a linked file is shared with the live site, so no file of the staging folder is ever written twice.
        try
        {
            using var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            file.Write(bytes);
        }
        catch (IOException) when (File.Exists(full))
        {
            throw new BuildException([$"two outputs would write {full[(Root.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/')}"]);
        }
    }

    private bool LinkUnchanged(string relative, string full, ReadOnlySpan<byte> bytes)
    {
        var previous = Path.Combine(_previous!, relative);
        if (!IsPlainFolder(Path.GetDirectoryName(previous)!)) return false;
        var info = new FileInfo(previous);
        if (!info.Exists || info.LinkTarget is not null || info.Length != bytes.Length) return false;
        try
        {
            return File.ReadAllBytes(previous).AsSpan().SequenceEqual(bytes) && HardLink.TryCreate(previous, full);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private bool IsPlainFolder(string folder)
    {
        if (folder == _previous) return true;
        if (_plainFolders.TryGetValue(folder, out var plain)) return plain;
        var parent = Path.GetDirectoryName(folder);
        var info = new DirectoryInfo(folder);
        plain = parent is not null && parent.Length >= _previous!.Length && IsPlainFolder(parent) && info.Exists && info.LinkTarget is null;
        _plainFolders.TryAdd(folder, plain);
        return plain;
    }

    private void MakeFolder(string folder)
    {
        // Recorded only once made, so a thread that finds it recorded can write into it.
        if (_made.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        _made.TryAdd(folder, true);
    }

    public void Commit()
    {
        var old = FolderSwap.Replace(_output, Root);
        _committed = true;
        if (old is not null) OutputFolder.RemoveQuietly(old, _warn);
    }

    public void Dispose()
    {
        if (!_committed) OutputFolder.RemoveQuietly(Root, _warn);
    }
}
