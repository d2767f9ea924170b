namespace Clauseline.Tests.Infrastructure;

/// <summary>
/// What a test does when a real part (PostgreSQL, Chromium, the shared data) is missing: skip with a
/// message on a developer's machine, fail under <c>CI=true</c> where the part must be there.
/// </summary>
public static class Requirements
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Missing(string what)
    {
        if (InCi)
            Assert.Fail($"{what} is required under CI=true but is missing");
        Assert.Skip($"{what} is missing; install it to run this test");
    }

    /// <summary>The shared data folder (never copied into the repository); skips the test when it is absent.</summary>
    public static string SharedData(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", relative);
            if (Directory.Exists(candidate))
                return candidate;
        }
        Assert.Skip($"../shared/data/{relative} is absent: this test reads real data from there and skips without it");
        return "";
    }
}
