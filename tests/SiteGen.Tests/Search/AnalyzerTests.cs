using Lucene.Net.Analysis;
using SiteGen.Search.Analysis;

namespace SiteGen.Tests.Search;

public class AnalyzerTests
{
    private static readonly WordDictionary Small = WordDictionary.Load(new StringReader("""
        残疾 500
        残疾人 300
        护理 400
        补贴 600
        重度 200
        周岁 300
        以上 900
        每月 500
        城市 800
        """), ["重度残疾人护理补贴", "阳泉市"]);

    private sealed class TokenizerOnly(WordDictionary dictionary) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            new(new ChineseWordTokenizer(reader, new DagSegmenter(dictionary)));
    }

    private sealed class Chain(Func<TextReader, Tokenizer> tokenizer, Func<TokenStream, TokenStream> filters) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var t = tokenizer(reader);
            return new TokenStreamComponents(t, filters(t));
        }
    }

    [Fact]
    public void Segmenter_follows_the_most_probable_path()
    {
        var words = new DagSegmenter(Small).Segment("城市残疾人每月补贴".AsSpan()).Select(w => "城市残疾人每月补贴".Substring(w.Start, w.Length));
        Assert.Equal(["城市", "残疾人", "每月", "补贴"], words);
    }

    [Fact]
    public void Segmenter_keeps_unknown_characters_together()
    {
        const string text = "囧囧补贴";
        var words = new DagSegmenter(Small).Segment(text.AsSpan()).Select(w => text.Substring(w.Start, w.Length));
        Assert.Equal(["囧囧", "补贴"], words);
    }

    [Fact]
    public void Lexicon_words_stay_whole()
    {
        Assert.Equal(["重度残疾人护理补贴"], AnalysisProbe.Terms(new TokenizerOnly(Small), "重度残疾人护理补贴"));
    }

    [Fact]
    public void Tokenizer_folds_width_and_case_and_keeps_numbers_whole()
    {
        Assert.Equal(["abc", "657.5", "0353", "2021234"], AnalysisProbe.Terms(new TokenizerOnly(Small), "ＡＢＣ 657.5，０３５３-2021234"));
    }

    [Fact]
    public void Subword_filter_adds_words_inside_long_words_at_the_same_position()
    {
        var analyzer = new Chain(r => new ChineseWordTokenizer(r, new DagSegmenter(Small)), s => new SubwordFilter(s, Small));
        var tokens = AnalysisProbe.Terms(analyzer, "重度残疾人护理补贴", withDetail: true);
        Assert.Equal("重度残疾人护理补贴/<WORD>/1", tokens[0]);
        Assert.Contains("护理/<SUBWORD>/0", tokens);
        Assert.Contains("残疾人/<SUBWORD>/0", tokens);
        Assert.Contains("补贴/<SUBWORD>/0", tokens);
        Assert.DoesNotContain(tokens, t => t.StartsWith("重度残疾人护理补贴/<SUBWORD>", StringComparison.Ordinal));
    }

    [Fact]
    public void Quantity_filter_joins_a_number_with_the_word_after_it()
    {
        var analyzer = new Chain(r => new ChineseWordTokenizer(r, new DagSegmenter(Small)), s => new QuantityFilter(s));
        var tokens = AnalysisProbe.Terms(analyzer, "80周岁以上 每月657元");
        Assert.Contains("80周岁", tokens);
        Assert.Contains("657元", tokens);
        Assert.Contains("80", tokens);
        Assert.DoesNotContain("周岁以上", tokens);
        Assert.DoesNotContain("80以上", tokens);
    }

    [Fact]
    public void Quantity_filter_needs_the_word_to_touch_the_number()
    {
        var analyzer = new Chain(r => new ChineseWordTokenizer(r, new DagSegmenter(Small)), s => new QuantityFilter(s));
        Assert.DoesNotContain("80周岁", AnalysisProbe.Terms(analyzer, "80 周岁"));
    }

    [Fact]
    public void Single_char_filter_drops_lone_ideographs_only()
    {
        var analyzer = new Chain(r => new ChineseWordTokenizer(r, new DagSegmenter(Small)), s => new SingleCharFilter(s));
        Assert.Equal(["城市", "a", "7"], AnalysisProbe.Terms(analyzer, "城市的 a 7"));
    }

    [Fact]
    public void Synonym_filter_stacks_the_other_words_of_the_group()
    {
        var table = new SynonymTable([(IReadOnlyList<string>)["低保", "最低生活保障"], ["补贴", "补助", "津贴"]]);
        var analyzer = new Chain(r => new ChineseWordTokenizer(r, new DagSegmenter(Small)), s => new SynonymExpansionFilter(s, table));
        Assert.Equal(["补贴/<WORD>/1", "津贴/<SYNONYM>/0", "补助/<SYNONYM>/0"], AnalysisProbe.Terms(analyzer, "补贴", withDetail: true));
    }

    [Fact]
    public void Bigram_tokenizer_cuts_ideograph_runs_into_pairs()
    {
        Assert.Equal(["临时", "时救", "救助", "申请"], AnalysisProbe.Terms(new BigramAnalyzer(), "临时救助 a1 申请 字"));
    }

    [Fact]
    public void Max_match_prefers_the_longest_vocabulary_word_and_falls_back_to_bigrams()
    {
        var vocabulary = new QueryVocabulary(["残疾人", "残疾", "护理补贴", "护理", "补贴", "80周岁", "80"]);
        var analyzer = new Chain(r => new MaxMatchTokenizer(r, vocabulary), s => s);
        Assert.Equal(
            ["残疾人/<WORD>/1", "残疾/<SUBWORD>/1", "怎么/<GRAM>/1", "护理补贴/<WORD>/1", "护理/<SUBWORD>/1", "补贴/<SUBWORD>/1", "80周岁/<WORD>/1", "80/<SUBWORD>/1"],
            AnalysisProbe.Terms(analyzer, "残疾人怎么护理补贴？80周岁", withDetail: true));
    }

    [Fact]
    public void Max_match_drops_stop_words_and_keeps_synonym_words_whole()
    {
        var vocabulary = new QueryVocabulary(["孤寡老人", "老人", "补助"], stopWords: ["有什么", "吗", "有"], wholeWords: ["孤寡老人"]);
        var analyzer = new Chain(r => new MaxMatchTokenizer(r, vocabulary), s => s);
        // 有 ends the left-over run 上学, so no bigram 学有 is made; 孤寡老人 is not cut into 老人.
        Assert.Equal(["孤寡老人/<WORD>/1", "上学/<GRAM>/1", "补助/<WORD>/1"], AnalysisProbe.Terms(analyzer, "孤寡老人有什么上学有补助吗", withDetail: true));
    }

    [Fact]
    public void Max_match_never_splits_a_number()
    {
        var vocabulary = new QueryVocabulary(["657"]);
        var analyzer = new Chain(r => new MaxMatchTokenizer(r, vocabulary), s => s);
        Assert.Equal(["6570"], AnalysisProbe.Terms(analyzer, "6570"));
    }

    [Fact]
    public void Domain_lexicon_comes_from_content()
    {
        var lexicon = DomainLexicon.From(SearchFixture.Content());
        Assert.Contains("重度残疾人护理补贴", lexicon);
        Assert.Contains("阳泉市民政局", lexicon);
        Assert.Contains("周岁", lexicon);
        Assert.Contains("低保", lexicon);
        Assert.DoesNotContain("80周岁", lexicon);
    }

    [Fact]
    public void Shipped_dictionary_loads_from_the_assembly()
    {
        var dictionary = WordDictionary.LoadDefault();
        Assert.True(dictionary.IsWord("残疾人"));
        Assert.True(dictionary.Total > 1_000_000);
    }
}
