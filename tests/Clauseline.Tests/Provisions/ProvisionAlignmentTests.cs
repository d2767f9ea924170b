using Clauseline.Provisions;
using Clauseline.Segmentation;

namespace Clauseline.Tests.Provisions;

/// <summary>How two versions of the terms of a fictional company are aligned provision by provision.</summary>
public sealed class ProvisionAlignmentTests
{
    private const string Original = """
        # Lanternfield Rowing Club Terms

        ## 1. Membership

        1.1 Membership runs for twelve months from the day your first payment clears.

        1.2 You may bring a guest to two sessions each season without paying a visitor fee.

        1.3 Members under eighteen need a parent or guardian to sign the safety form.

        ## 2. Boats and Equipment

        2.1 Club boats may only be taken out when a qualified cox is present on the pontoon.

        2.2 Damage to a boat must be written in the logbook before you leave the boathouse.

        2.3 Private boats stored in the racks are kept there at the owner's own risk.

        ## 3. Fees

        3.1 The annual fee is charged in one payment at the start of each membership year.

        3.2 Lockers are rented separately and the key deposit is returned when the key comes back.

        3.3 Coaching sessions are booked through the club app and paid for at the time of booking.
        """;

    [Fact]
    public void The_same_text_aligns_every_provision_as_unchanged()
    {
        var alignment = Align(Original, Original);

        Assert.True(alignment.IsUnchanged);
        Assert.Equal(Split(Original).Count, alignment.Matches.Count);
    }

    [Fact]
    public void Inserting_a_clause_renumbers_the_ones_after_it_without_changing_them()
    {
        var revised = Original
            .Replace("1.3 Members under", "1.4 Members under", StringComparison.Ordinal)
            .Replace("1.2 You may bring", "1.2 Your membership card must be shown at the boathouse door on every visit.\n\n1.3 You may bring", StringComparison.Ordinal);

        var alignment = Align(Original, revised);

        var added = Assert.Single(alignment.Matches, m => m.Change == ProvisionChange.Added);
        Assert.StartsWith("1.2 Your membership card", alignment.After[added.After[0]].Text, StringComparison.Ordinal);
        var guests = MatchOf(alignment, "You may bring a guest");
        Assert.Equal(ProvisionChange.Unchanged, guests.Change);
        Assert.True(guests.Renumbered);
        Assert.False(guests.Moved);
        Assert.True(MatchOf(alignment, "Members under eighteen").Renumbered);
        Assert.All(alignment.Matches.Where(m => m != added), m => Assert.Equal(ProvisionChange.Unchanged, m.Change));
    }

    [Fact]
    public void A_clause_taken_to_another_section_is_unchanged_but_moved()
    {
        var revised = Original
            .Replace("1.2 You may bring a guest to two sessions each season without paying a visitor fee.\n\n", "", StringComparison.Ordinal)
            .Replace("3.3 Coaching", "3.3 You may bring a guest to two sessions each season without paying a visitor fee.\n\n3.4 Coaching", StringComparison.Ordinal);

        var alignment = Align(Original, revised);

        var guests = MatchOf(alignment, "You may bring a guest");
        Assert.Equal(ProvisionChange.Unchanged, guests.Change);
        Assert.True(guests.Moved);
        Assert.DoesNotContain(alignment.Matches, m => m.Change is ProvisionChange.Added or ProvisionChange.Removed);
        Assert.False(MatchOf(alignment, "Club boats may only").Moved);
    }

    [Fact]
    public void A_reworded_clause_is_modified_rather_than_removed_and_added()
    {
        var revised = Original.Replace(
            "2.2 Damage to a boat must be written in the logbook before you leave the boathouse.",
            "2.2 Any damage to a boat must be written in the logbook and reported to the captain before you leave the boathouse.",
            StringComparison.Ordinal);

        var alignment = Align(Original, revised);

        var damage = MatchOf(alignment, "Damage to a boat");
        Assert.Equal(ProvisionChange.Modified, damage.Change);
        Assert.InRange(damage.Similarity, 0.5, 0.99);
        Assert.False(damage.Renumbered);
        Assert.DoesNotContain(alignment.Matches, m => m.Change is ProvisionChange.Added or ProvisionChange.Removed);
    }

