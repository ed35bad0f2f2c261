namespace SiteGen.Rules.Language;

/// <summary>
/// A unit as a product of named dimensions with exponents: 元/人/月 is 元¹·人⁻¹·月⁻¹. Multiplying and dividing
/// combine exponents, so 元/人/月 × 人 is 元/月; adding or comparing needs equal units. A percentage is a plain
/// number (the value is divided by 100 where it is read), and so is a multiple (倍), so neither appears here.
/// </summary>
public sealed record Unit(IReadOnlyList<(string Name, int Power)> Powers)
{
    public static readonly Unit None = new([]);

    public bool IsNone => Powers.Count == 0;

    /// <summary>Reads "元/人/月", "元·亩", "岁" or "" (none); null when the text is not a unit.</summary>
    public static Unit? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim() is "%" or "倍") return None;
        var powers = new Dictionary<string, int>(StringComparer.Ordinal);
        var parts = text.Trim().Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            foreach (var name in parts[i].Split('·', '*'))
            {
                var n = name.Trim();
                if (n.Length == 0 || !n.All(c => char.IsLetter(c))) return null;
                powers[n] = powers.GetValueOrDefault(n) + (i == 0 ? 1 : -1);
            }
        }
        return Of(powers);
    }

    private static Unit Of(Dictionary<string, int> powers) =>
        new(powers.Where(p => p.Value != 0).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToList());

    public Unit Times(Unit other, int sign = 1)
    {
        var powers = Powers.ToDictionary(p => p.Name, p => p.Power, StringComparer.Ordinal);
        foreach (var (name, power) in other.Powers) powers[name] = powers.GetValueOrDefault(name) + sign * power;
        return Of(powers);
    }

    public Unit Per(Unit other) => Times(other, -1);

    public bool Same(Unit other) => Powers.SequenceEqual(other.Powers);

    /// <summary>元 first, then the other numerator names; each denominator name after a '/': 元/人/月.</summary>
    public override string ToString()
    {
        if (IsNone) return "";
        string Name((string Name, int Power) p, int power) => Math.Abs(power) == 1 ? p.Name : $"{p.Name}^{Math.Abs(power)}";
        var up = Powers.Where(p => p.Power > 0).OrderBy(p => p.Name == "元" ? 0 : 1).ThenBy(p => p.Name, StringComparer.Ordinal).Select(p => Name(p, p.Power)).ToList();
        var down = Powers.Where(p => p.Power < 0).Select(p => Name(p, p.Power)).ToList();
        var text = up.Count == 0 ? "1" : string.Join("·", up);
        return down.Count == 0 ? text : text + "/" + string.Join("/", down);
    }

    public bool Equals(Unit? other) => other is not null && Same(other);
    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
