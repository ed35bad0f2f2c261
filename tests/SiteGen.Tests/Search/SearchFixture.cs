using SiteGen.Content.Model;

namespace SiteGen.Tests.Search;

/// <summary>
/// A small invented ContentSet for search tests: realistic wording, fictional figures and phone
/// numbers. Test data only; nothing here is published.
/// </summary>
public static class SearchFixture
{
    private static readonly SourceSpan At = new("fixture", 1, 1);

    public static ContentSet Content() => new()
    {
        Site = new SiteSettings { Title = "测试站点", SiteName = "测试站点", ContentSource = "测试", Origin = At },
        Regions =
        [
            new("shanxi", "山西省", null, "省", At),
            new("yangquan", "阳泉市", "shanxi", "市", At),
            new("changzhi", "长治市", "shanxi", "市", At),
            new("luzhou", "潞州区", "changzhi", "县", At),
            new("lvliang", "吕梁市", "shanxi", "市", At),
        ],
        Departments =
        [
            new("yq-mz", "阳泉市民政局", "yangquan", "minzheng", At),
            new("yq-cl", "阳泉市残疾人联合会", "yangquan", "canlian", At),
            new("yq-rs", "阳泉市人力资源和社会保障局", "yangquan", "renshe", At),
            new("cz-mz", "长治市民政局", "changzhi", "minzheng", At),
            new("cz-cl", "长治市残疾人联合会", "changzhi", "canlian", At),
            new("lz-mz", "潞州区民政局", "luzhou", "minzheng", At),
            new("ll-mz", "吕梁市民政局", "lvliang", "minzheng", At),
        ],
        DepartmentTypes = [Term("minzheng", "民政部门"), Term("canlian", "残联"), Term("renshe", "人社部门")],
        Audiences = [Term("elderly", "老年人"), Term("disabled", "残疾人"), Term("lowincome", "低收入家庭"), Term("unemployed", "就业困难人员"), Term("children", "困境儿童")],
        Categories = [Term("basic", "基本生活救助"), Term("disability", "残疾人福利"), Term("employment", "就业援助"), Term("emergency", "急难救助")],
        Kinds = [Term("dibao", "最低生活保障"), Term("gaoling", "高龄津贴")],
        Documents = [],
        Sources = [],
        Programs = Programs(),
        Synonyms =
        [
            Group("低保", "最低生活保障"),
            Group("五保", "特困", "特困人员"),
            Group("老人", "老年人"),
            Group("补贴", "补助", "津贴"),
            Group("残疾证", "残疾人证"),
            Group("火灾", "失火", "着火"),
        ],
    };

    private static Term Term(string id, string name) => new(id, name, null, At);

    private static SynonymGroup Group(params string[] words) => new(words, At);

    private static BenefitProgram Program(string id, string title, string region, string department, string standard) => new()
    {
        Id = id, Title = title, Region = region, Department = department, Standard = standard,
        Source = new SourceRef("fixture.txt", 1, 1, null), Origin = At,
    };

