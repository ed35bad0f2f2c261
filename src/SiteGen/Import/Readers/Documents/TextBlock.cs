namespace SiteGen.Import.Readers.Documents;

internal enum BlockKind { Part, Article, Paragraph }

/// <summary>One paragraph or heading of a document body, its source lines already rejoined.</summary>
internal sealed record TextBlock(BlockKind Kind, string Text);
