using Clauseline.Accounts;

namespace Clauseline.Storage;

/// <summary>Single-use tokens sent by email, kept only as their SHA-256, and the record of sign-in attempts that throttling reads.</summary>
public sealed partial class Store
{
    /// <summary>Creates a token for the purpose, valid for the purpose's lifetime unless given; returns the raw token, which is not kept.</summary>
    public async Task<string> CreateUserTokenAsync(long userId, TokenPurpose purpose, long? organisationId = null, TimeSpan? lifetime = null, CancellationToken cancellationToken = default)
    {
        var token = Secrets.New(32);
        var now = Now();
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO user_tokens (token_hash, user_id, purpose, organisation_id, expires_at, created_at)
            VALUES (@hash, @user, @purpose, @organisation, @expires, @now)
            """,
            [("hash", Secrets.Hash(token)), ("user", userId), ("purpose", purpose.Id()), ("organisation", organisationId), ("expires", now + (lifetime ?? purpose.Lifetime())), ("now", now)],
            cancellationToken: cancellationToken);
        return token;
    }

    /// <summary>Spends a token: accepted once, if it has this purpose and has not expired; every later use is refused.</summary>
    public async Task<TokenUse> ConsumeUserTokenAsync(string token, TokenPurpose purpose, CancellationToken cancellationToken = default)
    {
        var hash = Secrets.Hash(token.Trim());
        var now = Now();
        await using var connection = await OpenAsync(cancellationToken);
        // One statement marks it used and returns it, so two requests racing with the same token cannot both win.
        var accepted = await connection.QuerySingleAsync(
            """
            UPDATE user_tokens SET used_at = @now
            WHERE token_hash = @hash AND purpose = @purpose AND used_at IS NULL AND expires_at > @now
            RETURNING user_id, organisation_id
            """,
            r => new TokenAccepted(r.Long("user_id"), r.LongOrNull("organisation_id")), [("now", now), ("hash", hash), ("purpose", purpose.Id())], cancellationToken: cancellationToken);
        if (accepted is not null)
            return accepted;
        var row = await connection.QuerySingleAsync(
            "SELECT used_at, expires_at FROM user_tokens WHERE token_hash = @hash AND purpose = @purpose",
            r => new { Used = r.TimeOrNull("used_at"), Expires = r.Time("expires_at") }, [("hash", hash), ("purpose", purpose.Id())], cancellationToken: cancellationToken);
        return Refusal(row?.Used, row?.Expires);
    }

    private static TokenRefused Refusal(DateTimeOffset? used, DateTimeOffset? expires) => new(
        expires is null ? "This link is not valid. Check that it was copied whole, or ask for a new one."
        : used is not null ? "This link has already been used. Each link works once; ask for a new one if you need it."
        : $"This link expired at {expires:yyyy-MM-dd HH:mm} UTC. Ask for a new one.");

    /// <summary>What spending the token would give, without spending it: for a page that asks something before accepting.</summary>
    public async Task<TokenUse> PeekUserTokenAsync(string token, TokenPurpose purpose, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync(
            "SELECT user_id, organisation_id, used_at, expires_at FROM user_tokens WHERE token_hash = @hash AND purpose = @purpose",
            r => new { User = r.Long("user_id"), Organisation = r.LongOrNull("organisation_id"), Used = r.TimeOrNull("used_at"), Expires = r.Time("expires_at") },
            [("hash", Secrets.Hash(token.Trim())), ("purpose", purpose.Id())], cancellationToken: cancellationToken);
        return row is { Used: null } && row.Expires > Now() ? new TokenAccepted(row.User, row.Organisation) : Refusal(row?.Used, row?.Expires);
    }

    /// <summary>Records one sign-in attempt, failed or not, with the address it came from.</summary>
    public async Task RecordSignInAttemptAsync(string email, string? remoteAddress, bool succeeded, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO sign_in_attempts (email, remote_address, succeeded, attempted_at) VALUES (@email, @address, @succeeded, @now)",
            [("email", Emails.Normalise(email)), ("address", remoteAddress), ("succeeded", succeeded), ("now", Now())], cancellationToken: cancellationToken);
    }

    /// <summary>When each failed sign-in for this email since <paramref name="since"/> happened, oldest first.</summary>
    public Task<IReadOnlyList<DateTimeOffset>> GetFailedSignInsByEmailAsync(string email, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        GetFailedSignInsAsync("email", Emails.Normalise(email), since, cancellationToken);

    /// <summary>When each failed sign-in from this address since <paramref name="since"/> happened, oldest first.</summary>
    public Task<IReadOnlyList<DateTimeOffset>> GetFailedSignInsByAddressAsync(string remoteAddress, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        GetFailedSignInsAsync("remote_address", remoteAddress, since, cancellationToken);

    private async Task<IReadOnlyList<DateTimeOffset>> GetFailedSignInsAsync(string column, string value, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var times = await connection.QueryAsync(
            $"SELECT attempted_at FROM sign_in_attempts WHERE {column} = @value AND succeeded = FALSE AND attempted_at > @since ORDER BY id",
            r => r.Time("attempted_at"), [("value", value), ("since", since)], cancellationToken: cancellationToken);
        return times;
    }
}
