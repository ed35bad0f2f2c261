namespace SiteGen.Rules.Language;

public enum TokenKind { Number, Text, Name, Symbol, End }

/// <summary>One token of a rule expression; <c>Unit</c> is the bracketed unit written right after a number.</summary>
public sealed record Token(TokenKind Kind, string Text, int At, string? Unit = null);
