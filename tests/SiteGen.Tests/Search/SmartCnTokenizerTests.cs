using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using SiteGen.Content;
using SiteGen.Search.Analysis;
using SiteGen.Search.Indexing;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

public sealed class SmartCnTokenizerTests
{
    [Fact]
    public void Every_text_of_the_shipped_content_is_segmented_as_SmartCn_segments_it()
    {
        var content = new ContentLoader(Repo.Content).Load();
        var lookup = new ContentLookup(content);
        var texts = content.Programs.SelectMany(p => ProgramFields.Of(p, lookup)).Select(f => f.Text)
            .Concat(content.Documents.Select(d => d.Body))
            .Append("全角ＡＢＣ１２３，半角abc 123。第二句！？\n第三句\u3000末尾")
            .Distinct(StringComparer.Ordinal).ToList();
        Assert.True(texts.Count > 1000);
        foreach (var text in texts)
            Assert.Equal(Tokens(new HMMChineseTokenizer(new StringReader(text))), Tokens(new SmartCnTokenizer(new StringReader(text))));
    }

    [Fact]
    public void A_reused_tokenizer_starts_afresh_on_the_next_text()
    {
        // An analyzer keeps one tokenizer per thread and field and gives it each new text in turn.
        var tokenizer = new SmartCnTokenizer(new StringReader("最低生活保障。临时救助，80周岁"));
        Assert.Equal(Tokens(new HMMChineseTokenizer(new StringReader("最低生活保障。临时救助，80周岁"))), Tokens(tokenizer));
        tokenizer.SetReader(new StringReader("高龄津贴"));
        Assert.Equal(Tokens(new HMMChineseTokenizer(new StringReader("高龄津贴"))), Tokens(tokenizer));
    }

    private static List<string> Tokens(Tokenizer tokenizer)
    {
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var offset = tokenizer.AddAttribute<IOffsetAttribute>();
        var type = tokenizer.AddAttribute<ITypeAttribute>();
        var increment = tokenizer.AddAttribute<IPositionIncrementAttribute>();
        var tokens = new List<string>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken()) tokens.Add($"{term}/{offset.StartOffset}-{offset.EndOffset}/{type.Type}/{increment.PositionIncrement}");
        tokenizer.End();
        tokens.Add($"end {offset.EndOffset}");
        tokenizer.Dispose();
        return tokens;
    }
}
