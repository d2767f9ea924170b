using System.Data.Common;
using Clauseline.Accounts;
using Clauseline.Catalog;

namespace Clauseline.Storage;

/// <summary>Organisations and users. Emails are stored normalised (trimmed, lower-case); passwords only as hashes.</summary>
public sealed partial class Store
{
    private const string OrganisationColumns = "o.id, o.slug, o.name, o.plan, o.time_zone, o.profile, o.no_changes_digest, o.feed_token, o.created_at";

    private const string UserColumns = "u.id, u.email, u.display_name, u.email_verified_at, u.is_admin, u.created_at";

    /// <summary>Creates an organisation with a slug of its own (its name's, numbered when taken) and a random feed token.</summary>
    public async Task<Organisation> CreateOrganisationAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await InsertOrganisationAsync(connection, transaction, name, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await GetOrganisationAsync(id, cancellationToken))!;
    }

    public async Task<Organisation?> GetOrganisationAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync($"SELECT {OrganisationColumns} FROM organisations o WHERE o.id = @id", ReadOrganisation, [("id", id)], cancellationToken: cancellationToken);
    }

    public async Task<Organisation?> FindOrganisationAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync($"SELECT {OrganisationColumns} FROM organisations o WHERE o.slug = @slug", ReadOrganisation, [("slug", slug.Trim().ToLowerInvariant())], cancellationToken: cancellationToken);
    }

    /// <summary>The organisation whose private feed has this token, or null.</summary>
    public async Task<Organisation?> GetOrganisationByFeedTokenAsync(string feedToken, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync($"SELECT {OrganisationColumns} FROM organisations o WHERE o.feed_token = @token", ReadOrganisation, [("token", feedToken)], cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<Organisation>> GetOrganisationsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var organisations = await connection.QueryAsync($"SELECT {OrganisationColumns} FROM organisations o", ReadOrganisation, cancellationToken: cancellationToken);
        return [.. organisations.OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).ThenBy(o => o.Slug, StringComparer.Ordinal)];
    }

    /// <summary>How many members each organisation has, by organisation id.</summary>
    public async Task<IReadOnlyDictionary<long, int>> CountMembersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync("SELECT organisation_id, COUNT(*) AS n FROM memberships GROUP BY organisation_id",
            r => (Id: r.Long("organisation_id"), Count: (int)r.Long("n")), cancellationToken: cancellationToken);
        return rows.ToDictionary(r => r.Id, r => r.Count);
    }

    public Task SetPlanAsync(long organisationId, Plan plan, CancellationToken cancellationToken = default) =>
        UpdateOrganisationAsync("plan = @value", organisationId, plan.Id(), cancellationToken);

    /// <summary>Sets the profile for exposure ratings (the JSON <see cref="Analysis.Exposure.Profiles.Read"/> reads), or clears it with null.</summary>
    public Task SetOrganisationProfileAsync(long organisationId, string? profileJson, CancellationToken cancellationToken = default) =>
        UpdateOrganisationAsync("profile = @value", organisationId, profileJson, cancellationToken);

    /// <summary>Sets the IANA or Windows time zone id the Monday digest is timed by.</summary>
    public Task SetTimeZoneAsync(long organisationId, string timeZone, CancellationToken cancellationToken = default) =>
        UpdateOrganisationAsync("time_zone = @value", organisationId, timeZone, cancellationToken);

    public Task SetNoChangesDigestAsync(long organisationId, bool send, CancellationToken cancellationToken = default) =>
        UpdateOrganisationAsync("no_changes_digest = @value", organisationId, send, cancellationToken);

    /// <summary>
    /// Creates a user, and when <paramref name="organisationName"/> is given an organisation they own, in one transaction.
    /// The first user of an install is made administrator when <paramref name="firstIsAdmin"/> is set. Null when the email is taken.
    /// </summary>
    public async Task<User?> CreateUserAsync(string email, string passwordHash, bool isAdmin = false, string? organisationName = null, bool firstIsAdmin = false, string? displayName = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (firstIsAdmin && await connection.ScalarAsync<long>("SELECT COUNT(*) FROM users", transaction: transaction, cancellationToken: cancellationToken) == 0)
            isAdmin = true;
        var id = await connection.ScalarAsync<long>(
            """
            INSERT INTO users (email, display_name, password_hash, security_stamp, is_admin, created_at)
            VALUES (@email, @name, @hash, @stamp, @admin, @now)
            ON CONFLICT (email) DO NOTHING RETURNING id
            """,
            [("email", Emails.Normalise(email)), ("name", displayName), ("hash", passwordHash), ("stamp", Secrets.New(16)), ("admin", isAdmin), ("now", Now())],
            transaction, cancellationToken);
        if (id == 0)
            return null;
        if (organisationName is not null)
        {
            var organisationId = await InsertOrganisationAsync(connection, transaction, organisationName, cancellationToken);
            await connection.ExecuteAsync(
                "INSERT INTO memberships (organisation_id, user_id, role, created_at) VALUES (@organisation, @user, 'owner', @now)",
                [("organisation", organisationId), ("user", id), ("now", Now())], transaction, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return await GetUserAsync(id, cancellationToken);
    }

    /// <summary>The user with this email (compared normalised), or null.</summary>
    public async Task<User?> FindUserAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync($"SELECT {UserColumns} FROM users u WHERE u.email = @email", ReadUser, [("email", Emails.Normalise(email))], cancellationToken: cancellationToken);
    }

    public async Task<User?> GetUserAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync($"SELECT {UserColumns} FROM users u WHERE u.id = @id", ReadUser, [("id", id)], cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<User>> GetUsersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var users = await connection.QueryAsync($"SELECT {UserColumns} FROM users u", ReadUser, cancellationToken: cancellationToken);
        return [.. users.OrderBy(u => u.Email, StringComparer.Ordinal)];
    }

    public async Task<long> CountUsersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ScalarAsync<long>("SELECT COUNT(*) FROM users", cancellationToken: cancellationToken);
    }

    /// <summary>The user with their password hash and security stamp, for signing in; null when there is no such email.</summary>
    public async Task<UserCredentials?> GetCredentialsAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync($"SELECT {UserColumns}, u.password_hash, u.security_stamp FROM users u WHERE u.email = @email",
            r => new UserCredentials(ReadUser(r), r.Text("password_hash"), r.Text("security_stamp")), [("email", Emails.Normalise(email))], cancellationToken: cancellationToken);
    }

    /// <summary>The security stamp a session cookie must still carry, or null when the user is gone.</summary>
    public async Task<string?> GetSecurityStampAsync(long userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ScalarAsync<string?>("SELECT security_stamp FROM users WHERE id = @id", [("id", userId)], cancellationToken: cancellationToken);
    }

    public async Task SetAdminAsync(long userId, bool isAdmin, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("UPDATE users SET is_admin = @admin WHERE id = @id", [("admin", isAdmin), ("id", userId)], cancellationToken: cancellationToken);
    }

    /// <summary>Sets a new password hash and a new security stamp, which ends every session signed in before; returns the new stamp.</summary>
    public async Task<string> SetPasswordAsync(long userId, string passwordHash, CancellationToken cancellationToken = default)
    {
        var stamp = Secrets.New(16);
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("UPDATE users SET password_hash = @hash, security_stamp = @stamp WHERE id = @id",
            [("hash", passwordHash), ("stamp", stamp), ("id", userId)], cancellationToken: cancellationToken);
        return stamp;
    }

    /// <summary>Replaces an outdated hash of the same password (after sign-in); sessions stay valid.</summary>
    public async Task RehashPasswordAsync(long userId, string passwordHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("UPDATE users SET password_hash = @hash WHERE id = @id", [("hash", passwordHash), ("id", userId)], cancellationToken: cancellationToken);
    }

    public async Task MarkEmailVerifiedAsync(long userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("UPDATE users SET email_verified_at = COALESCE(email_verified_at, @now) WHERE id = @id", [("now", Now()), ("id", userId)], cancellationToken: cancellationToken);
    }

    private async Task<long> InsertOrganisationAsync(DbConnection connection, DbTransaction transaction, string name, CancellationToken cancellationToken)
    {
        var baseSlug = Slug.From(name);
        for (var n = 1; ; n++)
        {
            var slug = n == 1 ? baseSlug : $"{baseSlug}-{n}";
            var id = await connection.ScalarAsync<long>(
                """
                INSERT INTO organisations (slug, name, feed_token, created_at) VALUES (@slug, @name, @token, @now)
                ON CONFLICT (slug) DO NOTHING RETURNING id
                """,
                [("slug", slug), ("name", name.Trim()), ("token", Secrets.New(24)), ("now", Now())], transaction, cancellationToken);
            if (id != 0)
                return id;
        }
    }

    private async Task UpdateOrganisationAsync(string assignment, long organisationId, object? value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync($"UPDATE organisations SET {assignment} WHERE id = @id", [("value", value), ("id", organisationId)], cancellationToken: cancellationToken);
    }

    private static Organisation ReadOrganisation(DbDataReader r) => new(
        r.Long("id"), r.Text("slug"), r.Text("name"), Plans.Parse(r.Text("plan")) ?? Plan.Free, r.Text("time_zone"),
        r.TextOrNull("profile"), r.Bool("no_changes_digest"), r.Text("feed_token"), r.Time("created_at"));

    private static User ReadUser(DbDataReader r) => new(
        r.Long("id"), r.Text("email"), r.TextOrNull("display_name"), r.TimeOrNull("email_verified_at") is not null, r.Bool("is_admin"), r.Time("created_at"));
}
