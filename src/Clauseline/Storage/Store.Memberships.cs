using Clauseline.Accounts;

namespace Clauseline.Storage;

/// <summary>Who belongs to which organisation, and as what. An organisation always keeps at least one owner.</summary>
public sealed partial class Store
{
    /// <summary>Adds a member, or changes the role of one already there (never taking the last owner's role away).</summary>
    public async Task<MembershipChange> AddMemberAsync(long organisationId, long userId, Role role, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = Roles.Parse(await connection.ScalarAsync<string?>(
            "SELECT role FROM memberships WHERE organisation_id = @organisation AND user_id = @user",
            [("organisation", organisationId), ("user", userId)], transaction, cancellationToken));
        if (current is null)
        {
            await connection.ExecuteAsync(
                "INSERT INTO memberships (organisation_id, user_id, role, created_at) VALUES (@organisation, @user, @role, @now)",
                [("organisation", organisationId), ("user", userId), ("role", role.Id()), ("now", Now())], transaction, cancellationToken);
        }
        else if (current != role)
        {
            if (current == Role.Owner && await CountOwnersAsync(connection, transaction, organisationId, cancellationToken) <= 1)
                return MembershipChange.LastOwner;
            await connection.ExecuteAsync(
                "UPDATE memberships SET role = @role WHERE organisation_id = @organisation AND user_id = @user",
                [("organisation", organisationId), ("user", userId), ("role", role.Id())], transaction, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return MembershipChange.Done;
    }

    /// <summary>Changes a member's role; refused for someone not in the organisation or for its last owner.</summary>
    public async Task<MembershipChange> SetRoleAsync(long organisationId, long userId, Role role, CancellationToken cancellationToken = default) =>
        await GetRoleAsync(organisationId, userId, cancellationToken) is null
            ? MembershipChange.NotMember
            : await AddMemberAsync(organisationId, userId, role, cancellationToken);

    /// <summary>Removes a member; the last owner cannot be removed.</summary>
    public async Task<MembershipChange> RemoveMemberAsync(long organisationId, long userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = Roles.Parse(await connection.ScalarAsync<string?>(
            "SELECT role FROM memberships WHERE organisation_id = @organisation AND user_id = @user",
            [("organisation", organisationId), ("user", userId)], transaction, cancellationToken));
        if (current is null)
            return MembershipChange.NotMember;
        if (current == Role.Owner && await CountOwnersAsync(connection, transaction, organisationId, cancellationToken) <= 1)
            return MembershipChange.LastOwner;
        await connection.ExecuteAsync("DELETE FROM memberships WHERE organisation_id = @organisation AND user_id = @user",
            [("organisation", organisationId), ("user", userId)], transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return MembershipChange.Done;
    }

    /// <summary>The members of an organisation, owners first, then by email.</summary>
    public async Task<IReadOnlyList<Membership>> GetMembersAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var members = await connection.QueryAsync(
            $"SELECT {UserColumns}, m.role, m.created_at AS since FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = @organisation",
            r => new Membership(ReadUser(r), Roles.Parse(r.Text("role")) ?? Role.Member, r.Time("since")), [("organisation", organisationId)], cancellationToken: cancellationToken);
        return [.. members.OrderBy(m => m.Role).ThenBy(m => m.User.Email, StringComparer.Ordinal)];
    }

    /// <summary>The organisations a user belongs to, by name.</summary>
    public async Task<IReadOnlyList<OrganisationRole>> GetOrganisationsOfUserAsync(long userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            $"SELECT {OrganisationColumns}, m.role FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = @user",
            r => new OrganisationRole(ReadOrganisation(r), Roles.Parse(r.Text("role")) ?? Role.Member), [("user", userId)], cancellationToken: cancellationToken);
        return [.. rows.OrderBy(r => r.Organisation.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Organisation.Id)];
    }

    /// <summary>The user's role in the organisation, or null when they are not a member.</summary>
    public async Task<Role?> GetRoleAsync(long organisationId, long userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return Roles.Parse(await connection.ScalarAsync<string?>(
            "SELECT role FROM memberships WHERE organisation_id = @organisation AND user_id = @user",
            [("organisation", organisationId), ("user", userId)], cancellationToken: cancellationToken));
    }

    private static Task<long> CountOwnersAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, long organisationId, CancellationToken cancellationToken) =>
        connection.ScalarAsync<long>("SELECT COUNT(*) FROM memberships WHERE organisation_id = @organisation AND role = 'owner'",
            [("organisation", organisationId)], transaction, cancellationToken);
}
