using SiteGen.Rendering;

namespace SiteGen.Site.Pages;

/// <summary>A phone number as shown, and as a tel: address that a phone can dial.</summary>
public sealed record Phone(string Number, string Tel)
{
    public static Phone Of(string number) => new(number, TelLink.Of(number));
}
