using System.Text.RegularExpressions;

namespace SiteGen.Import.Readers.Tabular;

/// <summary>Recognises a cell holding only telephone numbers; the one column whose content has a fixed shape, used to check alignment.</summary>
internal static partial class PhoneNumbers
{
    public static bool IsPhoneCell(string cell) => PhoneCell().IsMatch(cell.Trim());

    // Area code + number (0353-2293698), a mobile number, or a five-digit service line; several may be listed.
    [GeneratedRegex(@"^(?:\d{3,4}-?\d{7,8}|1\d{10}|\d{5})(?:[\s、,，/；;]+(?:\d{3,4}-?\d{7,8}|1\d{10}|\d{5}))*$")]
    private static partial Regex PhoneCell();
}
