using Clauseline.Changes;
using static Clauseline.Changes.ChangeKind;

namespace Clauseline.Tests.Changes;

/// <summary>
/// Golden cases for provision significance: an old and a new wording of a clause from the fictional Brightwell
/// Ledger terms, the level expected and every kind of signal expected (with its old and new values where given).
/// </summary>
public sealed class SignificanceTests
{
    private sealed record Expect(ChangeKind Kind, string? Old = null, string? New = null);

    private sealed record Case(string Old, string New, SignificanceLevel Level, params Expect[] Signals);

    private const SignificanceLevel Cosmetic = SignificanceLevel.Cosmetic;
    private const SignificanceLevel Substantive = SignificanceLevel.Substantive;

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // Modal shifts.
        ["Modal may becomes must"] = new("Brightwell may notify you before deleting inactive accounts.", "Brightwell must notify you before deleting inactive accounts.", Substantive, new Expect(ModalShift, "may", "must")),
        ["Modal shall becomes should"] = new("The Customer shall keep its login credentials confidential.", "The Customer should keep its login credentials confidential.", Substantive, new Expect(ModalShift, "shall", "should")),
        ["Modal will becomes may"] = new("We will refund unused prepaid fees when you cancel.", "We may refund unused prepaid fees when you cancel.", Substantive, new Expect(ModalShift, "will", "may")),
        ["Modal that only moves is no shift"] = new("You may cancel your subscription at any time from the billing page.", "From the billing page, you may cancel your subscription at any time.", Substantive, new Expect(OtherWording)),
        ["Modal of the same strength is no shift"] = new("The Customer is required to pay each invoice within 30 days.", "The Customer must pay each invoice within 30 days.", Substantive, new Expect(OtherWording, "is required to", "must")),

        // Negations.
        ["Negation added"] = new("We share aggregated usage statistics with advertisers.", "We do not share aggregated usage statistics with advertisers.", Substantive, new Expect(NegationAdded, null, "do not share")),
        ["Negation removed"] = new("Brightwell will not sell your personal data.", "Brightwell will sell your personal data.", Substantive, new Expect(NegationRemoved, "will not sell")),
        ["Negation in a contraction removed"] = new("You can't transfer your account to another person.", "You can transfer your account to another person.", Substantive, new Expect(NegationRemoved, "can not transfer")),
        ["No later than is a bound, not a negation"] = new("Invoices are payable no later than 30 days after issue.", "Invoices are payable within 30 days after issue.", Substantive, new Expect(OtherWording, "no later than", "within")),
        ["Negation that only moves is no signal"] = new("We will not contact you by phone without your consent.", "Without your consent, we will not contact you by phone.", Substantive, new Expect(OtherWording)),

        // Parties.
        ["Parties widened by an added party"] = new("We share usage data with our affiliates.", "We share usage data with our affiliates and advertising partners.", Substantive, new Expect(PartiesWidened, null, "partners")),
        ["Parties narrowed by a removed party"] = new("Brightwell may disclose your data to its contractors and agents to deliver the service.", "Brightwell may disclose your data to its contractors to deliver the service.", Substantive, new Expect(PartiesNarrowed, "agents")),
        ["Parties widened from affiliates to third parties"] = new("We may share your contact details with our affiliates.", "We may share your contact details with third parties.", Substantive, new Expect(PartiesWidened, "affiliates", "third parties")),
        ["Parties narrowed from third parties to subsidiaries"] = new("Reports may be shared with third parties.", "Reports may be shared with our subsidiaries.", Substantive, new Expect(PartiesNarrowed, "third parties", "subsidiaries")),
        ["Party that only moves is no signal"] = new("Our subcontractors must keep your data confidential.", "Your data must be kept confidential by our subcontractors.", Substantive, new Expect(OtherWording)),

        // Numbers.
        ["Number cap lowered"] = new("Our total liability is limited to $1,000.", "Our total liability is limited to $500.", Substantive, new Expect(NumberChanged, "$1,000", "$500")),
        ["Number percentage raised"] = new("Late payments accrue interest at 1.5% per month.", "Late payments accrue interest at 2% per month.", Substantive, new Expect(NumberChanged, "1.5%", "2%")),
        ["Number of users raised"] = new("Each Team plan includes 5 users.", "Each Team plan includes 10 users.", Substantive, new Expect(NumberChanged, "5 users", "10 users")),
        ["Number written twice then once is no change"] = new("You may return the device within thirty (30) days.", "You may return the device within 30 days.", Substantive, new Expect(OtherWording, "thirty")),

