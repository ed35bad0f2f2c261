using SiteGen.Import.Merging;

namespace SiteGen.Tests.Import.Merge;

/// <summary>The three-way merge of one programme file: base (the importer's last text), the editor's file, the new import.</summary>
public sealed class FieldMergeTests
{
    private const string Base = """
        ---
        id: north-01
        title: 最低生活保障
        aliases:
          - 低保
        standard: 城市低保标准657元/月/人。
        source:
          file: seeds/a.txt
          lines: "2"
        judgements:
          - 第2行的部门沿用上一行。
        ---

        """;

    private static string Edit(string text, string find, string replace)
    {
        Assert.Contains(find, text);
        return text.Replace(find, replace);
    }

    [Fact]
    public void A_field_only_the_source_changed_takes_the_new_value_and_the_editors_fields_stay()
    {
        var edited = Edit(Base, "  - 低保\n", "  - 低保\n  - 城市低保\n") + "";
        var imported = Edit(Base, "657", "700");
        var merged = FieldMerge.Merge(Base, edited, imported)!;
        Assert.True(merged.Clean);
        Assert.Contains("standard: 城市低保标准700元/月/人。", merged.Text);
        Assert.Contains("  - 城市低保\n", merged.Text);
        Assert.Equal(["standard"], merged.SourceChanges.Select(c => c.Field));
        Assert.Equal(["aliases"], merged.EditedFields);
        Assert.Equal([new FigureChange("standard", "657", "700")], merged.Figures);
    }

    [Fact]
    public void A_field_both_changed_differently_is_a_conflict_of_that_field_alone_with_both_values_marked()
    {
        var edited = Edit(Edit(Base, "657元/月/人。", "657元/月/人（2025年）。"), "  - 低保\n", "  - 低保\n  - 城市低保\n");
        var imported = Edit(Edit(Base, "657", "700"), "lines: \"2\"", "lines: \"3\"");
        var merged = FieldMerge.Merge(Base, edited, imported)!;
        var conflict = Assert.Single(merged.Conflicts);
        Assert.Equal("standard", conflict.Field);
        Assert.Equal("standard: 城市低保标准657元/月/人（2025年）。\n", conflict.Edited);
        Assert.Equal("standard: 城市低保标准700元/月/人。\n", conflict.Imported);
        var marked = merged.Text[merged.Text.IndexOf(FieldMerge.MarkEdited, StringComparison.Ordinal)..merged.Text.IndexOf(FieldMerge.MarkImported, StringComparison.Ordinal)];
        Assert.Contains("（2025年）", marked);
        Assert.Contains("700", marked);
        // Outside the conflict the merge went on: the source's new lines, the editor's alias.
        Assert.Contains("  lines: \"3\"", merged.Text);
        Assert.Contains("  - 城市低保\n", merged.Text);
        Assert.Empty(merged.Carried);
    }

    [Fact]
    public void Lists_merge_item_by_item_and_mappings_key_by_key()
    {
        var edited = Edit(Edit(Base, "judgements:\n", "judgements:\n  - 编辑更正：补充简称。\n"), "  lines: \"2\"\n", "  lines: \"2\"\n  item: \"1\"\n");
        var imported = Edit(Edit(Base, "  - 第2行的部门沿用上一行。\n", "  - 第3行的部门沿用上一行。\n"), "lines: \"2\"", "lines: \"3\"");
        var merged = FieldMerge.Merge(Base, edited, imported)!;
        Assert.True(merged.Clean, string.Join(", ", merged.Conflicts.Select(c => c.Field)));
        Assert.Contains("judgements:\n  - 编辑更正：补充简称。\n  - 第3行的部门沿用上一行。\n", merged.Text);
        Assert.DoesNotContain("第2行", merged.Text);
        Assert.Contains("source:\n  file: seeds/a.txt\n  lines: \"3\"\n  item: \"1\"\n", merged.Text);
    }

    [Fact]
    public void The_editors_own_field_that_quoted_a_changed_figure_is_brought_up_to_date()
    {
        var edited = Edit(Base, "judgements:", "answer:\n  how_much: 城市每人每月657元，按差额发放。\njudgements:");
        var imported = Edit(Base, "657", "700");
        var merged = FieldMerge.Merge(Base, edited, imported)!;
        Assert.Contains("  how_much: 城市每人每月700元，按差额发放。", merged.Text);
        Assert.Equal([new FigureChange("answer", "657", "700")], merged.Carried);
    }

    [Fact]
    public void An_edit_the_new_source_makes_itself_is_reported_as_no_longer_needed()
    {
        var edited = Edit(Base, "657元/月/人。", "657元/月/人，按差额发放。");
        var merged = FieldMerge.Merge(Base, edited, edited)!;
        Assert.True(merged.Clean);
        Assert.Equal(["standard"], merged.NoLongerNeeded);
    }

    [Fact]
    public void A_field_the_source_adds_goes_where_the_new_import_puts_it_and_one_it_drops_goes()
    {
        var imported = Edit(Edit(Base, "standard:", "eligibility: 家庭人均收入低于标准。\nstandard:"), "aliases:\n  - 低保\n", "");
        var merged = FieldMerge.Merge(Base, Base, imported)!;
        Assert.Equal(imported, merged.Text);
    }

    [Fact]
    public void A_front_matter_the_block_reader_cannot_follow_is_left_to_the_editor_whole()
    {
        var edited = Edit(Base, "title: 最低生活保障\n", "title: 最低生活保障\n# 编辑的注释\n");
        Assert.Null(FieldMerge.Merge(Base, edited, Edit(Base, "657", "700")));
    }
}
