using Clauseline.Accounts;
using Clauseline.Storage;
using Clauseline.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;

namespace Clauseline.Tests.Accounts;

/// <summary>The accounts part of the store, on SQLite and PostgreSQL: tokens, API keys, memberships and sign-in attempts.</summary>
public sealed class AccountStoreTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private async Task<(Pipeline Pipeline, Store Store, FakeTimeProvider Time)> StartAsync(string kind)
    {
        var pipeline = await Pipeline.StartAsync(kind, postgres);
        var time = new FakeTimeProvider(Start);
        return (pipeline, new Store(pipeline.Store.Database, time), time);
    }

    [Fact]
    public void Passwords_are_hashed_in_Identity_format_and_a_wrong_one_fails()
    {
        var hash = Passwords.Hash("correct horse battery");

        Assert.Equal(0x01, Convert.FromBase64String(hash)[0]);
        Assert.True(Passwords.Verify(hash, "correct horse battery").Succeeded);
        Assert.Null(Passwords.Verify(hash, "correct horse battery").Rehash);
        Assert.False(Passwords.Verify(hash, "correct horse batterY").Succeeded);
        Assert.NotEqual(hash, Passwords.Hash("correct horse battery"));
    }

    [Fact]
    public void A_hash_in_the_old_Identity_format_is_replaced_on_sign_in()
    {
        var old = new PasswordHasher<User>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2 }))
            .HashPassword(null!, "correct horse battery");

        var check = Passwords.Verify(old, "correct horse battery");

        Assert.True(check.Succeeded);
        Assert.NotNull(check.Rehash);
        Assert.Equal(0x01, Convert.FromBase64String(check.Rehash)[0]);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_token_works_once_and_not_after_it_expires(string kind)
    {
        var (pipeline, store, time) = await StartAsync(kind);
        await using var _ = pipeline;
        var user = (await store.CreateUserAsync("Ada@Example.org ", Passwords.Hash("correct horse battery"), organisationName: "Engines", cancellationToken: TestContext.Current.CancellationToken))!;
        var once = await store.CreateUserTokenAsync(user.Id, TokenPurpose.VerifyEmail, cancellationToken: TestContext.Current.CancellationToken);
        var late = await store.CreateUserTokenAsync(user.Id, TokenPurpose.ResetPassword, cancellationToken: TestContext.Current.CancellationToken);

        var wrongPurpose = await store.ConsumeUserTokenAsync(once, TokenPurpose.ResetPassword, TestContext.Current.CancellationToken);
        var first = await store.ConsumeUserTokenAsync(once, TokenPurpose.VerifyEmail, TestContext.Current.CancellationToken);
        var second = await store.ConsumeUserTokenAsync(once, TokenPurpose.VerifyEmail, TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMinutes(61));
        var expired = await store.ConsumeUserTokenAsync(late, TokenPurpose.ResetPassword, TestContext.Current.CancellationToken);
        await using var connection = await store.Database.OpenAsync(TestContext.Current.CancellationToken);
        var stored = await connection.ScalarAsync<long>("SELECT COUNT(*) FROM user_tokens WHERE token_hash = @raw", [("raw", once)], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("ada@example.org", user.Email);
        Assert.IsType<TokenRefused>(wrongPurpose);
        Assert.Equal(user.Id, Assert.IsType<TokenAccepted>(first).UserId);
        Assert.Contains("already been used", Assert.IsType<TokenRefused>(second).Reason, StringComparison.Ordinal);
        Assert.Contains("expired", Assert.IsType<TokenRefused>(expired).Reason, StringComparison.Ordinal);
        Assert.Equal(0, stored);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task An_api_key_is_stored_as_its_hash_found_by_the_raw_key_and_refused_once_revoked(string kind)
    {
        var (pipeline, store, _) = await StartAsync(kind);
        await using var _ = pipeline;
        var organisation = await store.CreateOrganisationAsync("Engines", TestContext.Current.CancellationToken);

        var created = await store.CreateApiKeyAsync(organisation.Id, "Dashboard", ApiKeyScope.ReadWrite, cancellationToken: TestContext.Current.CancellationToken);
        await using var connection = await store.Database.OpenAsync(TestContext.Current.CancellationToken);
        var storedHash = await connection.ScalarAsync<string>("SELECT key_hash FROM api_keys WHERE id = @id", [("id", created.Key.Id)], cancellationToken: TestContext.Current.CancellationToken);
        var found = await store.FindApiKeyAsync(created.RawKey, TestContext.Current.CancellationToken);
        var forged = await store.FindApiKeyAsync($"cl_{created.Key.Prefix}_{new string('0', 48)}", TestContext.Current.CancellationToken);
        var revoked = await store.RevokeApiKeyAsync(organisation.Id, created.Key.Id, TestContext.Current.CancellationToken);
        var afterRevoke = await store.FindApiKeyAsync(created.RawKey, TestContext.Current.CancellationToken);

        Assert.StartsWith($"cl_{created.Key.Prefix}_", created.RawKey, StringComparison.Ordinal);
        Assert.Equal(Secrets.Hash(created.RawKey), storedHash);
        Assert.DoesNotContain(created.RawKey, storedHash, StringComparison.Ordinal);
        Assert.Equal(ApiKeyScope.ReadWrite, found!.Scope);
        Assert.Null(forged);
        Assert.True(revoked);
        Assert.Null(afterRevoke);
        Assert.Equal(0, await store.CountActiveApiKeysAsync(organisation.Id, TestContext.Current.CancellationToken));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_first_user_is_administrator_and_an_organisation_keeps_one_owner(string kind)
    {
        var (pipeline, store, _) = await StartAsync(kind);
        await using var _ = pipeline;
        var first = (await store.CreateUserAsync("first@example.org", "h", organisationName: "Engines", firstIsAdmin: true, cancellationToken: TestContext.Current.CancellationToken))!;
        var second = (await store.CreateUserAsync("second@example.org", "h", organisationName: "Engines", firstIsAdmin: true, cancellationToken: TestContext.Current.CancellationToken))!;
        var duplicate = await store.CreateUserAsync("FIRST@example.org", "h", cancellationToken: TestContext.Current.CancellationToken);
        var engines = (await store.GetOrganisationsOfUserAsync(first.Id, TestContext.Current.CancellationToken))[0].Organisation;

        await store.AddMemberAsync(engines.Id, second.Id, Role.Member, TestContext.Current.CancellationToken);
        var demoteLast = await store.SetRoleAsync(engines.Id, first.Id, Role.Member, TestContext.Current.CancellationToken);
        var removeLast = await store.RemoveMemberAsync(engines.Id, first.Id, TestContext.Current.CancellationToken);
        var promote = await store.SetRoleAsync(engines.Id, second.Id, Role.Owner, TestContext.Current.CancellationToken);
        var removeNow = await store.RemoveMemberAsync(engines.Id, first.Id, TestContext.Current.CancellationToken);

        Assert.True(first.IsAdmin);
        Assert.False(second.IsAdmin);
        Assert.Null(duplicate);
        Assert.Equal("engines-2", (await store.GetOrganisationsOfUserAsync(second.Id, TestContext.Current.CancellationToken)).Single(o => o.Organisation.Id != engines.Id).Organisation.Slug);
        Assert.Equal(MembershipChange.LastOwner, demoteLast);
        Assert.Equal(MembershipChange.LastOwner, removeLast);
        Assert.Equal(MembershipChange.Done, promote);
        Assert.Equal(MembershipChange.Done, removeNow);
        Assert.Equal([second.Id], (await store.GetMembersAsync(engines.Id, TestContext.Current.CancellationToken)).Select(m => m.User.Id));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Failed_sign_ins_throttle_an_email_until_the_oldest_leaves_the_window(string kind)
    {
        var (pipeline, store, time) = await StartAsync(kind);
        await using var _ = pipeline;
        for (var i = 0; i < SignInThrottle.MaxPerEmail; i++)
        {
            await store.RecordSignInAttemptAsync("ada@example.org", "10.0.0.1", succeeded: false, TestContext.Current.CancellationToken);
            time.Advance(TimeSpan.FromMinutes(1));
        }
        await store.RecordSignInAttemptAsync("grace@example.org", "10.0.0.1", succeeded: false, TestContext.Current.CancellationToken);

        async Task<DateTimeOffset?> RetryAtAsync(string email) => SignInThrottle.RetryAt(
            await store.GetFailedSignInsByEmailAsync(email, time.GetUtcNow() - SignInThrottle.Window, TestContext.Current.CancellationToken),
            await store.GetFailedSignInsByAddressAsync("10.0.0.1", time.GetUtcNow() - SignInThrottle.Window, TestContext.Current.CancellationToken));
        var now = await RetryAtAsync("ada@example.org");
        var other = await RetryAtAsync("grace@example.org");
        time.Advance(TimeSpan.FromMinutes(11));
        var later = await RetryAtAsync("ada@example.org");

        Assert.Equal(Start + SignInThrottle.Window, now);
        Assert.Null(other);
        Assert.Null(later);
    }
}
