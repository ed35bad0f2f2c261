using System.Collections.Frozen;

namespace SiteGen.Search.Analysis;

/// <summary>
/// The characters of the 通用规范汉字表 (the State Council's 2013 table of general standard characters, Unihan kTGH):
/// the characters in general use, and so those a phone's input method offers for a syllable. A character outside it
/// is not taken for a slip of the keyboard (<see cref="PinyinWords.SoundOf"/>).
/// </summary>
public sealed class GeneralCharacters
{
    private readonly FrozenSet<char> _characters;

    private GeneralCharacters(IEnumerable<char> characters) => _characters = characters.ToFrozenSet();

    /// <summary>From <c>Search/Data/unihan-general.txt</c>; the characters beyond the Basic Multilingual Plane are left out, as every table here is by character.</summary>
    public static GeneralCharacters Default { get; } = new(EmbeddedData.Lines("unihan-general.txt").Where(l => l.Length > 1 && l[1] == '\t').Select(l => l[0]));

    public bool Contains(char c) => _characters.Contains(c);
}
