using System.Text.RegularExpressions;
using Clauseline.Accounts;
using Clauseline.Storage;
using Clauseline.Tests.Cli;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Accounts;

/// <summary><c>clauseline users</c> and <c>clauseline orgs</c>, run as the real executable on a SQLite archive.</summary>
public sealed partial class AccountCommandTests : IDisposable
{
    private readonly TestFolder _folder = new();

    private Task<ClauselineProcess.Run> Clauseline(params string[] arguments) =>
        ClauselineProcess.RunAsync(["--data", _folder.Path, "--catalog", _folder.File("catalog"), .. arguments]);

    [Fact]
    public async Task Users_add_prints_a_generated_password_that_signs_in_and_orgs_plan_sets_the_plan()
    {
        Directory.CreateDirectory(_folder.File("catalog"));

        var add = await Clauseline("users", "add", "Ada@Example.org", "--admin", "--org", "Analytical Engines");
        var member = await Clauseline("users", "add", "grace@example.org", "--org", "analytical-engines");
        var users = await Clauseline("users", "list");
        var plan = await Clauseline("orgs", "plan", "analytical-engines", "monitor");
        var orgs = await Clauseline("orgs", "list");
        var show = await Clauseline("orgs", "show", "analytical-engines");
        var unknownOrg = await Clauseline("orgs", "plan", "nobody", "monitor");
        var unknownPlan = await Clauseline("orgs", "plan", "analytical-engines", "platinum");
        var duplicate = await Clauseline("users", "add", "ada@example.org");

        Assert.True(add.ExitCode == 0, add.Error + add.Output);
        Assert.Contains("added ada@example.org (administrator), owner of the new organisation Analytical Engines", add.Output, StringComparison.Ordinal);
        var password = Generated().Match(add.Output).Groups[1].Value;
        await using var database = new SqliteDatabase(_folder.File("clauseline.db"));
        var store = new Store(database, TimeProvider.System);
        var credentials = (await store.GetCredentialsAsync("ada@example.org", TestContext.Current.CancellationToken))!;
        Assert.True(Passwords.Verify(credentials.PasswordHash, password).Succeeded);
        Assert.True(credentials.User.IsAdmin);
        Assert.True(credentials.User.EmailVerified);
        Assert.Contains("member of analytical-engines", member.Output, StringComparison.Ordinal);
        // Spectre wraps table cells at the redirected width, so only whole words are looked for.
        Assert.Equal(0, users.ExitCode);
        Assert.Contains("(member)", users.Output, StringComparison.Ordinal);
        Assert.Contains("analytical-engines: free -> monitor", plan.Output, StringComparison.Ordinal);
        Assert.Equal(0, orgs.ExitCode);
        Assert.Contains("monitor", orgs.Output, StringComparison.Ordinal);
        Assert.Contains("plan:       monitor (up to 25 platforms", show.Output, StringComparison.Ordinal);
        Assert.Contains("grace@example.org  member", show.Output, StringComparison.Ordinal);
        Assert.Equal(2, unknownOrg.ExitCode);
        Assert.Contains("there is no organisation 'nobody'", unknownOrg.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknownPlan.ExitCode);
        Assert.Contains("'platinum' is not a plan", unknownPlan.Error, StringComparison.Ordinal);
        Assert.Equal(2, duplicate.ExitCode);
        Assert.Equal(Plan.Monitor, (await store.FindOrganisationAsync("analytical-engines", TestContext.Current.CancellationToken))!.Plan);
    }

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex(@"password: (\S+)")]
    private static partial Regex Generated();
}
