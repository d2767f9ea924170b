using System.Buffers;
using System.Text;
using Clauseline.Segmentation;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Segmentation;

/// <summary>How a text is cut into provisions, on clauses of a fictional company written for these tests.</summary>
public sealed class ProvisionSplitterTests
{
    [Fact]
    public void Atx_headings_nest_by_level_and_a_heading_closes_its_level_and_deeper()
    {
        const string text = """
            # Harbourlight Terms

            These terms cover the Harbourlight app.

            ## 1. Accounts

            ### 1.1 Eligibility

            You must be sixteen or older to open an account.

            ## 2. Fees

            Fees are shown before you pay.
            """;

        var provisions = ProvisionSplitter.Split(text);

        Assert.Equal(
            [ProvisionKind.Heading, ProvisionKind.Paragraph, ProvisionKind.Heading, ProvisionKind.Heading, ProvisionKind.Paragraph, ProvisionKind.Heading, ProvisionKind.Paragraph],
            provisions.Select(p => p.Kind));
        var fees = Find(provisions, "## 2. Fees");
        Assert.Equal("2", fees.Number);
        Assert.Equal(["Harbourlight Terms"], fees.HeadingPath);
        Assert.Equal(["Harbourlight Terms", "Accounts", "Eligibility"], Find(provisions, "You must be sixteen").HeadingPath);
        Assert.Equal("1.1", Find(provisions, "### 1.1 Eligibility").Number);
        Assert.Equal(["Harbourlight Terms", "Fees"], Find(provisions, "Fees are shown").HeadingPath);
        AssertInvariants(text, provisions);
    }

    [Fact]
    public void Setext_headings_span_their_underline_and_title_the_provisions_under_them()
    {
        const string text = "Harbourlight Service Terms\n==========================\n\nPayments\n--------\n\nYou pay each month in advance.\n\n---\n\nRefunds are not given for part months.";

        var provisions = ProvisionSplitter.Split(text);

        var title = provisions[0];
        Assert.Equal(ProvisionKind.Heading, title.Kind);
        Assert.Equal("Harbourlight Service Terms\n==========================", title.Text);
        Assert.Equal(ProvisionKind.Heading, provisions[1].Kind);
        Assert.Equal(["Harbourlight Service Terms"], provisions[1].HeadingPath);
        Assert.Equal(["Harbourlight Service Terms", "Payments"], Find(provisions, "You pay each month").HeadingPath);
        Assert.Equal(ProvisionKind.Paragraph, Find(provisions, "Refunds are not given").Kind);
        Assert.Equal(4, provisions.Count); // the thematic break is no provision
        AssertInvariants(text, provisions);
    }

    [Fact]
    public void Numbered_clauses_are_list_items_numbered_from_the_heading_and_their_parents()
    {
        const string text = """
            ## 4. Limitation of Liability

            4.1 Neither party limits liability for fraud.

            4.2 Neither party is liable to the other for:

            (a) indirect or consequential loss;
            (b) loss of the following, however caused:
                (i) profits;
                (ii) revenue;
                (iii) goodwill; or
                (iv) anticipated savings.

            4.3 Each party must take reasonable steps to reduce its loss.

            ## 5. Payment

            You agree that:

            1. invoices are due within thirty days; and
            2. late amounts carry interest at two percent a month.
            """;

        var provisions = ProvisionSplitter.Split(text);

        Assert.Equal("4.1", Find(provisions, "4.1 Neither").Number);
        Assert.Equal("4.2(a)", Find(provisions, "(a) indirect").Number);
        Assert.Equal("4.2(b)", Find(provisions, "(b) loss").Number);
        Assert.Equal("4.2(b)(iv)", Find(provisions, "(iv) anticipated").Number);
        Assert.Equal("4.3", Find(provisions, "4.3 Each").Number);
        Assert.Equal("5.2", Find(provisions, "2. late amounts").Number);
        Assert.Null(Find(provisions, "You agree that").Number);
        Assert.All(provisions.Where(p => p.Text.StartsWith('(')), p => Assert.Equal(ProvisionKind.ListItem, p.Kind));
        Assert.Equal(["Limitation of Liability"], Find(provisions, "(iii) goodwill").HeadingPath);
        AssertInvariants(text, provisions);
    }

