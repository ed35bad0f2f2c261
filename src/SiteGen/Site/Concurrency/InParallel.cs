using System.Runtime.ExceptionServices;

namespace SiteGen.Site.Concurrency;

/// <summary>
/// Work spread over the cores whose failure reads as if it ran on one: the first error (in input order, so the
/// same one every time) is rethrown as itself, not wrapped, so callers report it as they would any other.
/// </summary>
public static class InParallel
{
    public static void ForEach<T>(IReadOnlyList<T> items, Action<T> work)
    {
        var errors = new Exception?[items.Count];
        System.Threading.Tasks.Parallel.For(0, items.Count, (i, state) =>
        {
            try { work(items[i]); }
            catch (Exception e)
            {
                errors[i] = e;
                state.Break();
            }
        });
        if (errors.FirstOrDefault(e => e is not null) is { } first) ExceptionDispatchInfo.Throw(first);
    }
}
