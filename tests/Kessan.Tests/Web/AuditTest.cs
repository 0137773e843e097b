using System.Net;
using Kessan.Web.Review;

namespace Kessan.Tests.Web;

/// <summary>The audit log in the review app: admins read and export it; nobody else sees it.</summary>
public sealed class AuditTest(ReviewApp app) : IClassFixture<ReviewApp>
{
    [Fact]
    public async Task An_admin_reads_and_exports_the_audit_log_and_the_export_is_audited()
    {
        using var rita = await app.SignedIn("rita");
        await rita.GetStringAsync($"/revisions/{app.Sample.Id}");
        using var ada = await app.SignedIn("ada");

        var page = await ada.GetStringAsync("/audit");
        var export = await ada.GetAsync("/audit?handler=Csv");

        page.ShouldContain("<td>rita</td>");
        page.ShouldContain("<td>view</td>");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await export.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("sequence,at,user,action,company,revision,detail");
        lines.ShouldContain(l => l.Contains($",rita,view,IIJ,{app.Sample.Id},release", StringComparison.Ordinal));
        app.AuditLog().Last().Action.ShouldBe("export");
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("otto")]
    [InlineData("bob")]
    public async Task Nobody_but_an_admin_sees_the_audit_log(string name)
    {
        using var client = await app.SignedIn(name);

        (await client.GetAsync("/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/audit?handler=Csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void A_cell_a_spreadsheet_would_run_is_defused_and_quoted_as_needed(string text, string cell) =>
        AuditCsv.Cell(text).ShouldBe(cell);
}
