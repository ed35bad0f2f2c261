namespace SiteGen.Search.Querying;

/// <summary>What a query clause is matched against.</summary>
public enum ClauseKind
{
    /// <summary>A word (with its synonyms) over the word fields.</summary>
    Word,
    /// <summary>A bigram of text that matched no word, over the bigram field.</summary>
    Gram,
    /// <summary>Pinyin typed for a name: the words it stands for (<see cref="Analysis.PinyinWords"/>), over the word fields.</summary>
    Pinyin,
    /// <summary>An age the query states: the terms of the age conditions covering it (<see cref="AgeTerms"/>), over the age field.</summary>
    Age,
}
