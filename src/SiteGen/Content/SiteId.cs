using System.Text.RegularExpressions;

namespace SiteGen.Content;

/// <summary>
/// The one rule for ids that become parts of paths (page addresses, content file names): lower-case ASCII letters,
/// digits and hyphens. Nothing else can reach a path, so no id can climb out of its folder or collide by case.
/// </summary>
public static partial class SiteId
{
    public const int MaxLength = 100;

    public const string Rule = "lower-case ASCII letters, digits and hyphens (starting with a letter or digit, at most 100 characters)";

    public static bool IsValid(string id) => Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial Regex Pattern();
}