        // Notice periods and time limits.
        ["Notice period shortened"] = new("We will give you 60 days' notice of any price increase.", "We will give you 30 days' notice of any price increase.", Substantive, new Expect(PeriodShortened, "60 days", "30 days")),
        ["Time limit lengthened across units"] = new("You may dispute a charge within 14 days of the invoice date.", "You may dispute a charge within 2 months of the invoice date.", Substantive, new Expect(PeriodLengthened, "14 days", "2 months")),
        ["Time limit in business days"] = new("Refund requests are answered within 5 days.", "Refund requests are answered within 5 business days.", Substantive, new Expect(PeriodLengthened, "5 days", "5 business days")),
        ["Breach notice lengthened from hours to days"] = new("We will notify you of a security breach within 72 hours.", "We will notify you of a security breach within 7 days.", Substantive, new Expect(PeriodLengthened, "72 hours", "7 days")),
        ["Period that only moves is no signal"] = new("Within 30 days of termination, we will delete your data.", "We will delete your data within 30 days of termination.", Substantive, new Expect(OtherWording)),

        // A provision that opens with a quantity keeps it: the number is no clause number.
        ["Leading notice period is a quantity, not a clause number"] = new("60 days' notice is required before Brightwell raises subscription prices.", "30 days' notice is required before Brightwell raises subscription prices.", Substantive, new Expect(PeriodShortened, "60 days", "30 days")),
        ["Leading number of users is a quantity"] = new("25 users can share one Team workspace.", "50 users can share one Team workspace.", Substantive, new Expect(NumberChanged, "25 users", "50 users")),
        ["Leading percentage is a quantity"] = new("10 percent of each payout is kept as a service fee.", "12 percent of each payout is kept as a service fee.", Substantive, new Expect(NumberChanged, "10 percent", "12 percent")),
        ["Leading storage with a unit in capitals is a quantity"] = new("2 GB of attachments is included with every ledger.", "5 GB of attachments is included with every ledger.", Substantive, new Expect(NumberChanged, "2 gb", "5 gb")),
        ["Leading hours are a period"] = new("48 hours is the longest Brightwell takes to answer a support ticket.", "72 hours is the longest Brightwell takes to answer a support ticket.", Substantive, new Expect(PeriodLengthened, "48 hours", "72 hours")),
        ["Leading minutes are a period"] = new("30 minutes of scheduled maintenance a month does not count as downtime.", "90 minutes of scheduled maintenance a month does not count as downtime.", Substantive, new Expect(PeriodLengthened, "30 minutes", "90 minutes")),
        ["Leading number followed by the number spelled out is a quantity"] = new("90 (ninety) days after cancellation, deleted ledgers are purged.", "30 (thirty) days after cancellation, deleted ledgers are purged.", Substantive, new Expect(PeriodShortened)),
        ["Clause number before a unit word in title case stays a clause number"] = new("7 Users must keep their passwords secret.", "8 Users must keep their passwords secret.", Cosmetic, new Expect(Renumbered, "7", "8")),
        ["Clause number with a dot before a quantity stays a clause number"] = new("4. 30 days' notice is required before Brightwell raises subscription prices.", "5. 30 days' notice is required before Brightwell raises subscription prices.", Cosmetic, new Expect(Renumbered, "4", "5")),
        ["Section number stays a clause number"] = new("Section 4 Fees are billed monthly in advance.", "Section 5 Fees are billed monthly in advance.", Cosmetic, new Expect(Renumbered, "4", "5")),
        ["Roman list marker stays a clause number"] = new("iv) you must keep receipts for 5 years;", "v) you must keep receipts for 5 years;", Cosmetic, new Expect(Renumbered, "iv)", "v)")),
        ["Numbered heading stays a clause number"] = new("## 3 Days of grace", "## 4 Days of grace", Cosmetic, new Expect(Renumbered, "3", "4")),

