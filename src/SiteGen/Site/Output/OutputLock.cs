using System.Diagnostics;
using SiteGen.Content;

namespace SiteGen.Site.Output;

/// <summary>
/// One build at a time per output folder, across processes: an exclusive lock on a file beside the folder
/// (flock on Unix, a share-none handle on Windows), released when the build ends or its process dies.
/// A second build waits for the first to finish instead of sharing its staging folder.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock, waiting up to <paramref name="patience"/> for another build to release it.</summary>
    public static OutputLock Acquire(string path, TimeSpan patience, Action<string> progress)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unwritable(path, e);
        }
        var waited = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            try
            {
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                if (waited.Elapsed > patience)
                    throw new OutputFolderException(
                        $"another build has held {ContentPaths.Display(path)} for {patience.TotalMinutes:0} minutes; wait for it to finish, or stop it");
                if (!told) progress($"waiting for another build into the same folder to finish ({ContentPaths.Display(path)})");
                told = true;
                Thread.Sleep(Poll);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Unwritable(path, e);
            }
        }
    }

    private static OutputFolderException Unwritable(string path, Exception e) =>
        new($"cannot write beside the output folder ({e.Message}); choose an output folder in a place you can write to");

    public void Dispose() => _stream.Dispose();
}
