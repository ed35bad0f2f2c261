using System.Security.Cryptography;
using System.Text;
using SiteGen.Content.Model;
using SiteGen.Search.Analysis;

namespace SiteGen.Search.Indexing;

/// <summary>
/// A hash of everything an index is built from: schema version, lexicon, synonyms and every field
/// text. An on-disk index whose stored fingerprint matches is current and can be reused.
/// </summary>
public static class IndexFingerprint
{
    public const string FileName = "sitegen-fingerprint.txt";

    public static string Of(ContentSet content)
    {
        var lookup = new ContentLookup(content);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string s)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(s));
            hash.AppendData([0]);
        }

        Add(SearchFields.SchemaVersion);
        foreach (var word in DomainLexicon.From(content, Folding.Default)) Add(word);
        Add("synonyms");
        foreach (var group in content.Synonyms) Add(string.Join(",", group.Words));
        foreach (var p in content.Programs.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            Add("program " + p.Id);
            foreach (var (field, text) in ProgramFields.Of(p, lookup)) Add(field.Name + "=" + text);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