    private static IReadOnlyList<BenefitProgram> Programs() =>
    [
        Program("yangquan-01", "最低生活保障", "yangquan", "yq-mz", "城市低保标准每人每月760元，农村低保标准每人每年6000元。") with
        {
            Kind = "dibao", Audiences = ["lowincome"], Categories = ["basic"],
            Eligibility = "持有本市常住户口的居民，共同生活的家庭成员人均收入低于当地最低生活保障标准，且家庭财产状况符合规定条件的。",
            Procedure = ["向户籍所在地乡镇（街道）提出书面申请", "乡镇（街道）调查核实并审核确认"],
            Phones = ["0353-2021234"],
        },
        Program("yangquan-02", "特困人员救助供养", "yangquan", "yq-mz", "基本生活标准不低于当地城市低保标准的1.3倍，照料护理标准按生活自理能力分档确定。") with
        {
            Audiences = ["elderly", "disabled"], Categories = ["basic"],
            Eligibility = "老年人、残疾人以及未满18周岁的未成年人，无劳动能力、无生活来源、无法定赡养抚养扶养义务人或者其法定义务人无履行义务能力的。",
            Phones = ["0353-2021234"],
        },
        Program("yangquan-03", "高龄津贴", "yangquan", "yq-mz", "80周岁及以上老年人每人每月50元，90周岁及以上每人每月100元，100周岁及以上每人每月300元。") with
        {
            Kind = "gaoling", Aliases = ["高龄老人补贴"], Audiences = ["elderly"], Categories = ["basic"],
            Eligibility = "具有本市户籍、年满80周岁的老年人。", Phones = ["0353-2021235"],
        },
        Program("yangquan-04", "重度残疾人护理补贴", "yangquan", "yq-cl", "一级、二级重度残疾人每人每月90元。") with
        {
            Audiences = ["disabled"], Categories = ["disability"],
            Eligibility = "持有第二代《中华人民共和国残疾人证》、残疾等级为一级或二级且需要长期照护的重度残疾人。",
            Procedure = ["本人或监护人向户籍所在地乡镇（街道）提出申请", "县级残联审核，民政部门审定"],
            Phones = ["0353-2045678"],
        },
        Program("yangquan-05", "困难残疾人生活补贴", "yangquan", "yq-cl", "低保家庭中的残疾人每人每月90元。") with
        {
            Audiences = ["disabled", "lowincome"], Categories = ["disability"],
            Eligibility = "纳入最低生活保障范围的残疾人。", Phones = ["0353-2045678"],
        },
        Program("yangquan-06", "一次性求职补贴", "yangquan", "yq-rs", "每人一次性补贴1000元。") with
        {
            Audiences = ["unemployed"], Categories = ["employment"],
            Eligibility = "毕业年度内有就业创业意愿并积极求职的低保家庭、零就业家庭、残疾人家庭高校毕业生。",
            Phones = ["0353-2100100"],
        },
        Program("yangquan-07", "临时救助", "yangquan", "yq-mz", "一般按当地月低保标准的2至6倍发放，最高不超过12倍。") with
        {
            Audiences = ["lowincome"], Categories = ["emergency"],
            Eligibility = "因火灾、交通事故等意外事件，或家庭成员突发重大疾病，导致基本生活暂时出现严重困难的家庭或个人。",
            Phones = ["0353-2021234"],
        },
        Program("luzhou-01", "最低生活保障", "luzhou", "lz-mz", "城市低保每人每月657元，农村低保每人每年5400元。") with
        {
            Kind = "dibao", Audiences = ["lowincome"], Categories = ["basic"], Phones = ["0355-3021111"],
        },
        Program("luzhou-02", "临时救助", "luzhou", "lz-mz", "急难型临时救助，救助金额最高不超过当地月低保标准的6倍。") with
        {
            Audiences = ["lowincome"], Categories = ["emergency"], Phones = ["0355-3021111"],
        },
        Program("changzhi-01", "孤儿基本生活保障", "changzhi", "cz-mz", "集中供养孤儿每人每月1800元，社会散居孤儿每人每月1400元。") with
        {
            Audiences = ["children"], Categories = ["basic"],
            Eligibility = "父母双方均死亡或者被人民法院宣告失踪、宣告死亡的未满18周岁的未成年人。",
            Phones = ["0355-2222333"],
        },
        Program("changzhi-02", "残疾人两项补贴", "changzhi", "cz-cl", "困难残疾人生活补贴每人每月80元，重度残疾人护理补贴每人每月90元。") with
        {
            Aliases = ["困难残疾人生活补贴和重度残疾人护理补贴"], Audiences = ["disabled"], Categories = ["disability"],
            Phones = ["0355-2444555"],
        },
        Program("lvliang-01", "高龄补贴", "lvliang", "ll-mz", "80至89周岁老年人每人每月30元，90至99周岁每人每月100元，100周岁及以上每人每月500元。") with
        {
            Kind = "gaoling", Audiences = ["elderly"], Categories = ["basic"], Phones = ["0358-8220000"],
        },
    ];
}
