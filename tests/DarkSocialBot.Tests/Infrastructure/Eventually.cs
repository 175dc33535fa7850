namespace DarkSocialBot.Tests.Infrastructure;

public static class Eventually
{
    /// <summary>
    /// Polls until <paramref name="condition"/> holds, or fails after 30 s: generous, so that a machine running several
    /// suites at once only makes a passing test slower, never a failing one.
    /// </summary>
    public static async Task TrueAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition never became true.");
            await Task.Delay(25);
        }
    }
}
