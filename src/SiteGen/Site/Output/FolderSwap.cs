using System.Runtime.InteropServices;

namespace SiteGen.Site.Output;

/// <summary>
/// Replaces the output folder with the staged one so that at every instant one of the two complete sites is in place.
/// On Linux the two folders are exchanged in one step (renameat2 with RENAME_EXCHANGE); where that is unavailable the
/// old site is first moved aside, and <see cref="OutputFolder.Recover"/> puts it back if the build is stopped in between.
/// </summary>
public static partial class FolderSwap
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    /// <summary>Swaps <paramref name="staged"/> in as <paramref name="output"/>'s folder; returns the path now holding the old site, if any.</summary>
    public static string? Replace(OutputFolder output, string staged)
    {
        if (!Directory.Exists(output.Path))
        {
            Directory.Move(staged, output.Path);
            return null;
        }
        if (TryExchange(staged, output.Path)) return staged;
        var retired = output.NewRetiredPath();
        Directory.Move(output.Path, retired);
        Directory.Move(staged, output.Path);
        return retired;
    }

    private static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            if (renameat2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange) == 0) return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
        var error = Marshal.GetLastPInvokeError();
        // EINVAL and ENOSYS: the file system or the C library cannot exchange; anything else is a real failure.
        if (error is 22 or 38) return false;
        throw new IOException($"could not swap {b} for the new site: {Marshal.GetPInvokeErrorMessage(error)}");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
