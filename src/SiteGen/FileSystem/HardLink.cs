using System.Runtime.InteropServices;

namespace SiteGen.FileSystem;

/// <summary>A second name for an existing file (POSIX link), where the system and the file system allow one.</summary>
public static class HardLink
{
    /// <summary>True when <paramref name="link"/> now names the file <paramref name="existing"/> names; false when it could not be made.</summary>
    public static bool TryCreate(string existing, string link)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            return Link(existing, link) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link(string existing, string link);
}