        // Defined terms.
        ["Defined term added in parentheses"] = new("Brightwell provides the hosted ledger and related support.", "Brightwell provides the hosted ledger and related support (together, the \"Services\").", Substantive, new Expect(DefinedTermAdded, null, "Services")),
        ["Defined term removed"] = new("\"Customer Data\" means all data you upload to the Services.", "Customer data includes all data you upload to the Services.", Substantive, new Expect(DefinedTermRemoved, "Customer Data")),
        ["Defined term added by quoting alone"] = new("You may connect third-party apps to your Workspace.", "You may connect third-party apps to your workspace (the \"Workspace\").", Substantive, new Expect(DefinedTermAdded, null, "Workspace")),
        ["Defined term renamed"] = new("Brightwell operates an online bookkeeping tool (the \"Platform\").", "Brightwell operates an online bookkeeping tool (the \"Service\").", Substantive, new Expect(DefinedTermRemoved, "Platform"), new Expect(DefinedTermAdded, null, "Service")),
        ["Mismatched curly quotes corrected is no new term"] = new("At Harbourline (“Harbourline,“ “we“ or “us”) we respect your privacy.", "At Harbourline (“Harbourline,” “we” or “us”) we respect your privacy.", Cosmetic, new Expect(Punctuation)),
        ["Defined term in curly quotes is the same term"] = new("\"Account\" means your registered profile.", "“Account” means your registered profile.", Cosmetic, new Expect(Punctuation)),

        // Obligations and rights.
        ["Obligation added"] = new("You are responsible for your account.", "You are responsible for your account and must keep your password secret.", Substantive, new Expect(ObligationAdded, null, "must keep your password")),
        ["Obligation removed"] = new("Brightwell shall back up Customer Data daily and shall encrypt backups.", "Brightwell shall back up Customer Data daily.", Substantive, new Expect(ObligationRemoved, "shall encrypt backups")),
        ["Right added"] = new("Either party may terminate this agreement for material breach.", "Either party may terminate this agreement for material breach, and Brightwell reserves the right to suspend access for late payment.", Substantive, new Expect(RightAdded, null, "reserves the right to suspend access for")),
        ["Right removed"] = new("You may export your data at any time and may request a copy by email.", "You may export your data at any time.", Substantive, new Expect(RightRemoved, "may request a copy")),
        ["Obligation reworded into the passive is no new obligation"] = new("The Customer must pay all fees in advance.", "All fees must be paid in advance by the Customer.", Substantive, new Expect(OtherWording)),

        // The month May is no modal.
        ["The month May after a day is no right"] = new("Annual renewals are charged on 30 April 2026.", "Annual renewals are charged on 30 May 2026.", Substantive, new Expect(OtherWording, "april", "may")),
        ["The month May before a day is no right removed"] = new("The spring discount on Team plans ends on May 31.", "The spring discount on Team plans ends on June 30.", Substantive, new Expect(NumberChanged, "31", "30")),
        ["The month May before an ordinal day is no right"] = new("Legacy plans are retired on April 1st.", "Legacy plans are retired on May 1st.", Substantive, new Expect(OtherWording, "april", "may")),
        ["The month May before a year is no right removed"] = new("Statements for May 2026 are sent by email.", "Statements for June 2026 are sent by email.", Substantive, new Expect(OtherWording, "may", "june")),
        ["The month May after of is no right removed"] = new("Referral payouts are made at the end of May each year.", "Referral payouts are made at the end of June each year.", Substantive, new Expect(OtherWording, "may", "june")),
        ["The month May in capitals is no right"] = new("ANNUAL RENEWALS ARE CHARGED ON 30 APRIL 2026.", "ANNUAL RENEWALS ARE CHARGED ON 30 MAY 2026.", Substantive, new Expect(OtherWording, "april", "may")),
        ["Modal may after a number stays a modal"] = new("Members under 16 must join with a parent's consent.", "Members under 16 may join with a parent's consent.", Substantive, new Expect(ModalShift, "must", "may")),
        ["Modal may before a numbered list stays a modal"] = new("Brightwell may (1) suspend the workspace or (2) close it.", "Brightwell must (1) suspend the workspace or (2) close it.", Substantive, new Expect(ModalShift, "may", "must")),
        ["Modal May opening a question stays a modal"] = new("May we contact you about your account?", "Will we contact you about your account?", Substantive, new Expect(ModalShift, "may", "will")),

