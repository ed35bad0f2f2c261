namespace SiteGen.Tests.Support;

/// <summary>
/// A small division table for the mini site (测试省 with 北市, 南市 and a 西市 its regions.yaml does not list),
/// written to content/places/divisions.csv by the tests that need one; the fixture itself has no places folder.
/// </summary>
public static class MiniDivisions
{
    public const string Path = "places/divisions.csv";

    public const string Csv = """
        code,id,name,parent,level
        99,ceshi,测试省,,省
        9901,beishi,北市,99,市
        990101,dongxian,东县,9901,县
        990102,xiqu,西区,9901,县
        9902,nanshi,南市,99,市
        990201,zhongxian,中县,9902,县
        9903,xishi,西市,99,市
        990301,yuanxian,远县,9903,县

        """;

    public static void WriteTo(TempSite site, string csv = Csv) => site.Write(Path, csv);
}
