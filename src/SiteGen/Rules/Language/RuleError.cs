namespace SiteGen.Rules.Language;

/// <summary>A mistake in a rule's text, at an offset within it.</summary>
public sealed record RuleError(int At, string Message);
