namespace DarkSocialBot.Core.Recognizers;

/// <summary>
/// How long a regular expression may take on what a customer wrote (clipped to 1,000 characters): a guard against a
/// pathological input, not a budget. It is wall-clock time and includes compiling the match code on its first use and any
/// pause of the process, so it must stay far above a normal match: at 100 ms the first matches of a busy process threw
/// now and then (about 1 cold start in 20 with eight turns at once on two cores), which failed the turn or, where a
/// timeout counts as no match, silently dropped a flight number.
/// </summary>
public static class MatchTimeout
{
    public const int Milliseconds = 2000;
}
