namespace SiteGen.Rendering;

/// <summary>The tel: address of a phone number as printed: its digits only (and a leading +), so no other text reaches the link.</summary>
public static class TelLink
{
    public static string Of(string number)
    {
        var trimmed = number.TrimStart();
        var digits = string.Concat(trimmed.Where(char.IsAsciiDigit));
        return "tel:" + (trimmed.StartsWith('+') ? "+" : "") + digits;
    }
}
