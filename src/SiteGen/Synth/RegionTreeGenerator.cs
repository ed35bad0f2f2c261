using SiteGen.Content.Model;

namespace SiteGen.Synth;

/// <summary>A made-up county with the city and province above it.</summary>
public sealed record CountyChain(Region Province, Region City, Region County)
{
    /// <summary>The region of the chain at a level (省, 市 or 县); the county for any other level.</summary>
    public Region At(string level) => level switch
    {
        RegionTreeGenerator.ProvinceLevel => Province,
        RegionTreeGenerator.CityLevel => City,
        _ => County,
    };
}

/// <summary>The made-up region tree: its regions in file order (each province, then each city followed by its counties) and its counties.</summary>
public sealed record SyntheticRegions(IReadOnlyList<Region> Regions, IReadOnlyList<CountyChain> Counties);

/// <summary>
/// Grows provinces → cities → counties until there are as many counties as asked for, with a varied number of
/// cities per province and counties per city, as real provinces have.
/// </summary>
public sealed class RegionTreeGenerator(SeededRandom random, PlaceNamer namer)
{
    public const string ProvinceLevel = "省";
    public const string CityLevel = "市";
    public const string CountyLevel = "县";

    private const int FewestCitiesPerProvince = 6, MostCitiesPerProvince = 14;
    private const int FewestCountiesPerCity = 4, MostCountiesPerCity = 12;

    private static readonly SourceSpan Origin = new("regions.yaml", 0, 0);

    public SyntheticRegions Generate(int counties)
    {
        var regions = new List<Region>();
        var chains = new List<CountyChain>();
        while (chains.Count < counties)
        {
            var province = Place(ProvinceLevel, parent: null);
            regions.Add(province);
            var cities = random.Between(FewestCitiesPerProvince, MostCitiesPerProvince);
            for (var c = 0; c < cities && chains.Count < counties; c++)
            {
                var city = Place(CityLevel, province.Id);
                regions.Add(city);
                var under = Math.Min(random.Between(FewestCountiesPerCity, MostCountiesPerCity), counties - chains.Count);
                for (var k = 0; k < under; k++)
                {
                    var county = Place(CountyLevel, city.Id);
                    regions.Add(county);
                    chains.Add(new CountyChain(province, city, county));
                }
            }
        }
        return new SyntheticRegions(regions, chains);
    }

    private Region Place(string level, string? parent)
    {
        var name = namer.Next(level);
        return new Region(name.Id, name.Name, parent, level, Origin);
    }
}
