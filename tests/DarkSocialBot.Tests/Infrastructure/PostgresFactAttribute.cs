namespace DarkSocialBot.Tests.Infrastructure;

/// <summary>
/// A test that needs the PostgreSQL server named by <c>DSB_TEST_POSTGRES</c> (CI installs and starts one:
/// scripts/install-test-deps.sh). Without it the test is reported as skipped, with the reason.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(PostgresDatabase.ServerConnectionString))
            Skip = "Set DSB_TEST_POSTGRES (scripts/install-test-deps.sh prints it) to run the PostgreSQL tests.";
    }
}
