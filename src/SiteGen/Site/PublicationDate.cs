using System.Globalization;

namespace SiteGen.Site;

/// <summary>
/// The one date the build stamps on pages. SOURCE_DATE_EPOCH, when set, decides it (reproducible builds);
/// otherwise the newest content file's time does, so the same content gives the same pages.
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
}