    [Fact]
    public void Nested_list_items_are_provisions_of_their_own_with_their_parents_number_and_continuation_lines()
    {
        const string text = """
            You must not:

            3. resell the service, including by:
               a. sharing one seat among several people;
               b. reselling access through a proxy that:
                  i. hides the end user; or
                  ii. removes our notices;
            4. probe the service for weaknesses.
               This includes automated scanning.

            - Status updates are posted online.
              - Planned maintenance is announced a week ahead.
            """;

        var provisions = ProvisionSplitter.Split(text);

        Assert.Equal("3", Find(provisions, "3. resell").Number);
        Assert.Equal("3(a)", Find(provisions, "a. sharing").Number);
        Assert.Equal("3(b)(ii)", Find(provisions, "ii. removes").Number);
        Assert.Equal("4. probe the service for weaknesses.\n   This includes automated scanning.", Find(provisions, "4. probe").Text);
        Assert.Equal("4", Find(provisions, "4. probe").Number);
        var bullet = Find(provisions, "- Planned");
        Assert.Equal(ProvisionKind.ListItem, bullet.Kind);
        Assert.Null(bullet.Number);
        Assert.Equal(9, provisions.Count);
        AssertInvariants(text, provisions);
    }

    [Theory]
    [InlineData("Section 4. Fees", "Section 4", "Fees")]
    [InlineData("SECTION 7 – TERMINATION", "SECTION 7", "TERMINATION")]
    [InlineData("ARTICLE II", "ARTICLE II", "ARTICLE II")]
    [InlineData("4. FEES", "4", "FEES")]
    [InlineData("LIMITATION OF LIABILITY", null, "LIMITATION OF LIABILITY")]
    [InlineData("**Cancelling your plan**", null, "Cancelling your plan")]
    [InlineData("**2\\. Refunds**", "2", "Refunds")]
    [InlineData("__2.1 Refund requests__", "2.1", "Refund requests")]
    public void Lines_read_as_headings_by_their_wording(string heading, string? number, string title)
    {
        var text = heading + "\n\nHarbourlight answers within five working days.";

        var provisions = ProvisionSplitter.Split(text);

        Assert.Equal(ProvisionKind.Heading, provisions[0].Kind);
        Assert.Equal(number, provisions[0].Number);
        Assert.Equal([title], provisions[1].HeadingPath);
        AssertInvariants(text, provisions);
    }

    [Theory]
    [InlineData("#### [](#3-d-ii-backups)3.d.ii.Backups we keep", "3.d.ii", "Backups we keep")]
    [InlineData("### [](#fees)10.Fees", "10", "Fees")]
    public void Anchor_links_and_numbers_written_against_the_title_are_kept_out_of_the_heading_path(string heading, string number, string title)
    {
        var provisions = ProvisionSplitter.Split(heading + "\n\nBackups are kept for thirty days.");

        Assert.Equal(number, provisions[0].Number);
        Assert.Equal([title], provisions[1].HeadingPath);
    }

    [Fact]
    public void A_short_list_under_a_numbered_markdown_heading_stays_a_list()
    {
        var provisions = ProvisionSplitter.Split("## 1. Data we collect\n\n1. Name\n2. Email address\n3. Billing country");

        Assert.Equal(["1.1", "1.2", "1.3"], provisions.Where(p => p.Kind == ProvisionKind.ListItem).Select(p => p.Number));
    }

    [Theory]
    [InlineData("Section 4 applies to resellers as well.")]
    [InlineData("**Details you give us when you open an account with Harbourlight.**")]
    [InlineData("TO THE FULLEST EXTENT THE LAW ALLOWS, HARBOURLIGHT PROVIDES THE SERVICE AS IS, WITHOUT WARRANTY OF ANY KIND.")]
    [InlineData("**Note:** refunds take a week to reach your card.")]
    [InlineData("2024 was the first year of the service.")]
    public void Sentences_that_look_a_little_like_headings_are_paragraphs(string line)
    {
        var provisions = ProvisionSplitter.Split(line);

        Assert.Equal(ProvisionKind.Paragraph, Assert.Single(provisions).Kind);
    }

