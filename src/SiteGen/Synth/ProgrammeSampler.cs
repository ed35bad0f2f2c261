using SiteGen.Content.Model;

namespace SiteGen.Synth;

/// <summary>
/// Fills each made-up county with programmes sampled from the real ones and re-homed: a new id, the county as region,
/// the made-up counterpart of the real office. Everything else is kept as written, the source (file, lines, item)
/// above all, so every figure still traces to the real seed lines and every phone to the lines that print it.
/// A county draws from a fresh shuffle of all real programmes, so none repeats within a county while there are enough.
/// </summary>
public sealed class ProgrammeSampler(SeededRandom random, IReadOnlyList<BenefitProgram> realProgrammes, DepartmentRehoming departments)
{
    public IReadOnlyList<BenefitProgram> Sample(IReadOnlyList<CountyChain> counties, int programmes)
    {
        var sampled = new List<BenefitProgram>(programmes);
        for (var i = 0; i < counties.Count; i++)
        {
            // Spread evenly: the first counties take one more when the count does not divide.
            var count = programmes / counties.Count + (i < programmes % counties.Count ? 1 : 0);
            sampled.AddRange(Fill(counties[i], count));
        }
        return sampled;
    }

    private IEnumerable<BenefitProgram> Fill(CountyChain chain, int count)
    {
        var width = Math.Max(2, count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var deck = new List<BenefitProgram>();
        for (var n = 1; n <= count; n++)
        {
            if (deck.Count == 0)
            {
                deck.AddRange(realProgrammes);
                random.Shuffle(deck);
            }
            var real = deck[^1];
            deck.RemoveAt(deck.Count - 1);
            yield return real with
            {
                Id = $"{chain.County.Id}-{n.ToString("D" + width, System.Globalization.CultureInfo.InvariantCulture)}",
                Region = chain.County.Id,
                Department = departments.For(real.Department, chain).Id,
            };
        }
    }
}
