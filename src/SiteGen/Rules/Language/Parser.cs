using SiteGen.Rules.Evaluation;

namespace SiteGen.Rules.Language;

/// <summary>
/// Recursive-descent parser for rule expressions. Precedence, lowest first: 或, 且, 非, comparisons,
/// + −, × ÷, unary minus. The tree it returns is the one the checker types, the evaluator runs and the
/// build writes for the page script.
/// </summary>
public sealed class Parser
{
    public static readonly IReadOnlySet<string> Functions = new HashSet<string>(StringComparer.Ordinal) { "max", "min", "round", "floor", "ceil", "abs", "if" };

    private static readonly Dictionary<string, string> WordOperators = new(StringComparer.Ordinal)
    {
        ["且"] = "and", ["and"] = "and", ["或"] = "or", ["or"] = "or", ["非"] = "not", ["not"] = "not",
    };

    private readonly IReadOnlyList<Token> _tokens;
    private int _position;

    private Parser(IReadOnlyList<Token> tokens) => _tokens = tokens;

    public static (Expr? Expr, RuleError? Error) Parse(string text)
    {
        var (tokens, lexError) = Lexer.Tokenize(text);
        if (lexError is not null) return (null, lexError);
        if (tokens.Count == 1) return (null, new RuleError(0, "the rule is empty: write an expression such as 标准 * 人数"));
        var parser = new Parser(tokens);
        try
        {
            var expr = parser.Or();
            if (parser.Peek.Kind != TokenKind.End)
                throw parser.Fail(parser.Peek, $"unexpected '{parser.Peek.Text}' after a complete expression; is an operator missing?" +
                    (parser.Peek.Text.IndexOfAny(['且', '或', '非']) >= 0 ? " put spaces around 且, 或 and 非" : ""));
            return (expr, null);
        }
        catch (ParseFailure failure)
        {
            return (null, failure.Error);
        }
    }

    private Token Peek => _tokens[_position];

    private Token Next() => _tokens[_position++];

    private bool IsWord(string op) => Peek.Kind == TokenKind.Name && WordOperators.TryGetValue(Peek.Text, out var o) && o == op;

    private bool IsSymbol(params string[] symbols) => Peek.Kind == TokenKind.Symbol && symbols.Contains(Peek.Text);

    private Expr Or()
    {
        var left = And();
        while (IsWord("or")) { var at = Next().At; left = new Binary("or", left, And(), at); }
        return left;
    }

    private Expr And()
    {
        var left = Not();
        while (IsWord("and")) { var at = Next().At; left = new Binary("and", left, Not(), at); }
        return left;
    }

    private Expr Not()
    {
        if (!IsWord("not")) return Comparison();
        var at = Next().At;
        return new Unary("not", Not(), at);
    }

    private Expr Comparison()
    {
        var left = Sum();
        if (!IsSymbol("<", "<=", ">", ">=", "==", "!=")) return left;
        var op = Next();
        var right = Sum();
        if (IsSymbol("<", "<=", ">", ">=", "==", "!="))
            throw Fail(Peek, "comparisons cannot be chained; join two comparisons with 且, as in 年龄 >= 80 且 年龄 <= 89");
        return new Binary(op.Text, left, right, op.At);
    }

    private Expr Sum()
    {
        var left = Product();
        while (IsSymbol("+", "-")) { var op = Next(); left = new Binary(op.Text, left, Product(), op.At); }
        return left;
    }

    private Expr Product()
    {
        var left = Negation();
        while (IsSymbol("*", "/")) { var op = Next(); left = new Binary(op.Text, left, Negation(), op.At); }
        return left;
    }

    private Expr Negation()
    {
        if (!IsSymbol("-")) return Primary();
        var at = Next().At;
        return new Unary("neg", Negation(), at);
    }

    private Expr Primary()
    {
        var token = Next();
        switch (token.Kind)
        {
            case TokenKind.Number:
                return new NumberLiteral(Fraction.Parse(token.Text)!.Value, token.Unit, token.At);
            case TokenKind.Text:
                return new TextLiteral(token.Text, token.At);
            case TokenKind.Name when token.Text is "是" or "否":
                return new BoolLiteral(token.Text == "是", token.At);
            case TokenKind.Name when WordOperators.ContainsKey(token.Text):
                throw Fail(token, $"'{token.Text}' joins two conditions and cannot start one here");
            case TokenKind.Name when IsSymbol("("):
                if (!Functions.Contains(token.Text))
                    throw Fail(token, $"unknown function '{token.Text}'; the functions are {string.Join(", ", Functions.Order(StringComparer.Ordinal))}");
                Next();
                return new Call(token.Text, Arguments(")"), token.At);
            case TokenKind.Name when IsSymbol("["):
                Next();
                return new IndexRef(token.Text, Arguments("]"), token.At);
            case TokenKind.Name:
                return new NameRef(token.Text, token.At);
            case TokenKind.Symbol when token.Text == "(":
                var inner = Or();
                Expect(")", "a '(' needs its ')'");
                return inner;
            case TokenKind.End:
                throw Fail(token, "the expression ends too early: a value is missing here");
            default:
                throw Fail(token, $"'{token.Text}' cannot start a value; a number, a name, a text in quotes or '(' is needed");
        }
    }

    private List<Expr> Arguments(string close)
    {
        var args = new List<Expr>();
        if (IsSymbol(close)) { Next(); return args; }
        while (true)
        {
            args.Add(Or());
            if (IsSymbol(",")) { Next(); continue; }
            Expect(close, $"expected ',' or '{close}'");
            return args;
        }
    }

    private void Expect(string symbol, string message)
    {
        if (IsSymbol(symbol)) { Next(); return; }
        throw Fail(Peek, message);
    }

    private ParseFailure Fail(Token at, string message) => new(new RuleError(at.At, message));

    private sealed class ParseFailure(RuleError error) : Exception(error.Message)
    {
        public RuleError Error { get; } = error;
    }
}
