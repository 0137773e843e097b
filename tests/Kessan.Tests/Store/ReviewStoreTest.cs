using System.Text;
using Kessan.Store.Review;
using Kessan.Tests.Cli;

namespace Kessan.Tests.Store;

/// <summary>The review app's users and audit log in the store, and <c>kessan users</c>.</summary>
public sealed class ReviewStoreTest
{
    private const string Password = "correct horse battery staple";

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_user_signs_in_with_its_password_only_and_sees_only_its_companies(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var review = new ReviewStore(store);

        var added = review.AddUser("alice", Role.Preparer, ["IIJ", "IIJ", " "], Password);

        added.Error.ShouldBeNull();
        added.Value!.Companies.ShouldBe(["IIJ"]);
        review.SignIn("alice", Password)!.Name.ShouldBe("alice");
        review.SignIn("alice", Password + "!").ShouldBeNull();
        review.SignIn("Alice", Password).ShouldBeNull("names are exact");
        review.SignIn("nobody", Password).ShouldBeNull();
        review.SignIn("bad name <script>", Password).ShouldBeNull();
        var alice = review.FindUser("alice")!;
        alice.MaySee("IIJ").ShouldBeTrue();
        alice.MaySee("Apple").ShouldBeFalse();
        review.AddUser("alice", Role.Admin, [], Password).Error!.ShouldContain("there is a user alice already");
        review.Users().Select(u => u.Name).ShouldBe(["alice"]);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void The_audit_log_keeps_every_line_in_order_and_never_changes(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var review = new ReviewStore(store);

        review.Audit("alice", "sign-in");
        review.Audit("alice", "view", "IIJ", "abc123", "release");
        review.Audit("bob", "view", "Apple", "def456", "release");

        review.AuditLog().Select(e => (e.User, e.Action, e.Company)).ShouldBe([("alice", "sign-in", ""), ("alice", "view", "IIJ"), ("bob", "view", "Apple")]);
        review.AuditLog("IIJ").Single().Revision.ShouldBe("abc123");
        using var connection = store.Dialect.Open();
        using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM audit_log";
        Should.Throw<System.Data.Common.DbException>(() => delete.ExecuteNonQuery());
        review.AuditLog().Length.ShouldBe(3);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_comment_is_resolved_and_a_step_signed_once_even_when_several_try_at_once(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var revision = Kessan.Store.Importing.PackageImport.Run(store, Kessan.Testing.SamplePackages.Apple1Q23Path, "alice", "1Q23", null).Revision!.Id;
        var review = new ReviewStore(store);
        var comment = review.AddComment(revision, "release", null, "rita", "  Check the  totals.\r\n ").Value!;
        var reply = review.AddComment(revision, "release", comment.Sequence, "alice", "Checked.").Value!;

        var resolutions = Enumerable.Range(0, 6).AsParallel().Select(i => review.Resolve(revision, comment.Sequence, "user" + i)).ToList();
        var signOffs = Enumerable.Range(0, 6).AsParallel().Select(i => review.SignOff(revision, "reviewed", "user" + i)).ToList();

        review.Comments(revision).ShouldBe([comment with { ResolvedBy = review.Comments(revision)[0].ResolvedBy }, reply]);
        comment.Body.ShouldBe("Check the  totals.");
        resolutions.Count(r => r.Error is null).ShouldBe(1);
        resolutions.Where(r => r.Error is not null).ShouldAllBe(r => r.Error!.Contains("resolved by"));
        signOffs.Count(r => r.Error is null).ShouldBe(1);
        signOffs.Where(r => r.Error is not null).ShouldAllBe(r => r.Error!.Contains("marked reviewed by"));
        review.SignOffs(revision).Single().Step.ShouldBe("reviewed");
        review.AddComment(revision, "release", 999_999, "alice", "to nothing").Error!.ShouldContain("not one of this revision");
    }

    [Theory]
    [InlineData("short", "is shorter than 12 characters")]
    [InlineData("a password\u0007 with a bell", "holds a control character")]
    public void A_weak_or_odd_password_is_refused(string password, string why)
    {
        using var test = TestStore.Create("sqlite");
        using var store = test.Open();

        new ReviewStore(store).AddUser("alice", Role.Reviewer, [], password).Error!.ShouldContain(why);
    }

    [Fact]
    public void Users_are_added_with_the_password_from_standard_input_and_listed_without_it()
    {
        using var test = TestStore.Create("sqlite");

        var added = CliRun.RunWithInput(Password + "\n", "users", "add", "alice", "--role", "reviewer", "--company", "IIJ", "--company", "Apple", "--store", test.Argument);

        added.Code.ShouldBe(0, added.Error);
        added.Out.ShouldBe("Added alice, reviewer of Apple, IIJ.\n");
        var list = CliRun.Run("users", "list", "--store", test.Argument, "--format", "json");
        using (var json = System.Text.Json.JsonDocument.Parse(list.Out))
        {
            var user = json.RootElement.EnumerateArray().Single();
            user.GetProperty("name").GetString().ShouldBe("alice");
            user.GetProperty("role").GetString().ShouldBe("reviewer");
            user.GetProperty("companies").EnumerateArray().Select(c => c.GetString()).ShouldBe(["Apple", "IIJ"]);
        }
        list.Out.ShouldNotContain(Password);
        Encoding.UTF8.GetString(File.ReadAllBytes(test.Argument)).ShouldNotContain(Password, customMessage: "only a hash is stored");
        CliRun.RunWithInput("", "users", "add", "bob", "--role", "reviewer", "--store", test.Argument).Error.ShouldContain("give the password on standard input");
        CliRun.RunWithInput(Password + "\n", "users", "add", "bob", "--role", "owner", "--store", test.Argument).Code.ShouldBe(2);
        var again = CliRun.RunWithInput(Password + "\n", "users", "add", "alice", "--role", "admin", "--store", test.Argument);
        again.Code.ShouldBe(1);
        again.Error.ShouldContain("there is a user alice already");
        using var store = test.Open();
        new ReviewStore(store).AuditLog().Single().Action.ShouldBe("user-add");
    }
}
