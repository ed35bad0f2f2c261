using System.Globalization;

namespace SiteGen.Site;

/// <summary>
/// The one date the build stamps on pages. SOURCE_DATE_EPOCH, when set, decides it (reproducible builds);
/// otherwise the newest content file's time does, so the same content gives the same pages.
/// A page made from one content file (a programme, a document) carries that file's date instead, never later than this
/// one (<c>Meta.FileDate</c>); README's "Dates on pages" says which date each page carries.
/// </summary>
public static class PublicationDate
{
    public static DateTimeOffset Resolve(string contentDir, string? sourceDateEpoch)
    {
        if (!string.IsNullOrWhiteSpace(sourceDateEpoch))
        {
            if (!long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
                throw new BuildException([$"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, but it is '{sourceDateEpoch}'"]);
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }
        var newest = FileSystem.ContainedFiles.List(contentDir).Files
            .Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.UnixEpoch).Max();
        return new DateTimeOffset(DateTime.SpecifyKind(newest, DateTimeKind.Utc)).AddTicks(-(newest.Ticks % TimeSpan.TicksPerSecond));
    }

    /// <summary>A file's last change, to the second, in UTC; null when there is no such file.</summary>
    public static DateTimeOffset? OfFile(string path)
    {
        if (!File.Exists(path)) return null;
        var time = File.GetLastWriteTimeUtc(path);
        return new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)).AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));
    }
}
