using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using SiteGen.Search.Analysis;

namespace SiteGen.Tests.Search;

public class AnalyzerTests
{
    private static readonly Folding Fold = Folding.Default;

    private static readonly LexiconMap Lexicon = LexiconMap.Build(["低保", "护理补贴", "重度残疾人护理补贴", "一卡通", "阳泉市"], Fold);

    private sealed class Chain(Func<TextReader, Tokenizer> tokenizer, Func<TokenStream, TokenStream> filters) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var t = tokenizer(reader);
            return new TokenStreamComponents(t, filters(t));
        }
    }

    private static Analyzer Index => new ChineseAnalyzer(Lexicon, Fold);

    [Fact]
    public void Folding_turns_traditional_full_width_and_upper_case_into_the_indexed_form()
    {
        Assert.Equal("残疾人护理补贴abc123", Fold.Fold("殘疾人護理補貼ＡＢＣ１２３"));
        Assert.Equal("高龄津贴", Fold.Fold("高齡津貼"));
        // One character to one: offsets stay put.
        Assert.All(Fold.Ideographs, p => Assert.True(CharClass.IsCjk(p.Value) || p.Value > 127));
    }

    [Fact]
    public void Index_analysis_folds_traditional_text_like_simplified()
    {
        Assert.Equal(AnalysisProbe.Terms(Index, "重度残疾人护理补贴"), AnalysisProbe.Terms(Index, "重度殘疾人護理補貼"));
    }

    [Fact]
    public void Content_words_that_SmartCn_cuts_are_joined_back_and_the_pieces_kept()
    {
        Assert.Equal(["低", "保"], LexiconMap.Pieces("低保"));
        var terms = AnalysisProbe.Terms(Index, "低保标准，一卡通发放");
        Assert.Contains("低保", terms);
        Assert.Contains("低", terms);
        Assert.Contains("一卡通", terms);
        Assert.DoesNotContain("，", terms);
        Assert.DoesNotContain(",", terms);
    }

    [Fact]
    public void Words_inside_a_joined_word_are_indexed_with_it()
    {
        var terms = AnalysisProbe.Terms(Index, "重度残疾人护理补贴");
        Assert.Contains("重度残疾人护理补贴", terms);
        Assert.Contains("护理补贴", terms);
        Assert.Contains("残疾人", terms);
        // A piece that is also a content word is not counted twice.
        Assert.Single(terms, t => t == "护理");
    }

    [Fact]
    public void Numbers_join_the_word_after_them_and_single_ideographs_stay()
    {
        var terms = AnalysisProbe.Terms(Index, "80周岁以上的老人每人每月657元");
        Assert.Contains("80周岁", terms);
        Assert.Contains("657元", terms);
        Assert.Contains("80", terms);
        Assert.Contains("的", terms);
    }

    [Fact]
    public void Token_classes_tell_numbers_words_and_letters_apart()
    {
        var analyzer = new Chain(r => new HMMChineseTokenizer(r), s => new TokenClassFilter(s));
        Assert.Equal(["补贴/<WORD>/1", "657/<NUM>/1", "abc/<ALNUM>/1"], AnalysisProbe.Terms(analyzer, "补贴657abc", withDetail: true));
    }

    [Fact]
    public void Bigram_analyzer_cuts_ideograph_runs_into_pairs_and_drops_lone_ones()
    {
        Assert.Equal(["临时", "时救", "救助", "申请"], AnalysisProbe.Terms(new BigramAnalyzer(Fold), "临时救助 a1 申请 字"));
    }

    [Fact]
    public void Synonym_filter_stacks_the_other_words_of_the_group()
    {
        var table = new SynonymTable([(IReadOnlyList<string>)["低保", "最低生活保障"], ["补贴", "补助", "津贴"]]);
        var analyzer = new Chain(r => new MaxMatchTokenizer(r, new QueryVocabulary(["补贴"])), s => new SynonymExpansionFilter(s, table));
        Assert.Equal(["补贴/<WORD>/1", "津贴/<SYNONYM>/0", "补助/<SYNONYM>/0"], AnalysisProbe.Terms(analyzer, "补贴", withDetail: true));
    }

    [Fact]
    public void Readings_come_without_tones_customary_first_and_combine_per_word()
    {
        var table = PinyinTable.Default;
        Assert.Equal("lv", PinyinTable.Toneless("lǜ"));
        Assert.Equal("zhang", PinyinTable.Toneless("zhǎng"));
        Assert.Equal(["zhang", "chang"], table.Of('长'));
        Assert.Contains(["chang", "zhi"], table.Readings("长治"));
        Assert.Equal(["gaolingjintie", "gljt"], PinyinWords.Forms("高龄津贴", table));
        // Two initials would stand for too many words.
        Assert.Equal(["dibao"], PinyinWords.Forms("低保", table));
    }

    [Fact]
    public void Pinyin_forms_stand_for_their_words_and_the_synonyms_of_those()
    {
        var synonyms = new SynonymTable([(IReadOnlyList<string>)["低保", "最低生活保障"]]);
        var pinyin = new PinyinWords(["低保", "高龄津贴"], PinyinTable.Default, synonyms);
        Assert.Equal(["低保", "最低生活保障"], pinyin.TermsOf("dibao"));
        Assert.Equal(["高龄津贴"], pinyin.TermsOf("gljt"));
        Assert.Empty(pinyin.TermsOf("db"));
    }

    [Fact]
    public void Max_match_reads_letters_that_are_no_word_as_pinyin_across_spaces()
    {
        var pinyin = new PinyinWords(["高龄津贴", "低保"], PinyinTable.Default, SynonymTable.Empty);
        var vocabulary = new QueryVocabulary(["高龄津贴", "低保", "abc"], pinyin: pinyin);
        var analyzer = new Chain(r => new MaxMatchTokenizer(r, vocabulary), s => s);
        Assert.Equal(["gaolingjintie/<PINYIN>/1"], AnalysisProbe.Terms(analyzer, "gao ling jin tie", withDetail: true));
        Assert.Equal(["dibao/<PINYIN>/1", "gljt/<PINYIN>/1"], AnalysisProbe.Terms(analyzer, "dibaoxx gljt", withDetail: true));
        // A letter run that is a word of the index stays that word.
        Assert.Equal("abc/<WORD>/1", AnalysisProbe.Terms(analyzer, "abc", withDetail: true)[0]);
    }

    [Fact]
    public void A_left_over_run_one_character_off_a_name_of_the_same_sound_is_that_name()
    {
        var pinyin = new PinyinWords(["低保", "补助"], PinyinTable.Default, SynonymTable.Empty);
        var vocabulary = new QueryVocabulary(["低保", "补助", "申请"], pinyin: pinyin);
        var analyzer = new Chain(r => new MaxMatchTokenizer(r, vocabulary), s => s);
        Assert.Equal("dibao", pinyin.SoundOf('底') + pinyin.SoundOf('保'));
        Assert.Equal(["dibao/<PINYIN>/1", "申请/<WORD>/1"], AnalysisProbe.Terms(analyzer, "底保申请", withDetail: true));
        // 不住 sounds like 补助 but shares no character with it: other words, not a slip.
        Assert.Equal(["撑不/<GRAM>/1", "不住/<GRAM>/1"], AnalysisProbe.Terms(analyzer, "撑不住", withDetail: true));
    }

    [Fact]
    public void A_character_outside_general_use_is_no_slip_of_the_keyboard()
    {
        var pinyin = new PinyinWords(["低保"], PinyinTable.Default, SynonymTable.Empty);
        var vocabulary = new QueryVocabulary(["低保", "申请"], pinyin: pinyin);
        var analyzer = new Chain(r => new MaxMatchTokenizer(r, vocabulary), s => s);
        // 仾 reads dī too, but is not in the 通用规范汉字表: no input method offers it for di.
        Assert.Equal("di", PinyinTable.Default.Of('仾')[0]);
        Assert.False(GeneralCharacters.Default.Contains('仾'));
        Assert.True(GeneralCharacters.Default.Contains('底'));
        Assert.Null(pinyin.SoundOf('仾'));
        Assert.DoesNotContain("dibao/<PINYIN>/1", AnalysisProbe.Terms(analyzer, "仾保申请", withDetail: true));
        Assert.Contains("dibao/<PINYIN>/1", AnalysisProbe.Terms(analyzer, "底保申请", withDetail: true));
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
    public void A_lone_ideograph_is_searched_as_a_word_unless_it_is_a_stop_word()
    {
        var vocabulary = new QueryVocabulary(["补贴", "牛"], stopWords: ["吗", "有"]);
        var analyzer = new Chain(r => new MaxMatchTokenizer(r, vocabulary), s => s);
        // 牛 is no vocabulary word (single ideographs never are), but left over alone it is searched.
        Assert.Equal(["牛/<WORD>/1", "补贴/<WORD>/1"], AnalysisProbe.Terms(analyzer, "牛有补贴吗", withDetail: true));
    }

    [Fact]
    public void A_single_ideograph_the_synonyms_name_is_a_word_within_a_run()
    {
        // 羊 of the index alone would be left inside the run 羊死了 and cut into bigrams; as a synonym word it is matched.
        var index = new QueryVocabulary(["补贴", "羊"]);
        var named = new QueryVocabulary(["补贴", "羊"], wholeWords: ["羊"]);
        Assert.DoesNotContain("羊/<WORD>/1", AnalysisProbe.Terms(new Chain(r => new MaxMatchTokenizer(r, index), s => s), "羊死了补贴", withDetail: true));
        Assert.Equal(["羊/<WORD>/1", "死了/<GRAM>/1", "补贴/<WORD>/1"],
            AnalysisProbe.Terms(new Chain(r => new MaxMatchTokenizer(r, named), s => s), "羊死了补贴", withDetail: true));
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
        var lexicon = DomainLexicon.From(SearchFixture.Content(), Fold);
        Assert.Contains("重度残疾人护理补贴", lexicon);
        Assert.Contains("阳泉市民政局", lexicon);
        Assert.Contains("最低生活保障", lexicon);
        Assert.Contains("低保", lexicon);
        Assert.DoesNotContain("80周岁", lexicon);
    }
}
