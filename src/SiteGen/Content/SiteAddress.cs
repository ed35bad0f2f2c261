namespace SiteGen.Content;

/// <summary>
/// Where the site is published (site_url, --base-url): an http or https address, or a path from the server's root.
/// It is written into robots.txt, the sitemap and the feed, so anything that could break out of those formats
/// (white space, line breaks, quotes, angle brackets) or run as script (javascript:) is refused.
/// </summary>
public static class SiteAddress
{
    public const string Expected = "an address such as https://www.example.gov.cn/hmzc/ or a path such as /hmzc/";

    /// <summary>What is wrong with <paramref name="address"/>, or null when it can be used.</summary>
    public static string? Problem(string address)
    {
        if (address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '\'' or '<' or '>' or '`' or '\\'))
            return $"'{Printable(address)}' contains spaces, line breaks, quotes or angle brackets; write {Expected}";
        if (address.StartsWith("//", StringComparison.Ordinal))
            return $"'{address}' has no scheme; write {Expected}";
        if (address.StartsWith('/')) return null;
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            return $"'{address}' is not an http or https address; write {Expected}";
        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            return $"'{address}' must be just the site's address, without a user name, '?' or '#'; write {Expected}";
        return null;
    }

    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