        // A word replaced within one changed run pairs with its replacement before the same word elsewhere cancels it.
        ["Replaced modal pairs in its run when the same modal is added elsewhere"] = new("Brightwell may close a workspace after 60 days without a paid plan.", "Brightwell will close a workspace after 30 days without a paid plan, and you may export its ledgers first.", Substantive, new Expect(ModalShift, "may", "will"), new Expect(RightAdded, null, "may export its ledgers"), new Expect(PeriodShortened, "60 days", "30 days")),
        ["Replaced modal pairs in its run when the same modal is removed elsewhere"] = new("We will email an invoice each month, and you may pay it by card.", "We may email an invoice each month.", Substantive, new Expect(ModalShift, "will", "may"), new Expect(RightRemoved, "may pay it by")),
        ["Modal strengthened while a new right follows"] = new("You may pause your plan at any time.", "You must pause your plan at any time, and may resume it later.", Substantive, new Expect(ModalShift, "may", "must"), new Expect(RightAdded, null, "may resume it later")),
        ["Periods replaced in two runs pair run by run"] = new("Refund requests are accepted within 14 days and billing disputes within 30 days.", "Refund requests are accepted within 30 days and billing disputes within 60 days.", Substantive, new Expect(PeriodLengthened, "14 days", "30 days"), new Expect(PeriodLengthened, "30 days", "60 days")),
        ["Parties replaced in two runs pair run by run"] = new("We share invoices with our affiliates and payment data with processors.", "We share invoices with our processors and payment data with third parties.", Substantive, new Expect(PartiesWidened, "affiliates", "processors"), new Expect(PartiesWidened, "processors", "third parties")),
        ["Modals that trade places are no shift"] = new("You may pause your plan and must settle open invoices first.", "You must settle open invoices first and may pause your plan.", Substantive, new Expect(OtherWording)),

        // Whitespace.
        ["Whitespace doubled space"] = new("Fees are billed  monthly in advance.", "Fees are billed monthly in advance.", Cosmetic, new Expect(Whitespace)),
        ["Whitespace line break"] = new("Fees are billed\nmonthly in advance.", "Fees are billed monthly in advance.", Cosmetic, new Expect(Whitespace)),
        ["Whitespace around a comma"] = new("Fees are billed monthly ,in advance.", "Fees are billed monthly, in advance.", Cosmetic, new Expect(Whitespace)),

        // Punctuation.
        ["Punctuation commas dropped"] = new("We may, at our discretion, suspend accounts.", "We may at our discretion suspend accounts.", Cosmetic, new Expect(Punctuation)),
        ["Punctuation full stop to semicolon"] = new("Fees are non-refundable.", "Fees are non-refundable;", Cosmetic, new Expect(Punctuation)),
        ["Punctuation around signal words"] = new("You must not, under any circumstances, share your password.", "You must not under any circumstances share your password.", Cosmetic, new Expect(Punctuation)),

        // Casing.
        ["Casing of a term"] = new("The customer must pay all fees.", "The Customer must pay all fees.", Cosmetic, new Expect(Casing)),
        ["Casing from capitals"] = new("BRIGHTWELL WILL NOT BE LIABLE FOR INDIRECT LOSS.", "Brightwell will not be liable for indirect loss.", Cosmetic, new Expect(Casing)),
        ["Casing of signal words"] = new("We May Share Data With Our Affiliates.", "We may share data with our affiliates.", Cosmetic, new Expect(Casing)),

        // Renumbering.
        ["Renumbered clause"] = new("4.2 Brightwell may suspend access for late payment.", "5.2 Brightwell may suspend access for late payment.", Cosmetic, new Expect(Renumbered, "4.2", "5.2")),
        ["Renumbered list item"] = new("(a) you must keep your password secret;", "(b) you must keep your password secret;", Cosmetic, new Expect(Renumbered, "(a)", "(b)")),
        ["Renumbered cross-reference"] = new("Fees are refundable as described in Section 7.1.", "Fees are refundable as described in Section 8.1.", Cosmetic, new Expect(Renumbered, "7.1", "8.1")),

