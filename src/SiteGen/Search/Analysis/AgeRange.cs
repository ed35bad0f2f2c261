using System.Globalization;

namespace SiteGen.Search.Analysis;

/// <summary>
/// Ages a programme's text names as a condition, both ends included (<see cref="To"/> null: no upper end).
/// Its <see cref="Term"/> is what the age field indexes: a80_ (80 and over), a0_6, a0_17.
/// </summary>
public readonly record struct AgeRange(int From, int? To)
{
    /// <summary>The oldest age a query may state; ages above it are not read as ages (the finder's question asks the same range).</summary>
    public const int MaxAge = 130;

    public string Term => string.Create(CultureInfo.InvariantCulture, $"a{From}_{To}");

    /// <summary>
    /// The share of all ages (0 to <see cref="MaxAge"/>) the range leaves out: 100周岁及以上 says much about an age it
    /// covers (0.76), 10周岁以上 next to nothing (0.08), 0—6岁 much (0.95).
    /// </summary>
    public double Specificity => 1 - (Math.Min(To ?? MaxAge, MaxAge) - Math.Min(From, MaxAge) + 1) / (double)(MaxAge + 1);

    /// <summary>An age as texts and callers write it, one capturing group: up to three digits or a Chinese numeral (search.js: AGE_NUMBER).</summary>
    public const string NumberPattern = "([0-9]{1,3}|[零〇一二两三四五六七八九十百]{1,5})";

    /// <summary>
    /// An age as written, in ASCII digits or Chinese numerals (八十一, 一百零二; read as the figure check reads them,
    /// <see cref="Provenance.ChineseNumerals.Value"/>), or null for anything else or beyond any life.
    /// </summary>
    public static int? Number(string text) =>
        (text.Length > 0 && text.All(char.IsAsciiDigit) ? long.Parse(text, CultureInfo.InvariantCulture) : Provenance.ChineseNumerals.Value(text)) is { } n && n <= MaxAge * 10
            ? (int)n
            : null;

    public bool Covers(int age) => age >= From && (To is not { } to || age <= to);

    /// <summary>The range an age-field term names, or null for anything else.</summary>
    public static AgeRange? FromTerm(string term)
    {
        if (term.Length < 3 || term[0] != 'a' || term.IndexOf('_') is var bar && bar < 2) return null;
        if (!int.TryParse(term.AsSpan(1, bar - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var from)) return null;
        if (bar == term.Length - 1) return new AgeRange(from, null);
        return int.TryParse(term.AsSpan(bar + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var to) ? new AgeRange(from, to) : null;
    }
}
