using System.CommandLine;
using Kessan.Cli.Commands.Store;
using Kessan.Cli.Output;
using Kessan.Store.Database;
using Kessan.Store.Review;

namespace Kessan.Cli.Commands;

/// <summary>
/// <c>kessan users add NAME --role ROLE [--company SHORT_NAME]…</c> and <c>kessan users list</c>: the review app's local
/// accounts, in the store. The password is read from standard input, never from the command line (which other users of
/// the machine can see).
/// </summary>
internal static class UsersCommand
{
    public static Command Create(Terminal terminal)
    {
        var command = new Command("users", "The review app's users (kessan serve): add one, or list them.")
        {
            Add(terminal),
            List(terminal),
        };
        return command;
    }

    private static Command Add(Terminal terminal)
    {
        var options = new StoreOptions();
        var name = new Argument<string>("name") { Description = "The name the user signs in with (letters, digits, '.', '-', '_', '@')." };
        var role = new Option<string>("--role") { Description = "preparer, reviewer, approver or admin.", Required = true };
        role.AcceptOnlyFromAmong("preparer", "reviewer", "approver", "admin");
        var company = new Option<string[]>("--company")
        {
            Description = "A company the user may see, by its company.short_name in package.yaml; repeat for more.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = options.AddTo(new Command("add",
            "Add a user of the review app. The password is the first line of standard input (at least 12 characters): " +
            "printf '%s\\n' \"$PASSWORD\" | kessan users add alice --role preparer --company IIJ")
        {
            name, role, company,
        });
        command.SetAction(parse => RunAdd(terminal, parse.GetValue(options.Store), parse.GetValue(options.Format) ?? "text",
            parse.GetValue(name)!, parse.GetValue(role)!, parse.GetValue(company) ?? []));
        return command;
    }

    private static Command List(Terminal terminal)
    {
        var options = new StoreOptions();
        var command = options.AddTo(new Command("list", "List the review app's users: name, role and companies (never a password)."));
        command.SetAction(parse => RunList(terminal, parse.GetValue(options.Store), parse.GetValue(options.Format) ?? "text"));
        return command;
    }

    internal static int RunAdd(Terminal terminal, string? storeName, string format, string name, string roleName, string[] companies)
    {
        var password = terminal.Input.ReadLine();
        if (password is null)
        {
            terminal.Error.WriteLine("kessan: give the password on standard input (its first line); nothing was added.");
            return ExitCodes.CannotRead;
        }
        using var store = StoreOptions.Open(terminal, storeName, create: true) as SqlFactStore;
        if (store is null)
        {
            return ExitCodes.CannotRead;
        }
        var review = new ReviewStore(store);
        var added = review.AddUser(name, User.ParseRole(roleName)!.Value, companies, password);
        if (added.Value is not { } user)
        {
            terminal.Error.WriteLine("kessan: " + added.Error + " Nothing was added.");
            return ExitCodes.Errors;
        }
        review.Audit(StoreCommand.Author(null), "user-add", detail: $"{user.Name} as {User.NameOf(user.Role)} of {Companies(user)}");
        if (format == "json")
        {
            StoreOptions.WriteJson(terminal, json => WriteUser(json, user));
        }
        else
        {
            terminal.Out.WriteLine($"Added {user.Name}, {User.NameOf(user.Role)} of {Companies(user)}.");
        }
        return ExitCodes.Clean;
    }

    internal static int RunList(Terminal terminal, string? storeName, string format)
    {
        using var store = StoreOptions.Open(terminal, storeName, create: false) as SqlFactStore;
        if (store is null)
        {
            return ExitCodes.CannotRead;
        }
        var users = new ReviewStore(store).Users();
        if (format == "json")
        {
            StoreOptions.WriteJson(terminal, json =>
            {
                json.WriteStartArray();
                foreach (var user in users)
                {
                    WriteUser(json, user);
                }
                json.WriteEndArray();
            });
            return ExitCodes.Clean;
        }
        foreach (var user in users)
        {
            terminal.Out.WriteLine($"{user.Name}  {User.NameOf(user.Role)}  {Companies(user)}");
        }
        if (users.Length == 0)
        {
            terminal.Out.WriteLine("No users yet: 'kessan users add NAME --role preparer --company SHORT_NAME' adds one.");
        }
        return ExitCodes.Clean;
    }

    private static string Companies(User user) => user.Companies.Length == 0 ? "no company" : string.Join(", ", user.Companies);

    private static void WriteUser(System.Text.Json.Utf8JsonWriter json, User user)
    {
        json.WriteStartObject();
        json.WriteString("name", user.Name);
        json.WriteString("role", User.NameOf(user.Role));
        json.WriteStartArray("companies");
        foreach (var c in user.Companies)
        {
            json.WriteStringValue(c);
        }
        json.WriteEndArray();
        json.WriteString("created_at", user.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }
}
