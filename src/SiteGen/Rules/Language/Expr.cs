using SiteGen.Rules.Evaluation;

namespace SiteGen.Rules.Language;

/// <summary>A parsed rule expression. <c>At</c> is the offset in the rule's text, for error positions.</summary>
public abstract record Expr(int At);

public sealed record NumberLiteral(Fraction Value, string? UnitText, int At) : Expr(At);

public sealed record TextLiteral(string Value, int At) : Expr(At);

public sealed record BoolLiteral(bool Value, int At) : Expr(At);

/// <summary>An input, a step or a parameter: which one is settled by the checker, since the three never share a name.</summary>
public sealed record NameRef(string Name, int At) : Expr(At);

/// <summary>A table or banded parameter looked up by one key per dimension: 高龄津贴标准[年龄].</summary>
public sealed record IndexRef(string Name, IReadOnlyList<Expr> Keys, int At) : Expr(At);

/// <summary>Operator "neg" or "not".</summary>
public sealed record Unary(string Op, Expr Operand, int At) : Expr(At);

/// <summary>Operator + - * / &lt; &lt;= &gt; &gt;= == != and or.</summary>
public sealed record Binary(string Op, Expr Left, Expr Right, int At) : Expr(At);

/// <summary>max, min, round, floor, ceil, abs or if.</summary>
public sealed record Call(string Function, IReadOnlyList<Expr> Args, int At) : Expr(At);
