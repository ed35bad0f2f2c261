using System.Globalization;
using System.Numerics;

namespace SiteGen.Rules.Evaluation;

/// <summary>
/// An exact rational number. Money is computed without rounding until the end, so the build and the page
/// script (which uses BigInt fractions the same way) agree to the fen whatever the order of operations.
/// </summary>
public readonly record struct Fraction
{
    public BigInteger Numerator { get; }
    public BigInteger Denominator { get; }

    public Fraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException();
        if (denominator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero) { numerator /= gcd; denominator /= gcd; }
        Numerator = numerator;
        Denominator = numerator.IsZero ? BigInteger.One : denominator;
    }

    public static Fraction Zero => new(0, 1);
    public static Fraction One => new(1, 1);
    public static Fraction Of(long n) => new(n, 1);

    /// <summary>Reads a decimal such as "657", "-0.5" or "12.25"; null when the text is not one.</summary>
    public static Fraction? Parse(string text)
    {
        var t = text.Trim();
        var negative = t.StartsWith('-');
        if (negative) t = t[1..];
        var parts = t.Split('.');
        if (parts.Length > 2 || parts[0].Length == 0 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit))) return null;
        var digits = BigInteger.Parse(string.Concat(parts), CultureInfo.InvariantCulture);
        var scale = BigInteger.Pow(10, parts.Length == 2 ? parts[1].Length : 0);
        return new Fraction(negative ? -digits : digits, scale);
    }

    public int Sign => Numerator.Sign;
    public bool IsInteger => Denominator.IsOne;

    public static Fraction operator +(Fraction a, Fraction b) => new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    public static Fraction operator -(Fraction a, Fraction b) => new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    public static Fraction operator -(Fraction a) => new(-a.Numerator, a.Denominator);
    public static Fraction operator *(Fraction a, Fraction b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);
    public static Fraction operator /(Fraction a, Fraction b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public int CompareTo(Fraction other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public Fraction Abs() => new(BigInteger.Abs(Numerator), Denominator);

    public Fraction Floor()
    {
        var q = BigInteger.DivRem(Numerator, Denominator, out var r);
        return new Fraction(r.Sign < 0 ? q - 1 : q, 1);
    }

    public Fraction Ceiling() => -(-this).Floor();

    /// <summary>Rounds to <paramref name="places"/> decimals, halves away from zero (四舍五入).</summary>
    public Fraction Round(int places)
    {
        var scale = BigInteger.Pow(10, places);
        var scaled = BigInteger.Abs(Numerator) * scale;
        var q = BigInteger.DivRem(scaled, Denominator, out var r);
        if (r * 2 >= Denominator) q += 1;
        return new Fraction(Numerator.Sign < 0 ? -q : q, scale);
    }

    /// <summary>Exactly <paramref name="places"/> decimals, after rounding: "771.00".</summary>
    public string ToFixed(int places)
    {
        var rounded = Round(places);
        var scale = BigInteger.Pow(10, places);
        var units = BigInteger.Abs(rounded.Numerator * (scale / rounded.Denominator));
        var whole = BigInteger.DivRem(units, scale, out var fraction);
        var sign = rounded.Sign < 0 ? "-" : "";
        return places == 0 ? $"{sign}{whole}" : $"{sign}{whole}.{fraction.ToString(CultureInfo.InvariantCulture).PadLeft(places, '0')}";
    }

    /// <summary>The form shown to readers: at most four decimals (so a rate of 0.907 reads whole), no trailing zeros ("854.1", "657").</summary>
    public string Display()
    {
        var text = ToFixed(4);
        if (text.Contains('.')) text = text.TrimEnd('0').TrimEnd('.');
        return text == "-0" ? "0" : text;
    }

    /// <summary>The exact decimal when there is one within 12 places (the data the page script reads).</summary>
    public string ToDecimalString()
    {
        for (var places = 0; places <= 12; places++)
        {
            var scale = BigInteger.Pow(10, places);
            if ((scale % Denominator).IsZero)
            {
                var text = ToFixed(places);
                return text;
            }
        }
        return ToFixed(12);
    }

    public override string ToString() => ToDecimalString();
}
