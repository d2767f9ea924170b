using Clauseline.Archive;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Web;

/// <summary>The scheduler inside <c>serve</c> checks each declared document on its cadence.</summary>
public sealed class SchedulerTests(PostgresServer postgres)
{
    [Fact]
    public async Task Serve_checks_declared_documents_on_their_cadence_without_being_asked()
    {
        await using var site = await FixtureSite.StartAsync();
        site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms(noticeDays: 30)), Reply.Html(SamplePages.Terms(noticeDays: 20)));
        var catalog = $$"""
            { "name": "Northwind Cloud", "slug": "northwind-cloud", "website": "{{site.BaseUrl}}/",
              "documents": [ { "type": "customer-agreement", "urls": ["{{site.Url("/legal/agreement")}}"] } ] }
            """;
        await using var app = await ServedApp.StartAsync("sqlite", postgres, catalog, scheduler: true,
            "--Schedule:IntervalHours=0.0003", "--Schedule:StartDelaySeconds=0", "--Schedule:JitterPercent=0");
        var document = (await app.Store.GetDocumentsAsync())[0];

        var deadline = DateTime.UtcNow.AddSeconds(30);
        IReadOnlyList<VersionSummary> versions = [];
        while (DateTime.UtcNow < deadline && versions.Count < 2)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            versions = await app.Store.GetVersionsAsync(document.Id);
        }

        Assert.Equal(2, versions.Count);
        var checks = await app.Store.GetChecksAsync(document.Id);
        Assert.All(checks, c => Assert.Equal("scheduled", c.Trigger));
    }
}
