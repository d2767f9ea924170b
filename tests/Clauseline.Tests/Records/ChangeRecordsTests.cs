using Clauseline.Changes;
using Clauseline.Records;

namespace Clauseline.Tests.Records;

/// <summary>
/// Whole change records of two versions of the fictional Quayside Freight terms: which provision changes are
/// listed, how the record as a whole is judged, and that its substance key ignores exactly what is cosmetic.
/// </summary>
public sealed class ChangeRecordsTests
{
    private const string Base = """
        # Quayside Freight Terms

        Last updated: 2 February 2026

        ## 1. Shipments

        1.1 You must declare the contents of every shipment.

        1.2 We may inspect any shipment at a port of entry.

        ## 2. Claims

        2.1 Claims for damaged goods must be made within 7 days of delivery. Claims must include photographs of the damage.

        2.2 Our liability for lost goods is limited to $500 per shipment.
        """;

    [Fact]
    public void Punctuation_case_links_and_the_revision_date_make_a_cosmetic_record_with_the_same_substance()
    {
        var revised = Base
            .Replace("2 February 2026", "9 March 2026", StringComparison.Ordinal)
            .Replace("every shipment.", "every shipment!", StringComparison.Ordinal)
            .Replace("port of entry", "Port of Entry", StringComparison.Ordinal)
            .Replace("damaged goods", "[damaged goods](https://quayside.example/claims)", StringComparison.Ordinal);

        var record = ChangeRecords.Compare(Base, revised);

        Assert.Equal(SignificanceLevel.Cosmetic, record.Significance);
        Assert.All(record.Provisions, p => Assert.Equal(SignificanceLevel.Cosmetic, p.Significance.Level));
        Assert.Equal(ChangeRecords.First(Base).Record.SubstanceKey, record.SubstanceKey);
        Assert.StartsWith("No material change", record.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Renumbering_after_an_inserted_clause_is_counted_not_listed()
    {
        var revised = Base
            .Replace("1.2 We may inspect", "1.3 We may inspect", StringComparison.Ordinal)
            .Replace("1.1 You must declare the contents of every shipment.", "1.1 You must declare the contents of every shipment.\n\n1.2 You must label hazardous goods.", StringComparison.Ordinal);

        var record = ChangeRecords.Compare(Base, revised);

        var added = Assert.Single(record.Provisions);
        Assert.Equal(ProvisionChangeKind.Added, added.Kind);
        Assert.Equal(1, record.Renumbered);
        Assert.Equal(SignificanceLevel.Substantive, record.Significance);
    }

    [Fact]
    public void A_clause_split_in_two_without_new_words_is_a_cosmetic_split()
    {
        var revised = Base.Replace(
            "2.1 Claims for damaged goods must be made within 7 days of delivery. Claims must include photographs of the damage.",
            "2.1 Claims for damaged goods must be made within 7 days of delivery.\n\n2.2 Claims must include photographs of the damage.",
            StringComparison.Ordinal).Replace("2.2 Our liability", "2.3 Our liability", StringComparison.Ordinal);

        var record = ChangeRecords.Compare(Base, revised);

        var split = Assert.Single(record.Provisions);
        Assert.Equal(ProvisionChangeKind.Split, split.Kind);
        Assert.Equal(2, split.AfterIds.Count);
        Assert.Equal(SignificanceLevel.Cosmetic, split.Significance.Level);
        Assert.Equal(SignificanceLevel.Cosmetic, record.Significance);
    }

    [Fact]
    public void A_clause_moved_to_another_section_is_a_substantive_move()
    {
        var revised = Base
            .Replace("1.2 We may inspect any shipment at a port of entry.\n\n", "", StringComparison.Ordinal)
            .Replace("2.2 Our liability", "2.2 We may inspect any shipment at a port of entry.\n\n2.3 Our liability", StringComparison.Ordinal);

        var record = ChangeRecords.Compare(Base, revised);

        var moved = Assert.Single(record.Provisions);
        Assert.Equal(ProvisionChangeKind.Moved, moved.Kind);
        Assert.Equal(SignificanceLevel.Substantive, moved.Significance.Level);
        Assert.Equal(["Quayside Freight Terms", "Claims"], moved.NewPlace!.HeadingPath);
    }

    [Fact]
    public void Clauses_left_under_another_heading_when_theirs_is_removed_have_not_moved_in_substance()
    {
        var revised = Base.Replace("## 2. Claims\n\n", "", StringComparison.Ordinal);

        var record = ChangeRecords.Compare(Base, revised);

        Assert.Equal(SignificanceLevel.Cosmetic, record.Significance);
        Assert.Contains(record.Provisions, p => p.Kind == ProvisionChangeKind.Moved);
        Assert.All(record.Provisions, p => Assert.Equal(SignificanceLevel.Cosmetic, p.Significance.Level));
        Assert.Equal(ChangeRecords.First(Base).Record.SubstanceKey, record.SubstanceKey);
    }

    [Fact]
    public void A_modified_clause_carries_its_word_diff_and_its_id()
    {
        var revised = Base.Replace("within 7 days of delivery", "within 3 days of delivery", StringComparison.Ordinal);
        var (first, identified) = ChangeRecords.First(Base);

        var (record, next) = ChangeRecords.Next(identified, revised, first.SubstanceKey);

        var modified = Assert.Single(record.Provisions);
        Assert.Equal(ProvisionChangeKind.Modified, modified.Kind);
        Assert.Equal(modified.BeforeIds, modified.AfterIds);
        Assert.Equal(identified.Ids, next.Ids);
        Assert.Contains(modified.Diff, d => d is { Operation: DiffOperation.Deleted, Text: " 7" });
        Assert.Contains(modified.Diff, d => d is { Operation: DiffOperation.Inserted, Text: " 3" });
        Assert.Contains(modified.Significance.Signals, s => s.Kind == ChangeKind.PeriodShortened);
        Assert.Equal("section 2.1 (Claims)", modified.Place!.Label);
    }
}