        // Dates of revision.
        ["Last updated date"] = new("Last updated: 1 March 2025", "Last updated: 9 June 2025", Cosmetic, new Expect(LastUpdatedDate, "Last updated: 1 March 2025", "Last updated: 9 June 2025")),
        ["Effective date"] = new("Effective date: 2025-01-01", "Effective date: 2025-07-01", Cosmetic, new Expect(LastUpdatedDate, "Effective date: 2025-01-01", "Effective date: 2025-07-01")),
        ["Effective date that is a link"] = new("[Effective February 27, 2025](https://tidewater.example/help/updates)", "[Effective November 3, 2025](https://tidewater.example/help/updates)", Cosmetic, new Expect(LastUpdatedDate, "Effective February 27, 2025", "Effective November 3, 2025")),
        ["Last revised date in italics"] = new("_Last revised 3 February 2024_", "_Last revised 12 May 2025_", Cosmetic, new Expect(LastUpdatedDate, "Last revised 3 February 2024", "Last revised 12 May 2025")),

        // Link targets.
        ["Link target moved"] = new("Read our [Privacy Policy](https://brightwell.example/privacy) to learn more.", "Read our [Privacy Policy](https://brightwell.example/legal/privacy) to learn more.", Cosmetic, new Expect(LinkTarget, "https://brightwell.example/privacy", "https://brightwell.example/legal/privacy")),
        ["Link query string changed"] = new("Manage your [cookie settings](https://brightwell.example/cookies?ref=footer).", "Manage your [cookie settings](https://brightwell.example/cookies?ref=terms).", Cosmetic, new Expect(LinkTarget, "https://brightwell.example/cookies?ref=footer", "https://brightwell.example/cookies?ref=terms")),
        ["Bare link changed"] = new("Contact us at https://brightwell.example/support for help.", "Contact us at https://help.brightwell.example/contact for help.", Cosmetic, new Expect(LinkTarget, "https://brightwell.example/support", "https://help.brightwell.example/contact")),

        // Formatting.
        ["Formatting bold signal word"] = new("You must pay all fees on time.", "You **must** pay all fees on time.", Cosmetic, new Expect(Formatting)),
        ["Formatting heading level"] = new("## Termination", "### Termination", Cosmetic, new Expect(Formatting)),
        ["Formatting italics removed"] = new("Refunds are not available for *annual* plans.", "Refunds are not available for annual plans.", Cosmetic, new Expect(Formatting)),

        // Mixed.
        ["Renumbered with a modal shift is substantive"] = new("3. Brightwell may audit your use of the Services.", "4. Brightwell will audit your use of the Services.", Substantive, new Expect(Renumbered, "3", "4"), new Expect(ModalShift, "may", "will")),
        ["Same text is cosmetic with no signals"] = new("Brightwell may update these terms.", "Brightwell may update these terms.", Cosmetic),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Golden_case(string name)
    {
        var golden = Cases[name];

        var result = Significance.Assess(golden.Old, golden.New);

        var shown = string.Join(", ", result.Signals);
        Assert.True(golden.Level == result.Level, $"Expected {golden.Level}, got {result.Level}: {shown}");
        Assert.True(
            golden.Signals.Select(s => s.Kind).Distinct().Order().SequenceEqual(result.Signals.Select(s => s.Kind).Distinct().Order()),
            $"Expected kinds {string.Join(", ", golden.Signals.Select(s => s.Kind))}, got {shown}");
        foreach (var expected in golden.Signals)
        {
            Assert.True(
                result.Signals.Any(s => s.Kind == expected.Kind && (expected.Old is null || s.Old == expected.Old) && (expected.New is null || s.New == expected.New)),
                $"Expected {expected.Kind}({expected.Old} → {expected.New}), got {shown}");
        }
    }

    [Fact]
    public void Directions_say_which_way_a_change_goes()
    {
        Assert.Contains(Significance.Assess("We may notify you.", "We must notify you.").Signals, s => s.Direction == ChangeDirection.Strengthens);
        Assert.Contains(Significance.Assess("Cancel within 30 days.", "Cancel within 10 days.").Signals, s => s.Direction == ChangeDirection.Shortens);
        Assert.Contains(Significance.Assess("A fee of $10 applies.", "A fee of $20 applies.").Signals, s => s.Direction == ChangeDirection.Increases);
        Assert.Contains(Significance.Assess("We may close the workspace.", "We will close the workspace, and you may export it.").Signals, s => s.Kind == ModalShift && s.Direction == ChangeDirection.Strengthens);
    }
}
