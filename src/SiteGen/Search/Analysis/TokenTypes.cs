namespace SiteGen.Search.Analysis;

/// <summary>Token type names set by the tokenizers and filters, which later filters and the query builder read.</summary>
public static class TokenTypes
{
    /// <summary>A dictionary word or unknown run of ideographs.</summary>
    public const string Word = "<WORD>";
    /// <summary>A run of ASCII letters and digits.</summary>
    public const string Alnum = "<ALNUM>";
    /// <summary>A run of digits: a number that may be followed by a unit word.</summary>
    public const string Number = "<NUM>";
    /// <summary>A word found inside a longer word (search-mode segmentation).</summary>
    public const string Subword = "<SUBWORD>";
    /// <summary>A number joined with the word after it, such as 80周岁 or 657元.</summary>
    public const string Quantity = "<QUANTITY>";
    /// <summary>Another word of the same synonym group, stacked on the word it expands.</summary>
    public const string Synonym = "<SYNONYM>";
    /// <summary>Letters of a query that are the pinyin of a name (dibao, gljt).</summary>
    public const string Pinyin = "<PINYIN>";
    /// <summary>A two-character window over ideographs, for recall when words are not known.</summary>
    public const string Gram = "<GRAM>";
    /// <summary>An age condition of the text, as its range's term (a80_, a0_6).</summary>
    public const string Age = "<AGE>";
}
