using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search.Relevance;

/// <summary>
/// A one-topic question (a kind of programme, content/kinds.yaml, by its name or its synonyms' first word, alone or
/// with 标准 or 怎么申请) lists every programme of that kind, and counts as close matches at most the programmes
/// about the topic plus a handful: those of the kind and those whose title or aliases name it or one of its synonyms.
/// The rest of the results are listed apart, so the count a caller hears means something.
/// </summary>
public class OneTopicTests(RealContentFixture real, ITestOutputHelper output) : IClassFixture<RealContentFixture>
{
    private const int Handful = 5;

    public static TheoryData<string> KindIds()
    {
        var data = new TheoryData<string>();
        foreach (var kind in new ContentLoader(Repo.Content).Load().Kinds) data.Add(kind.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(KindIds))]
    public void A_question_about_one_kind_finds_all_of_it_and_few_close_matches_besides(string kindId)
    {
        var exported = real.Exported!;
        var content = exported.Content;
        var kind = content.Kinds.Single(k => k.Id == kindId);
        var words = WordsFor(content, kind);
        var ofKind = content.Programs.Where(p => p.Kind == kind.Id).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var about = content.Programs.Count(p => ofKind.Contains(p.Id) || words.Any(w => p.DisplayTitle.Contains(w, StringComparison.Ordinal) || p.Aliases.Any(a => a.Contains(w, StringComparison.Ordinal))));
        var asked = new[] { kind.Name, words[0] }.Distinct().SelectMany(w => new[] { w, w + "标准", w + "怎么申请" });
        foreach (var query in asked)
        {
            var answer = exported.Engine.Answer(query, null, content.Programs.Count);
            output.WriteLine($"{query}: {answer.CloseCount} close, {answer.Count} in all; {ofKind.Count} of the kind, {about} about it");
            Assert.All(ofKind, id => Assert.Contains(id, answer.Hits.Select(h => h.Id)));
            Assert.True(answer.CloseCount <= about + Handful, $"{query}: {answer.CloseCount} close matches, {about} programmes about it");
            Assert.Equal(answer.Hits.Ranked(), exported.Browser.Search(query, null, content.Programs.Count));
        }
    }

    /// <summary>The kind's name and the words of the synonym groups that hold it, the group's first (official) word first.</summary>
    private static IReadOnlyList<string> WordsFor(ContentSet content, Term kind)
    {
        var groups = content.Synonyms.Where(g => g.Words.Contains(kind.Name)).ToList();
        return groups.Select(g => g.Words[0]).Append(kind.Name).Concat(groups.SelectMany(g => g.Words)).Distinct().ToList();
    }
}