    [Fact]
    public void A_short_numbered_line_over_its_first_clause_is_a_heading_and_so_is_the_next_number()
    {
        const string text = "1. Your Account\n\n1.1 Keep your password private.\n\n2. Privacy\n\nOur privacy notice explains what we collect.";

        var provisions = ProvisionSplitter.Split(text);

        Assert.Equal(ProvisionKind.Heading, Find(provisions, "1. Your Account").Kind);
        Assert.Equal(ProvisionKind.Heading, Find(provisions, "2. Privacy").Kind);
        Assert.Equal(["Privacy"], Find(provisions, "Our privacy notice").HeadingPath);
        AssertInvariants(text, provisions);
    }

    [Fact]
    public void A_table_is_one_provision()
    {
        const string text = """
            ## Plans

            Prices exclude tax.

            | Plan | Monthly price |
            | --- | --- |
            | Basic | 5 EUR |
            | Team | 12 EUR |

            Prices may change with notice.
            """;

        var provisions = ProvisionSplitter.Split(text);

        var table = Assert.Single(provisions, p => p.Kind == ProvisionKind.Table);
        Assert.StartsWith("| Plan |", table.Text, StringComparison.Ordinal);
        Assert.EndsWith("| Team | 12 EUR |", table.Text, StringComparison.Ordinal);
        Assert.Equal(["Plans"], table.HeadingPath);
        Assert.Equal(4, provisions.Count);
        AssertInvariants(text, provisions);
    }

    [Fact]
    public void Offsets_point_into_crlf_input_as_given()
    {
        const string text = "# Harbourlight Terms\r\n\r\n1. Scope\r\n   These terms apply to every plan.\r\n\r\n  Support is by email.  \r\n";

        var provisions = ProvisionSplitter.Split(text);

        Assert.Equal(3, provisions.Count);
        Assert.Equal((0, 20), (provisions[0].Start, provisions[0].End));
        Assert.Equal("1. Scope\r\n   These terms apply to every plan.", provisions[1].Text);
        Assert.Equal(24, provisions[1].Start);
        Assert.Equal("Support is by email.", provisions[2].Text);
        Assert.Equal(text.IndexOf("Support", StringComparison.Ordinal), provisions[2].Start);
        AssertInvariants(text, provisions);
    }

    [Fact]
    public void Every_golden_extraction_is_covered_by_ordered_provisions_that_match_their_spans()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Golden", "extraction");
        var files = Directory.GetFiles(folder, "expected.md", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            AssertInvariants(text, ProvisionSplitter.Split(text), file);
        }
    }

    [Fact]
    public void A_sample_of_open_terms_archive_texts_is_covered_by_ordered_provisions_that_match_their_spans()
    {
        var folder = Requirements.SharedData("ota-pga");
        var files = Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Where((_, i) => i % 8 == 0).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            // Bytes decoded as they are, so offsets are those of the stored text.
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            AssertInvariants(text, ProvisionSplitter.Split(text), file);
        }
    }

    private static Provision Find(IReadOnlyList<Provision> provisions, string start) =>
        Assert.Single(provisions, p => p.Text.StartsWith(start, StringComparison.Ordinal));

    private static void AssertInvariants(string text, IReadOnlyList<Provision> provisions, string name = "text")
    {
        var previousEnd = 0;
        foreach (var p in provisions)
        {
            Assert.True(p.Start >= previousEnd && p.Start < p.End, $"{name}: span {p.Start}..{p.End} after {previousEnd}");
            Assert.Equal(text.Substring(p.Start, p.End - p.Start), p.Text);
            Assert.False(char.IsWhiteSpace(p.Text[0]) || char.IsWhiteSpace(p.Text[^1]), $"{name}: untrimmed {p.Text}");
            previousEnd = p.End;
        }
        var k = 0;
        foreach (var line in TextLines.Split(text))
        {
            if (line.Blank || IsMarkupOnly(text.AsSpan(line.TrimmedStart, line.Width)))
                continue;
            while (k < provisions.Count && provisions[k].End < line.TrimmedEnd)
                k++;
            Assert.True(k < provisions.Count && provisions[k].Start <= line.TrimmedStart,
                $"{name}: line at {line.TrimmedStart} is in no provision: {text[line.TrimmedStart..line.TrimmedEnd]}");
        }
    }

    /// <summary>A table's separator row or a thematic break: lines of markup that carry no words.</summary>
    private static bool IsMarkupOnly(ReadOnlySpan<char> line) => !line.ContainsAnyExcept(Markup);

    private static readonly SearchValues<char> Markup = SearchValues.Create("|-:=*_ \t");
}
