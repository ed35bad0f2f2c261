namespace SiteGen.Rules.Language;

/// <summary>
/// Splits a rule expression into tokens. Names are runs of letters (Chinese included), digits and '_', so
/// the word operators 且, 或 and 非 must stand apart from names: "甲 且 乙", not "甲且乙".
/// </summary>
public static class Lexer
{
    private static readonly string[] Symbols = ["<=", ">=", "==", "!=", "≤", "≥", "≠", "+", "-", "−", "*", "/", "×", "÷", "<", ">", "(", ")", "[", "]", ",", "，", "（", "）"];

    public static (IReadOnlyList<Token> Tokens, RuleError? Error) Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                }
                var number = text[start..i];
                string? unit = null;
                if (i < text.Length && text[i] == '[')
                {
                    var close = text.IndexOf(']', i);
                    if (close < 0) return (tokens, new RuleError(i, "a unit after a number needs its closing ']', as in 12[月/年]"));
                    unit = text[(i + 1)..close];
                    i = close + 1;
                }
                tokens.Add(new Token(TokenKind.Number, number, start, unit));
                continue;
            }
            if (c is '"' or '“' or '「')
            {
                var close = c switch { '"' => '"', '“' => '”', _ => '」' };
                var end = text.IndexOf(close, i + 1);
                if (end < 0) return (tokens, new RuleError(i, $"text starting here needs its closing {close}"));
                tokens.Add(new Token(TokenKind.Text, text[(i + 1)..end], i));
                i = end + 1;
                continue;
            }
            if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '（' or '）' && IsNamePart(text, i))) i++;
                tokens.Add(new Token(TokenKind.Name, text[start..i], start));
                continue;
            }
            var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0);
            if (symbol is null) return (tokens, new RuleError(i, $"'{c}' cannot be used in a rule; see docs/RULES.md for what can"));
            tokens.Add(new Token(TokenKind.Symbol, Canonical(symbol), i));
            i += symbol.Length;
        }
        tokens.Add(new Token(TokenKind.End, "", text.Length));
        return (tokens, null);
    }

    /// <summary>Full-width brackets belong to a name such as 城市低保标准（区县） when they close right after letters.</summary>
    private static bool IsNamePart(string text, int i)
    {
        if (text[i] == '（')
        {
            var close = text.IndexOf('）', i);
            return close > i + 1 && text[(i + 1)..close].All(char.IsLetterOrDigit);
        }
        return text.LastIndexOf('（', i) is var open and >= 0 && text[(open + 1)..i].All(char.IsLetterOrDigit) && open > 0 && char.IsLetterOrDigit(text[open - 1]);
    }

    private static string Canonical(string symbol) => symbol switch
    {
        "−" => "-", "×" => "*", "÷" => "/", "≤" => "<=", "≥" => ">=", "≠" => "!=", "，" => ",", "（" => "(", "）" => ")",
        _ => symbol,
    };
}
