using System.Text;
using NUglify;

namespace SiteGen.Rendering;

/// <summary>
/// The site's scripts and style sheets as they are published: without comments, spaces or long local names (NUglify),
/// since a reader on a phone downloads them with the first page and the search page's script with the first question.
/// A script or style sheet that does not parse stops the build, at its line and column, rather than being shipped broken.
/// Other files are published as they are.
/// </summary>
public static class AssetMinifier
{
    /// <param name="displayPath">The file as an error names it, e.g. <c>templates/assets/search.js</c>.</param>
    /// <returns>The bytes to publish, or the problems that stop the build.</returns>
    public static (byte[] Bytes, IReadOnlyList<string> Problems) Minify(string displayPath, byte[] source)
    {
        var extension = Path.GetExtension(displayPath).ToLowerInvariant();
        if (extension is not (".js" or ".css")) return (source, []);
        var text = Encoding.UTF8.GetString(source);
        var result = extension == ".js" ? Uglify.Js(text) : Uglify.Css(text);
        // The first error only: a parser that has lost its place reports the rest of the file as errors too.
        var first = result.Errors.FirstOrDefault(e => e.IsError);
        if (first is null) return (Encoding.UTF8.GetBytes(result.Code), []);
        var what = extension == ".js" ? "script" : "style sheet";
        return ([], [$"{displayPath}:{first.StartLine}:{first.StartColumn}: {first.Message}; fix the {what} (the site is not published with it)"]);
    }
}