    [Fact]
    public void A_clause_cut_in_two_is_a_split_into_both_parts()
    {
        var revised = Original.Replace(
            "3.2 Lockers are rented separately and the key deposit is returned when the key comes back.",
            "3.2 Lockers are rented separately.\n\n3.3 The key deposit is returned when the key comes back.",
            StringComparison.Ordinal).Replace("3.3 Coaching", "3.4 Coaching", StringComparison.Ordinal);

        var alignment = Align(Original, revised);

        var lockers = MatchOf(alignment, "Lockers are rented");
        Assert.Equal(ProvisionChange.Split, lockers.Change);
        Assert.Equal(2, lockers.After.Count);
        Assert.EndsWith("comes back.", alignment.After[lockers.After[1]].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(alignment.Matches, m => m.Change is ProvisionChange.Added or ProvisionChange.Removed);
    }

    [Fact]
    public void Two_clauses_joined_into_one_are_a_merge_of_both()
    {
        var revised = Original.Replace(
            "2.2 Damage to a boat must be written in the logbook before you leave the boathouse.\n\n2.3 Private boats stored in the racks are kept there at the owner's own risk.",
            "2.2 Damage to a boat must be written in the logbook before you leave the boathouse, and private boats stored in the racks are kept there at the owner's own risk.",
            StringComparison.Ordinal);

        var alignment = Align(Original, revised);

        var merged = Assert.Single(alignment.Matches, m => m.Change == ProvisionChange.Merged);
        Assert.Equal(2, merged.Before.Count);
        Assert.StartsWith("2.3 Private boats", alignment.Before[merged.Before[1]].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(alignment.Matches, m => m.Change is ProvisionChange.Added or ProvisionChange.Removed);
    }

    [Fact]
    public void A_deleted_clause_is_removed_and_the_rest_stays_unchanged()
    {
        var revised = Original.Replace("2.3 Private boats stored in the racks are kept there at the owner's own risk.\n\n", "", StringComparison.Ordinal);

        var alignment = Align(Original, revised);

        var removed = Assert.Single(alignment.Matches, m => m.Change != ProvisionChange.Unchanged);
        Assert.Equal(ProvisionChange.Removed, removed.Change);
        Assert.StartsWith("2.3 Private boats", alignment.Before[removed.Before[0]].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_clause_at_the_end_of_a_section_is_added()
    {
        var revised = Original.Replace("\n\n## 3. Fees", "\n\n2.4 Oars are returned to the oar rack, blades facing up.\n\n## 3. Fees", StringComparison.Ordinal);

        var alignment = Align(Original, revised);

        var added = Assert.Single(alignment.Matches, m => m.Change != ProvisionChange.Unchanged);
        Assert.Equal(ProvisionChange.Added, added.Change);
        Assert.StartsWith("2.4 Oars", alignment.After[added.After[0]].Text, StringComparison.Ordinal);
        Assert.Equal(["Lanternfield Rowing Club Terms", "Boats and Equipment"], alignment.After[added.After[0]].HeadingPath);
    }

    [Fact]
    public void A_renamed_heading_is_modified_and_its_clauses_do_not_count_as_moved()
    {
        var revised = Original.Replace("## 2. Boats and Equipment", "## 2. Boats, Oars and Equipment", StringComparison.Ordinal);

        var alignment = Align(Original, revised);

        Assert.Equal(ProvisionChange.Modified, MatchOf(alignment, "## 2. Boats").Change);
        Assert.False(MatchOf(alignment, "Club boats may only").Moved);
        Assert.Single(alignment.Matches, m => m.Change != ProvisionChange.Unchanged);
    }

    [Fact]
    public void Ids_carry_across_three_versions_and_new_ones_never_reuse_old_numbers()
    {
        var second = Original
            .Replace("1.3 Members under", "1.4 Members under", StringComparison.Ordinal)
            .Replace("1.2 You may bring", "1.2 Your membership card must be shown at the boathouse door on every visit.\n\n1.3 You may bring", StringComparison.Ordinal);
        var third = second
            .Replace("2.3 Private boats stored in the racks are kept there at the owner's own risk.\n\n", "", StringComparison.Ordinal)
            .Replace(
                "3.2 Lockers are rented separately and the key deposit is returned when the key comes back.",
                "3.2 Lockers are rented separately.\n\n3.3 The key deposit is returned when the key comes back.",
                StringComparison.Ordinal);

        var v1 = ProvisionIdentity.First(Split(Original));
        var v2 = ProvisionIdentity.Carry(v1, Split(second));
        var v3 = ProvisionIdentity.Carry(v2, Split(third));

        var guests = IdOf(v1, "You may bring a guest");
        Assert.Equal(guests, IdOf(v2, "You may bring a guest"));
        Assert.Equal(guests, IdOf(v3, "You may bring a guest"));
        var card = IdOf(v2, "Your membership card");
        Assert.DoesNotContain(card, v1.Ids);
        Assert.Equal(card, IdOf(v3, "Your membership card"));
        var lockers = IdOf(v2, "Lockers are rented");
        Assert.Equal(IdOf(v1, "Lockers are rented"), lockers);
        var keyDeposit = v3.Provisions.Select((p, i) => (p, i)).Single(x => x.p.Text.Contains("key deposit", StringComparison.Ordinal)).i;
        Assert.Equal([lockers], v3.Origins[keyDeposit]);
        Assert.DoesNotContain(v3.Ids[keyDeposit], v1.Ids.Concat(v2.Ids));
        Assert.Equal(v3.Ids.Count, v3.Ids.Distinct().Count());
        Assert.DoesNotContain(IdOf(v2, "Private boats"), v3.Ids);
    }

    [Fact]
    public void Aligning_the_same_versions_twice_gives_the_same_result()
    {
        var revised = Original
            .Replace("## 2. Boats and Equipment", "## 2. Boats", StringComparison.Ordinal)
            .Replace("3.1 The annual fee is charged in one payment", "3.1 The annual fee is charged in one or two payments", StringComparison.Ordinal)
            .Replace("1.2 You may bring a guest to two sessions each season without paying a visitor fee.\n\n", "", StringComparison.Ordinal);

        var first = Align(Original, revised);
        var second = Align(Original, revised);

        Assert.Equal(Describe(first), Describe(second));
        Assert.Equal(ProvisionIdentity.Carry(ProvisionIdentity.First(Split(Original)), Split(revised)).Ids, ProvisionIdentity.Carry(ProvisionIdentity.First(Split(Original)), Split(revised)).Ids);
    }

    private static IReadOnlyList<Provision> Split(string text) => ProvisionSplitter.Split(text.ReplaceLineEndings("\n"));

    private static ProvisionAlignment Align(string before, string after) => ProvisionAlignment.Align(Split(before), Split(after));

    /// <summary>The match of the old provision whose text contains <paramref name="fragment"/>.</summary>
    private static ProvisionMatch MatchOf(ProvisionAlignment alignment, string fragment)
    {
        var index = alignment.Before.Select((p, i) => (p, i)).Single(x => x.p.Text.Contains(fragment, StringComparison.Ordinal)).i;
        return alignment.OfBefore(index);
    }

    private static string IdOf(IdentifiedVersion version, string fragment) =>
        version.Ids[version.Provisions.Select((p, i) => (p, i)).Single(x => x.p.Text.Contains(fragment, StringComparison.Ordinal)).i];

    private static string[] Describe(ProvisionAlignment alignment) =>
        [.. alignment.Matches.Select(m => $"{m.Change} [{string.Join(',', m.Before)}] [{string.Join(',', m.After)}] {m.Similarity:F3} {m.Renumbered} {m.Moved}")];
}
