namespace SiteGen.Rendering;

/// <summary>
/// HTML that has already been produced safely (sanitised Markdown, markup built by the generator).
/// It is the only value templates write without escaping.
/// </summary>
public sealed record TrustedHtml(string Value)
{
    public override string ToString() => Value;
}
