namespace SiteGen.Tests.Search.Relevance;

/// <summary>One question of a relevance file (YamlDotNet fills the properties).</summary>
public sealed class RelevanceQuestion
{
    public string Q { get; set; } = "";
    public List<string> Expect { get; set; } = [];
    public string? Region { get; set; }
    public string? DeptType { get; set; }
    public string? Audience { get; set; }
    public string? Note { get; set; }
    /// <summary>How the question is asked (colloquial, pinyin, place …), in the caller sets.</summary>
    public string? Kind { get; set; }
}

public sealed class RelevanceFile
{
    public List<RelevanceQuestion> Questions { get; set; } = [];

    public static RelevanceFile Load(string path) =>
        new YamlDotNet.Serialization.DeserializerBuilder()
            .WithNamingConvention(YamlDotNet.Serialization.NamingConventions.UnderscoredNamingConvention.Instance)
            .Build()
            .Deserialize<RelevanceFile>(File.ReadAllText(path)) ?? new RelevanceFile();
}
