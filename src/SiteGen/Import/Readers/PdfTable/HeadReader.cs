namespace SiteGen.Import.Readers.PdfTable;

/// <summary>
/// Reads 项目名称, 主管部门 and 政策级次 from the start of an item. The level is the first cell that is only a level word;
/// what comes before it is the title and then the department, which are told apart by where they sit or by their wrap widths.
/// </summary>
internal static class HeadReader
{
    // Shorter than any department name ("民政局"), so a lone wrapped tail such as "厅" is never taken for one.
    private const int ShortestDepartment = 3;

    public static ItemHead Read(IReadOnlyList<SourceLine> lines)
    {
        var judgements = new List<string>();
        var numberLineCells = Cells(lines[0].Text).Skip(1).ToList();
        var (levelLine, levelCell) = FindLevel(lines, numberLineCells);
        if (levelLine < 0)
        {
            judgements.Add("未找到政策级次单元格，已将序号之后的一行作为项目名称，其余内容按正文处理。");
            var titleLine = numberLineCells.Count > 0 ? string.Join(' ', numberLineCells) : FirstTextAfter(lines, 0);
            return new ItemHead(titleLine, null, null, 1, [], judgements);
        }

        var levelLineCells = levelLine == 0 ? numberLineCells : Cells(lines[levelLine].Text);
        var beforeLevel = levelLineCells.Take(levelCell).ToList();
        var afterLevel = levelLineCells.Skip(levelCell + 1).ToList();
        var level = levelLineCells[levelCell];
        var bodyStart = levelLine + 1;
        if (level.EndsWith('、') && NextLevelContinuation(lines, bodyStart) is { } continuation)
        {
            level += continuation.Level;
            afterLevel = continuation.Remaining;
            bodyStart = continuation.Index + 1;
            judgements.Add("政策级次单元格原分2行排版，已接续。");
        }

        var between = lines.Skip(1).Take(Math.Max(0, levelLine - 1)).Where(l => !l.IsBlank).Select(l => Clean(l.Text)).ToList();
        var titleCells = levelLine == 0 ? beforeLevel : numberLineCells;
        var (title, department) = SplitTitleAndDepartment(titleCells, levelLine == 0 ? [] : beforeLevel, between, judgements);
        if (department is null)
            judgements.Add("无法把主管部门单元格与项目名称区分开，主管部门暂留空。");
        return new ItemHead(title, department, level, bodyStart, afterLevel, judgements);
    }

    private static (string Title, string? Department) SplitTitleAndDepartment(
        List<string> numberLineCells, List<string> levelLinePrefix, List<string> between, List<string> judgements)
    {
        // "41 城市最低生活保障 民政局 中央": the number line carries the title and maybe the department.
        if (numberLineCells.Count > 0)
        {
            var title = numberLineCells[0];
            var rest = numberLineCells.Skip(1).Concat(between).Concat(levelLinePrefix).ToList();
            return (title, rest.Count > 0 ? WrapJoin.JoinAll(rest) : null);
        }

        // "贴 / 民政局 中央": the department shares the level's line.
        if (levelLinePrefix.Count > 0)
        {
            var titleParts = between.Concat(levelLinePrefix.Take(levelLinePrefix.Count - 1));
            return (WrapJoin.JoinAll(titleParts), levelLinePrefix[^1]);
        }

        if (between.Count == 0) return (string.Empty, null);

        // Title and department are separate narrow columns: the title wraps at its width, the department at a narrower one.
        // The latest split that gives two well-wrapped cells wins: titles wrap over more lines than department names do.
        for (var split = between.Count - 1; split >= 1; split--)
        {
            var titleLines = between.Take(split).ToList();
            var departmentLines = between.Skip(split).ToList();
            var department = WrapJoin.JoinAll(departmentLines);
            if (department.Length >= ShortestDepartment && WrapWidths.FormOneCell(titleLines) && WrapWidths.FormOneCell(departmentLines))
            {
                if (departmentLines.Count > 1)
                    judgements.Add($"主管部门单元格原分{departmentLines.Count}行排版，已接续；依据其较窄的换行宽度与项目名称区分。");
                return (WrapJoin.JoinAll(titleLines), department);
            }
        }
        return (WrapJoin.JoinAll(between), null);
    }

    private static (int Line, int Cell) FindLevel(IReadOnlyList<SourceLine> lines, List<string> numberLineCells)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var cells = i == 0 ? numberLineCells : Cells(lines[i].Text);
            var index = cells.FindIndex(c => CellShapes.LevelToken().IsMatch(c));
            if (index >= 0) return (i, index);
        }
        return (-1, -1);
    }

    private static (string Level, List<string> Remaining, int Index)? NextLevelContinuation(IReadOnlyList<SourceLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) continue;
            var cells = Cells(lines[i].Text);
            return CellShapes.LevelToken().IsMatch(cells[0]) ? (cells[0], cells.Skip(1).ToList(), i) : null;
        }
        return null;
    }

    private static string FirstTextAfter(IReadOnlyList<SourceLine> lines, int index) =>
        lines.Skip(index + 1).FirstOrDefault(l => !l.IsBlank) is { } line ? Clean(line.Text) : string.Empty;

    private static List<string> Cells(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string Clean(string text) => CellShapes.Whitespace().Replace(text.Trim(), " ");
}
