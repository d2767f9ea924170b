using System.CommandLine;
using Clauseline.Accounts;
using Spectre.Console;

namespace Clauseline.App.Cli;

/// <summary><c>clauseline users add &lt;email&gt; [--admin] [--password-stdin] [--org NAME]</c> and <c>clauseline users list</c>.</summary>
public static class UsersVerb
{
    public static Command Create()
    {
        var email = new Argument<string>("email") { Description = "The user's email address" };
        var admin = new Option<bool>("--admin") { Description = "Make the user an administrator of this install" };
        var stdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input" };
        var org = new Option<string?>("--org") { Description = "An organisation to join as a member (by slug), or to create with the user as its owner (by name)" };
        var add = new Command("add", "Add a user; without a password given, one is asked for, or generated and printed once") { email, admin, stdin, org };
        Verb.Run(add, async (result, host, cancellationToken) =>
        {
            var address = result.GetValue(email)!.Trim();
            if (!Emails.IsValid(address))
                throw new UsageException($"'{address}' is not an email address");
            if (await host.Store.FindUserAsync(address, cancellationToken) is not null)
                throw new UsageException($"there is already a user {Emails.Normalise(address)}");
            var (password, generated) = await PasswordAsync(result.GetValue(stdin));
            if (Passwords.Problem(password) is { } problem)
                throw new UsageException(problem);
            var organisation = result.GetValue(org) is { Length: > 0 } o ? o.Trim() : null;
            var existing = organisation is null ? null : await host.Store.FindOrganisationAsync(organisation, cancellationToken);
            var user = await host.Store.CreateUserAsync(address, Passwords.Hash(password), result.GetValue(admin),
                existing is null ? organisation : null, cancellationToken: cancellationToken)
                ?? throw new UsageException($"there is already a user {Emails.Normalise(address)}");
            if (existing is not null)
                await host.Store.AddMemberAsync(existing.Id, user.Id, Role.Member, cancellationToken);
            // An administrator who types the address vouches for it.
            await host.Store.MarkEmailVerifiedAsync(user.Id, cancellationToken);
            await Console.Out.WriteLineAsync($"added {user.Email}{(user.IsAdmin ? " (administrator)" : "")}"
                + (existing is not null ? $", member of {existing.Slug}" : organisation is not null ? $", owner of the new organisation {organisation}" : ""));
            if (generated)
                await Console.Out.WriteLineAsync($"password: {password}  (shown once; change it with 'Forgot your password' on the sign-in page)");
            return ExitCodes.Ok;
        });

        var list = new Command("list", "List users, their organisations and who administers");
        Verb.Run(list, async (result, host, cancellationToken) =>
        {
            var table = new Table().AddColumns("Email", "Administrator", "Confirmed", "Organisations", "Since");
            foreach (var user in await host.Store.GetUsersAsync(cancellationToken))
            {
                var organisations = await host.Store.GetOrganisationsOfUserAsync(user.Id, cancellationToken);
                table.AddRow(Markup.Escape(user.Email), user.IsAdmin ? "yes" : "no", user.EmailVerified ? "yes" : "no",
                    Markup.Escape(string.Join(", ", organisations.Select(o => $"{o.Organisation.Slug} ({o.Role.Id()})"))), user.CreatedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        return new Command("users", "People who sign in") { add, list };
    }

    private static async Task<(string Password, bool Generated)> PasswordAsync(bool fromStdin)
    {
        if (fromStdin)
            return ((await Console.In.ReadLineAsync() ?? "").TrimEnd('\r', '\n'), false);
        if (!Console.IsInputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            var typed = await AnsiConsole.PromptAsync(new TextPrompt<string>("Password (empty to generate one):").Secret().AllowEmpty());
            if (typed.Length > 0)
                return (typed, false);
        }
        return (Secrets.New(15), true);
    }
}
