using Clauseline.Changes;
using Clauseline.Records;

namespace Clauseline.Tests.Records;

/// <summary>
/// Golden cases for provision change summaries and record headlines: an old and a new wording of a clause from the
/// fictional Fernhollow Photos terms, where it sits, and the whole line expected. The significance comes from the
/// real <see cref="Significance.Assess"/>, so each case runs the path a change record takes.
/// </summary>
public sealed class SummaryTests
{
    private sealed record Case(ProvisionChangeKind Kind, string? Old, string? New, Placement? OldPlace, Placement? NewPlace, string Expected, Judged Judged = Judged.AsWritten);

    /// <summary>How the change recorder judges a case: as its wording says, or by its own rules for moves and for headings.</summary>
    private enum Judged
    {
        AsWritten,
        AsMove,
        AsStructure,
    }

    private sealed record HeadlineCase(string[] Provisions, int Renumbered, string Expected);

    private static Placement At(string? section, params string[] headings) => new(headings, section);

    private static Case Modified(string old, string @new, Placement? place, string expected) => new(ProvisionChangeKind.Modified, old, @new, place, place, expected);

    private static Case Added(string text, Placement? place, string expected) => new(ProvisionChangeKind.Added, null, text, null, place, expected);

    private static Case Removed(string text, Placement? place, string expected) => new(ProvisionChangeKind.Removed, text, null, place, null, expected);

    private static Case Moved(string old, string @new, Placement? from, Placement? to, string expected) => new(ProvisionChangeKind.Moved, old, @new, from, to, expected);

    private static Case Split(string old, string[] parts, Placement? place, string expected) => new(ProvisionChangeKind.Split, old, string.Join("\n\n", parts), place, place, expected);

    private static Case Merged(string[] parts, string @new, Placement? place, string expected) => new(ProvisionChangeKind.Merged, string.Join("\n\n", parts), @new, place, place, expected);

    private static readonly Placement Billing = At("6.3", "Fees and billing", "Billing");
    private static readonly Placement Liability = At("11", "LIMITATION OF LIABILITY");
    private static readonly Placement Privacy = At(null, "Privacy");
    private static readonly Placement Accounts = At("3", "Accounts");
    private static readonly Placement Prints = At("8.2", "PRINT ORDERS");
    private static readonly Placement Nowhere = At(null);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // Modal shifts.
        ["Modal may becomes must"] = Modified("Fernhollow may notify you before it removes photos that break these terms.", "Fernhollow must notify you before it removes photos that break these terms.", At("5.2", "Content rules"), "Strengthened 'may' to 'must', turning a permission into a duty: 'Fernhollow must notify you before it removes photos…' (section 5.2, Content rules)"),
        ["Heading in parentheses is not doubled"] = Modified("Fernhollow may notify you before it removes photos that break these terms.", "Fernhollow must notify you before it removes photos that break these terms.", At(null, "(These terms apply if you live in the EU)"), "Strengthened 'may' to 'must', turning a permission into a duty: 'Fernhollow must notify you before it removes photos…' (These terms apply if you live in the EU)"),
        ["Modal shall becomes should"] = Modified("You shall keep your own copy of every photo you upload.", "You should keep your own copy of every photo you upload.", At("7.1", "Backups"), "Weakened 'shall' to 'should', turning a duty into a recommendation: 'You should keep your own copy of every…' (section 7.1, Backups)"),
        ["Modal will becomes may"] = Modified("We will refund the unused part of an annual plan when you cancel it.", "We may refund the unused part of an annual plan when you cancel it.", Billing, "Weakened 'will' to 'may', turning a commitment into a permission: 'We may refund the unused part of an…' (section 6.3, Billing)"),
        ["Modal should becomes must"] = Modified("You should turn on two-step sign-in for your account.", "You must turn on two-step sign-in for your account.", At("3.3", "Accounts", "ACCOUNT SECURITY"), "Strengthened 'should' to 'must', turning a recommendation into a duty: 'You must turn on two-step sign-in…' (section 3.3, Account security)"),

        // Negations added.
        ["Negation added reverses the clause"] = Modified("We share anonymised viewing statistics with advertisers.", "We do not share anonymised viewing statistics with advertisers.", Privacy, "Added the negation 'not', reversing the clause: 'We share anonymised viewing statistics with advertisers' now reads 'We do not share anonymised viewing statistics with advertisers' (Privacy)"),
        ["Negation added after may makes a prohibition"] = Modified("You may transfer your Fernhollow account to another person.", "You may not transfer your Fernhollow account to another person.", At("3.5", "Accounts"), "Added the negation 'not', turning a permission into a prohibition: 'You may transfer your Fernhollow…' now reads 'You may not transfer your Fernhollow…' (section 3.5, Accounts)"),
        ["Negation replaces its opposite"] = Modified("Fernhollow may suspend an account with notice.", "Fernhollow may suspend an account without notice.", At("12.1", "Suspension"), "Added the negation 'without', reversing the clause: 'Fernhollow may suspend an account with notice' now reads 'Fernhollow may suspend an account without notice' (section 12.1, Suspension)"),
        ["Negative wording added"] = Modified("We may close a free account that has been inactive for 24 months.", "We may close a free account that has been inactive for 24 months, without any further warning.", At("12.3", "Suspension"), "Added the negative wording 'without any further warning': '…inactive for 24 months, without any further warning' (section 12.3, Suspension)"),
        ["May becomes must not"] = Modified("You may resell prints you order through Fernhollow.", "You must not resell prints you order through Fernhollow.", Prints, "Replaced 'may' with 'must not', turning a permission into a prohibition: 'You must not resell prints you order through Fernhollow' (section 8.2, Print orders)"),

        // Negations removed.
        ["Negation removed from our commitment"] = Modified("We will never use your photos in our advertising.", "We will use your photos in our advertising.", Privacy, "Removed the negation 'never', reversing the commitment: 'We will never use your photos in our advertising' now reads 'We will use your photos in our advertising' (Privacy)"),
        ["Negation removed from a contraction"] = Modified("You can't download photos from an album shared with you as view-only.", "You can download photos from an album shared with you as view-only.", At("4.4", "Sharing"), "Removed the negation 'can't', turning a prohibition into a permission: 'You can't download photos from an album…' now reads 'You can download photos from an album…' (section 4.4, Sharing)"),
        ["Negation no removed"] = Modified("No refunds are given for part of a month.", "Refunds are given for part of a month.", Billing, "Removed the negation 'No', reversing the clause: 'No refunds are given for part…' now reads 'Refunds are given for part…' (section 6.3, Billing)"),
        ["Negative wording removed"] = Modified("Fernhollow may take down a public album without notice.", "Fernhollow may take down a public album.", At("5.4", "Content rules"), "Removed the negative wording 'without notice' from '…may take down a public album without notice' (section 5.4, Content rules)"),

        // Parties.
        ["Parties widened by an added party"] = Modified("We share usage data with our affiliates.", "We share usage data with our affiliates and advertising partners.", At(null, "SHARING YOUR INFORMATION"), "Added 'partners' to the parties named, widening who may receive it: 'We share usage data with our affiliates and advertising partners' (Sharing your information)"),
        ["Parties widened in a disclaimer in capitals"] = Modified("TO THE EXTENT THE LAW ALLOWS, FERNHOLLOW IS NOT LIABLE FOR INDIRECT LOSS.", "TO THE EXTENT THE LAW ALLOWS, FERNHOLLOW AND ITS AFFILIATES ARE NOT LIABLE FOR INDIRECT LOSS.", Liability, "Added 'affiliates' to the parties named, widening who is protected: '…ALLOWS, FERNHOLLOW AND ITS AFFILIATES ARE NOT LIABLE…' (section 11, Limitation of liability)"),
        ["Parties widened from subcontractors to third parties"] = Modified("We may share your print orders with our subcontractors.", "We may share your print orders with third parties.", Prints, "Replaced 'subcontractors' with 'third parties', widening who may receive it: 'We may share your print orders with third parties' (section 8.2, Print orders)"),
        ["Parties narrowed by a removed party"] = Modified("We may disclose account details to our agents and contractors to run the Service.", "We may disclose account details to our contractors to run the Service.", Privacy, "Removed 'agents' from the parties named, narrowing who may receive it: '…account details to our agents and contractors to…' (Privacy)"),
        ["Parties narrowed from anyone to end users"] = Modified("Public albums can be viewed by anyone.", "Public albums can be viewed by end users signed in to Fernhollow.", At("4.1", "Sharing"), "Replaced 'anyone' with 'end users', narrowing who it covers: '…can be viewed by end users signed in to Fernhollow' (section 4.1, Sharing)"),
        ["Parties narrowed from third parties to affiliates"] = Modified("Fernhollow may share aggregated statistics with third parties.", "Fernhollow may share aggregated statistics with its affiliates.", At("10.2", "YOUR RIGHTS UNDER THE GDPR"), "Replaced 'third parties' with 'affiliates', narrowing who may receive it: 'Fernhollow may share aggregated statistics with its affiliates' (section 10.2, Your rights under the GDPR)"),

        // Numbers.
        ["Number cap lowered"] = Modified("Our total liability to you is limited to $200.", "Our total liability to you is limited to $100.", At("11.2", "LIMITATION OF LIABILITY"), "Lowered the amount from $200 to $100: 'Our total liability to you is limited to $100' (section 11.2, Limitation of liability)"),
        ["Number storage lowered"] = Modified("Each Fernhollow Pro account includes 15 GB of storage.", "Each Fernhollow Pro account includes 5 GB of storage.", At("2.1", "FERNHOLLOW PRO PLANS"), "Lowered the figure from 15 GB to 5 GB: 'Each Fernhollow Pro account includes 5 GB of storage' (section 2.1, Fernhollow Pro plans)"),
        ["Number rate raised"] = Modified("A late fee of 2% applies to overdue invoices.", "A late fee of 3% applies to overdue invoices.", Billing, "Raised the rate from 2% to 3%: 'A late fee of 3% applies to overdue invoices' (section 6.3, Billing)"),

        // Periods.
        ["Period time limit lengthened"] = Modified("You may dispute a charge within 30 days of the invoice date.", "You may dispute a charge within 60 days of the invoice date.", Billing, "Lengthened the time limit from 30 days to 60 days: '…a charge within 60 days of the invoice date' (section 6.3, Billing)"),
        ["Period notice lengthened"] = Modified("We will give you 14 days' notice before we change a plan's price.", "We will give you 30 days' notice before we change a plan's price.", At("6.6", "Fees and billing", "Price changes"), "Lengthened the notice period from 14 days to 30 days: '…will give you 30 days' notice before we…' (section 6.6, Price changes)"),
        ["Period trash lengthened across units"] = Modified("We keep deleted photos in the trash for 30 days.", "We keep deleted photos in the trash for 3 months.", At("7.3", "Backups"), "Lengthened the period from 30 days to 3 months: 'We keep deleted photos in the trash for 3 months' (section 7.3, Backups)"),
        ["Period notice shortened"] = Modified("We will give you 60 days' notice of any price increase.", "We will give you 30 days' notice of any price increase.", At("6.6", "Price changes"), "Shortened the notice period from 60 days to 30 days: '…will give you 30 days' notice of any price increase' (section 6.6, Price changes)"),
        ["Period time limit shortened"] = Modified("You must report a damaged print within 14 days of delivery.", "You must report a damaged print within 7 days of delivery.", Prints, "Shortened the time limit from 14 days to 7 days: '…a damaged print within 7 days of delivery' (section 8.2, Print orders)"),
        ["Period inactivity shortened"] = Modified("Inactive free accounts are closed after 24 months.", "Inactive free accounts are closed after 12 months.", At("12.3", "Suspension"), "Shortened the period from 24 months to 12 months: 'Inactive free accounts are closed after 12 months' (section 12.3, Suspension)"),

        // Defined terms.
        ["Defined term added in parentheses"] = Modified("Fernhollow provides photo storage, sharing and printing.", "Fernhollow provides photo storage, sharing and printing (together, the \"Service\").", At("1", "About these terms"), "Added the defined term 'Service': 'Fernhollow provides photo storage, sharing and printing (together, the \"Service\")' (section 1, About these terms)"),
        ["Defined term added for content"] = Modified("You keep ownership of the photos you upload.", "You keep ownership of the photos, videos and captions you upload (your \"Content\").", At("4", "Your content"), "Added the defined term 'Content': '…the photos, videos and captions you upload (your \"Content\")' (section 4, Your content)"),
        ["Defined term added with means"] = Modified("A print partner prints and ships your order.", "\"Print Partner\" means the lab that prints and ships your order.", At(null, "Definitions"), "Added the defined term 'Print Partner': '\"Print Partner\" means the lab that prints and…' (Definitions)"),
        ["Defined term removed with means"] = Modified("\"Storage Quota\" means the space included in your plan.", "Your plan includes a set amount of storage space.", At(null, "Definitions"), "Removed the defined term 'Storage Quota'; the clause now reads 'Your plan includes a set amount of storage space' (Definitions)"),
        ["Defined term removed in parentheses"] = Modified("Photos you upload (your \"Content\") remain yours.", "Photos you upload remain yours.", At("4", "Your content"), "Removed the defined term 'Content'; the clause now reads 'Photos you upload remain yours' (section 4, Your content)"),
        ["Defined term removed for the company"] = Modified("Fernhollow Ltd (the \"Company\") runs the Service.", "Fernhollow Ltd runs the Service.", At("1", "About these terms"), "Removed the defined term 'Company'; the clause now reads 'Fernhollow Ltd runs the Service' (section 1, About these terms)"),
        ["Defined term renamed"] = Modified("Fernhollow runs an online photo library (the \"Platform\").", "Fernhollow runs an online photo library (the \"Service\").", At("1", "About these terms"), "Renamed the defined term 'Platform' to 'Service': 'Fernhollow runs an online photo library (the \"Service\")' (section 1, About these terms)"),

        // Obligations and rights.
        ["Obligation added for the user"] = Modified("You are responsible for activity on your account.", "You are responsible for activity on your account and must keep your sign-in details private.", Accounts, "Added an obligation: '…account and must keep your sign-in details private' (section 3, Accounts)"),
        ["Obligation added as our commitment"] = Modified("You may cancel at any time.", "You may cancel at any time, and we will refund any prepaid months.", Billing, "Added a commitment: '…we will refund any prepaid months' (section 6.3, Billing)"),
        ["Obligation added as a prohibition"] = Modified("Shared albums are visible to anyone who has the link.", "Shared albums are visible to anyone who has the link. You must not share links to albums that show other people without their consent.", At("4.1", "Sharing"), "Added a prohibition: 'You must not share links to albums that…' (section 4.1, Sharing)"),
        ["Obligation removed from our commitments"] = Modified("We will email you a receipt for each order and will keep order records for seven years.", "We will email you a receipt for each order.", Prints, "Removed the commitment '…order and will keep order records for seven years'; also removed the period of seven years (section 8.2, Print orders)"),
        ["Obligation removed for the user"] = Modified("You must be at least 16 years old and must give accurate account details.", "You must be at least 16 years old.", At("3.1", "Accounts", "Eligibility"), "Removed the obligation '…years old and must give accurate account details' (section 3.1, Eligibility)"),
        ["Obligation removed to notify"] = Modified("We will notify you 30 days before changes to these terms take effect.", "Changes to these terms take effect when we publish them.", At("14", "CHANGES TO THESE TERMS"), "Removed the commitment 'We will notify you 30 days before changes…'; also removed the period of 30 days (section 14, Changes to these terms)"),
        ["Right added for Fernhollow"] = Modified("Either of us may end the subscription at the end of a billing period.", "Either of us may end the subscription at the end of a billing period, and Fernhollow reserves the right to end it at any time for misuse.", At("12", "Ending the subscription"), "Added a right: '…and Fernhollow reserves the right to end it at any time for misuse' (section 12, Ending the subscription)"),
        ["Right added for the user"] = Modified("You can download your original photos.", "You can download your original photos and can request a full export by email.", At("7.2", "Backups"), "Added a right: '…photos and can request a full export by email' (section 7.2, Backups)"),
        ["Right added to choose a courier"] = Modified("Prints are shipped within five business days.", "Prints are shipped within five business days, and we may use a courier of our choice.", Prints, "Added a right: '…we may use a courier of our choice' (section 8.2, Print orders)"),
        ["Right removed to request a copy"] = Modified("You may export your albums at any time and may request a copy on a USB drive.", "You may export your albums at any time.", At("7.2", "Backups"), "Removed the right '…time and may request a copy on a USB drive' (section 7.2, Backups)"),
        ["Right removed to cancel"] = Modified("Members may cancel a print order within one hour of placing it.", "Print orders are final once placed.", Prints, "Removed the right 'Members may cancel a print order within one…'; also removed the period of one hour (section 8.2, Print orders)"),
        ["Right removed to a refund"] = Modified("You are entitled to a refund if a print arrives damaged.", "A print that arrives damaged is replaced at no cost.", Prints, "Removed the right 'You are entitled to a refund if a print arrives damaged'; also added the negative wording 'is replaced at no cost' (section 8.2, Print orders)"),

        // Other wording, and signal words that appear or move without a material change.
        ["Wording added"] = Modified("You may cancel your subscription at any time.", "You may cancel your subscription at any time from the billing page.", At("6.1", "Fees and billing", "Cancelling"), "Added the words 'from the billing page' after 'subscription at any time'; no change to duties, rights, parties, numbers or periods detected (section 6.1, Cancelling)"),
        ["Wording adjective added"] = Modified("Photos are stored in data centres in the European Union.", "Photos are stored in secure data centres in the European Union.", At("7", "WHERE WE STORE PHOTOS"), "Added the word 'secure' after 'Photos are stored in'; no change to duties, rights, parties, numbers or periods detected (section 7, Where we store photos)"),
        ["Wording removed"] = Modified("Fernhollow offers a free plan and several paid plans for individuals and families.", "Fernhollow offers a free plan and several paid plans.", At("2", "Plans"), "Removed the words 'for individuals and families' after 'and several paid plans'; no change to duties, rights, parties, numbers or periods detected (section 2, Plans)"),
        ["No later than becomes within is no negation"] = Modified("Invoices are payable no later than 30 days after issue.", "Invoices are payable within 30 days after issue.", Billing, "Replaced 'no later than' with 'within'; no change to duties, rights, parties, numbers or periods detected (section 6.3, Billing)"),
        ["Same-strength modal is no modal shift"] = Modified("The Customer is required to pay each invoice in full.", "The Customer must pay each invoice in full.", Billing, "Replaced 'is required to' with 'must'; no change to duties, rights, parties, numbers or periods detected (section 6.3, Billing)"),
        ["Modal that only moves is reordered"] = Modified("You may delete your account at any time from the settings page.", "From the settings page, you may delete your account at any time.", Accounts, "Reordered the wording of 'From the settings page, you may delete your…' without adding or removing words (section 3, Accounts)"),
        ["Negation that only moves is reordered"] = Modified("We will not contact you by phone without your consent.", "Without your consent, we will not contact you by phone.", Privacy, "Reordered the wording of 'Without your consent, we will not contact you by phone' without adding or removing words (Privacy)"),
        ["Obligation put in the passive is no new obligation"] = Modified("The Customer must pay all fees before the print is shipped.", "All fees must be paid by the Customer before the print is shipped.", Prints, "Added the words 'All fees must be paid by' and removed the words 'must pay all fees'; no change to duties, rights, parties, numbers or periods detected (section 8.2, Print orders)"),
        ["Future will is a statement, not an obligation"] = Modified("Your subscription renews each month.", "Your subscription will renew each month.", At("6.2", "Fees and billing", "Renewal"), "Added a statement: 'Your subscription will renew each month' (section 6.2, Renewal)"),
        ["The month May is no right"] = Modified("The new print prices apply from 30 April 2026.", "The new print prices apply from 30 May 2026.", Prints, "Moved the date later, from 30 April 2026 to 30 May 2026: 'The new print prices apply from 30 May 2026' (section 8.2, Print orders)"),
        ["Link marks inside a word are no rewording"] = Modified("Send legal notices to [leg](mailto:legal@fernhollow.example)al@fernhollow.example.", "Send legal notices to legal@fernhollow.example.", At("15.4", "Notices"), "Changed only link or formatting marks inside words ('leg al' read as 'legal'); no change to duties, rights, parties, numbers or periods detected (section 15.4, Notices)"),
        ["Date moved later"] = Modified("These terms take effect on March 3, 2026.", "These terms take effect on March 17, 2026.", Nowhere, "Moved the date later, from March 3, 2026 to March 17, 2026: 'These terms take effect on March 17, 2026'"),
        ["Number written twice then once is no change"] = Modified("You may return a print within thirty (30) days.", "You may return a print within 30 days.", Prints, "Removed the word 'thirty' after 'return a print within'; no change to duties, rights, parties, numbers or periods detected (section 8.2, Print orders)"),

        // Several signals in one provision.
        ["Several signals lead with the strengthened duty"] = Modified("We may suspend your account after 30 days of non-payment.", "We will suspend your account after 14 days of non-payment, and our agents may contact you.", At("12.2", "Suspension"), "Strengthened 'may' to 'will', turning a permission into a commitment: 'We will suspend your account after 14 days…'; also added a right 'may contact you' and 2 other changes (section 12.2, Suspension)"),
        ["Several signals lead with the negation"] = Modified("We sell prints of public photos and pay the photographer 10% of the price.", "We do not sell prints of public photos without consent and pay the photographer 15% of the price.", Prints, "Added the negation 'not', reversing the clause: 'We sell prints…' now reads 'We do not sell prints…'; also raised the rate from 10% to 15% and 1 other change (section 8.2, Print orders)"),
        ["Long heading is cut"] = Modified("You may upload up to 500 photos a day.", "You may upload up to 200 photos a day.", At("4.1.2(a)", "LIMITS ON HOW YOU USE THE SERVICE AND THE CONTENT YOU UPLOAD OR SHARE THROUGH IT"), "Lowered the figure from 500 to 200: 'You may upload up to 200 photos a day' (section 4.1.2(a), Limits on how you use the service and the…)"),
        ["Many signals are counted"] = Modified("We may share your data with affiliates for 30 days and charge $5.", "We will share your data with advertisers for 60 days, charge $9 and keep 20% of sales within 14 days.", Privacy, "Strengthened 'may' to 'will', turning a permission into a commitment: 'We will share your data with advertisers for…'; also lengthened the period from 30 days to 60 days and 4 other changes (Privacy)"),

        // Cosmetic changes.
        ["Cosmetic punctuation and casing"] = Modified("The customer must pay all fees, on time.", "The Customer must pay all fees on time.", At("4", "Fees"), "Cosmetic: punctuation and casing only (section 4, Fees)"),
        ["Cosmetic renumbered with a new link"] = Modified("4.2 See our [pricing page](https://fernhollow.example/pricing) for current prices.", "5.2 See our [pricing page](https://fernhollow.example/plans/pricing) for current prices.", At("5.2", "Fees"), "Cosmetic: renumbered from 4.2 to 5.2 and link target changed from fernhollow.example/pricing to fernhollow.example/plans/pricing (section 5.2, Fees)"),
        ["Cosmetic revision date"] = Modified("Last updated: 2 March 2025", "Last updated: 14 August 2025", Nowhere, "Cosmetic: revision date changed from 2 March 2025 to 14 August 2025"),
        ["Cosmetic formatting"] = Modified("You must not share your password.", "You **must not** share your password.", Accounts, "Cosmetic: formatting only (section 3, Accounts)"),
        ["Cosmetic capitals under a heading in capitals"] = Modified("FERNHOLLOW IS NOT LIABLE FOR INDIRECT LOSS.", "Fernhollow is not liable for indirect loss.", Liability, "Cosmetic: casing only (section 11, Limitation of liability)"),
        ["Cosmetic cross-reference"] = Modified("Refunds are handled as described in Section 7.1.", "Refunds are handled as described in Section 8.1.", At("6.5", "Refunds"), "Cosmetic: cross-reference changed from 7.1 to 8.1 (section 6.5, Refunds)"),
        ["Cosmetic spacing"] = Modified("Prints are shipped\nwithin five business days.", "Prints are shipped within five business days.", Prints, "Cosmetic: spacing only (section 8.2, Print orders)"),

        ["Cosmetic heading reworded"] = Modified("## Fees", "## Fees and billing", At("6", "Fees and billing"), "Cosmetic: heading reworded from 'Fees' to 'Fees and billing' (section 6, Fees and billing)") with { Judged = Judged.AsStructure },

        // Whole provisions added.
        ["Added obligation"] = Added("You must keep your sign-in details secret and tell us promptly if they are misused.", At("3.4", "Accounts"), "Added an obligation: 'You must keep your sign-in details secret…' (section 3.4, Accounts)"),
        ["Added commitment"] = Added("We will email you 30 days before any change to these terms takes effect.", At("14", "CHANGES TO THESE TERMS"), "Added a commitment: 'We will email you 30 days before any…' (section 14, Changes to these terms)"),
        ["Added right"] = Added("Fernhollow may remove photos that infringe someone else's copyright.", At("9", "Copyright"), "Added a right: 'Fernhollow may remove photos that infringe someone else's copyright' (section 9, Copyright)"),
        ["Added prohibition in a list"] = Added("- You must not upload photos of other people without their consent.", At("5.3", "Content rules"), "Added a prohibition: 'You must not upload photos of other people…' (section 5.3, Content rules)"),
        ["Added heading"] = Added("## Arbitration", At("15", "Arbitration"), "Added the heading 'Arbitration' (section 15, Arbitration)") with { Judged = Judged.AsStructure },
        ["Added definition"] = Added("\"Print Credit\" means a prepaid balance that can only be spent on prints.", At(null, "Definitions"), "Added a definition of 'Print Credit': 'a prepaid balance that can only be spent on prints' (Definitions)"),
        ["Added plain provision with no place"] = Added("Fernhollow Photos is run by Fernhollow Ltd, a company registered in Scotland.", Nowhere, "Added a provision: 'Fernhollow Photos is run by Fernhollow Ltd, a…'"),

        // Whole provisions removed.
        ["Removed commitment"] = Removed("We will notify you 30 days before changes to these terms take effect.", At("14", "CHANGES TO THESE TERMS"), "Removed the commitment 'We will notify you 30 days before changes…' (section 14, Changes to these terms)"),
        ["Removed right"] = Removed("6.5 You may ask for a printed copy of any invoice.", Billing, "Removed the right 'You may ask for a printed copy of any invoice' (section 6.3, Billing)"),
        ["Removed promise not to sell"] = Removed("Fernhollow will not sell your photos to third parties.", Privacy, "Removed the prohibition 'Fernhollow will not sell your photos to third parties' (Privacy)"),
        ["Removed heading in capitals"] = Removed("REFERRAL PROGRAMME", At("13", "REFERRAL PROGRAMME"), "Removed the heading 'Referral programme' (section 13, Referral programme)") with { Judged = Judged.AsStructure },
        ["Removed definition"] = Removed("\"Storage Quota\" means the space included in your plan.", At(null, "Definitions"), "Removed the definition of 'Storage Quota': 'the space included in your plan' (Definitions)"),
        ["Removed plain provision"] = Removed("Fernhollow Photos was founded in Inverness in 2019.", At("1", "About these terms"), "Removed the provision 'Fernhollow Photos was founded in Inverness in 2019' (section 1, About these terms)"),

        // Moves, splits and merges.
        ["Moved and renumbered"] = Moved("6.2 Refunds are paid to the original payment method.", "9.4 Refunds are paid to the original payment method.", At("6.2", "Billing"), At("9.4", "Refunds"), "Moved the provision 'Refunds are paid to the original payment method' from section 6.2 (Billing) to section 9.4 (Refunds)") with { Judged = Judged.AsMove },
        ["Moved with a longer time limit"] = Moved("You may cancel a print order within one hour.", "You may cancel a print order within two hours.", At(null, "Print orders"), At(null, "Cancellations"), "Moved the provision 'You may cancel a print order within two hours' from 'Print orders' to 'Cancellations'; also lengthened the time limit from one hour to two hours"),
        ["Moved out of the opening text"] = Moved("These terms apply to everyone who uses Fernhollow.", "These terms apply to everyone who uses Fernhollow.", Nowhere, At("1", "About these terms"), "Moved the provision 'These terms apply to everyone who uses Fernhollow' from the opening text to section 1 (About these terms)") with { Judged = Judged.AsMove },
        ["Split in two"] = Split("6.3 Fees are billed monthly in advance. Invoices are sent by email.", ["6.3 Fees are billed monthly in advance.", "6.4 Invoices are sent by email."], Billing, "Split the provision 'Fees are billed monthly in advance' into 2 provisions (section 6.3, Billing)"),
        ["Split with a new time limit"] = Split("You must keep your password secret and tell us if it is stolen.", ["You must keep your password secret.", "You must tell us within 24 hours if it is stolen."], Accounts, "Split the provision 'You must keep your password secret and tell…' into 2 provisions; also added an obligation 'must tell us within' and added a period of 24 hours (section 3, Accounts)"),
        ["Split in three"] = Split("Fernhollow may suspend your account if you break these terms, if a payment fails or if the law requires it.", ["Fernhollow may suspend your account if you break these terms.", "It may also suspend your account if a payment fails.", "It may also suspend your account if the law requires it."], At("12.1", "Suspension"), "Split the provision 'Fernhollow may suspend your account if you break…' into 3 provisions; also added a right 'may also suspend your' and 1 other change (section 12.1, Suspension)"),
        ["Merged two"] = Merged(["Refunds are issued to the original payment method.", "Refunds take up to 10 days to arrive."], "Refunds are issued to the original payment method. Refunds take up to 10 days to arrive.", At("6.5", "Refunds"), "Merged 2 provisions starting 'Refunds are issued to the original payment method' into one (section 6.5, Refunds)"),
        ["Merged with joining words"] = Merged(["7.1 We store your photos in the European Union.", "7.2 We keep two copies of every photo."], "7.1 We store your photos in the European Union and keep two copies of every photo.", At("7.1", "Backups"), "Merged 2 provisions starting 'We store your photos in the European Union…' into one; also replaced 'We' with 'and' (section 7.1, Backups)"),
        ["Merged three list items"] = Merged(["(a) keep your password secret;", "(b) use a strong password;", "(c) tell us if your account is misused."], "You must keep your password secret, use a strong password and tell us if your account is misused.", Accounts, "Merged 3 provisions starting 'You must keep your password secret, use a…' into one; also added an obligation 'must keep your password' (section 3, Accounts)"),
    };

    private static readonly Dictionary<string, HeadlineCase> Headlines = new()
    {
        ["Headline of an empty record"] = new([], 0, "No change"),
        ["Headline of renumbering alone"] = new([], 3, "No material change: 3 provisions renumbered"),
        ["Headline of renumbering and formatting"] = new(["Cosmetic formatting"], 12, "No material change: 12 provisions renumbered, formatting (1 provision)"),
        ["Headline of several cosmetic kinds"] = new(["Cosmetic revision date", "Cosmetic punctuation and casing", "Cosmetic renumbered with a new link"], 0, "No material change: numbering, revision date, link targets, punctuation and casing (3 provisions)"),
        ["Headline of a move alone"] = new(["Moved and renumbered"], 2, "Moved the provision 'Refunds are paid to the original payment method' from section 6.2 (Billing) to section 9.4 (Refunds)"),
        ["Headline of a heading added"] = new(["Added heading", "Cosmetic heading reworded"], 0, "No material change: 1 heading added, 1 heading reworded"),
        ["Headline of a split judged substantive leads with the split"] = new(["Split in two", "Cosmetic spacing"], 0, "Split the provision 'Fees are billed monthly in advance' into 2 provisions (section 6.3, Billing)"),
        ["Headline of one substantive change"] = new(["Period notice shortened", "Cosmetic formatting"], 2, "Shortened the notice period from 60 days to 30 days: '…will give you 30 days' notice of any price increase' (section 6.6, Price changes)"),
        ["Headline leads with the removed commitment"] = new(["Wording added", "Period notice shortened", "Removed commitment", "Cosmetic formatting"], 4, "Removed the commitment 'We will notify you 30 days before changes…' (section 14, Changes to these terms), and 2 other substantive changes"),
        ["Headline of a major revision gives its scale first"] = new([.. Enumerable.Repeat("Added right", 12), .. Enumerable.Repeat("Removed commitment", 6), "Period notice shortened", "Negation removed from our commitment"], 0, "Major revision: 12 provisions added, 6 removed, 2 changed; first of note: Removed the negation 'never', reversing the commitment: 'We will never use…' now reads 'We will use…' (Privacy)"),
        ["Headline leads with the negation"] = new(["Number cap lowered", "Negation removed from our commitment", "Added right"], 0, "Removed the negation 'never', reversing the commitment: 'We will never use your photos…' now reads 'We will use your photos…' (Privacy), and 2 other substantive changes"),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    public static TheoryData<string> HeadlineNames => new(Headlines.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Golden_summary(string name)
    {
        var golden = Cases[name];

        var summary = Describe(golden);

        Assert.Equal(golden.Expected, summary);
        Assert.True(summary.Length <= 200, $"{summary.Length} characters");
    }

    [Theory]
    [MemberData(nameof(HeadlineNames))]
    public void Golden_headline(string name)
    {
        var golden = Headlines[name];
        var provisions = golden.Provisions.Select(n => Record(Cases[n])).ToList();
        var level = provisions.Any(p => p.Significance.Level == SignificanceLevel.Substantive) ? SignificanceLevel.Substantive : SignificanceLevel.Cosmetic;

        Assert.Equal(golden.Expected, Summaries.Headline(provisions, golden.Renumbered, level));
    }

    [Fact]
    public void Empty_sides_still_give_a_line()
    {
        foreach (var kind in Enum.GetValues<ProvisionChangeKind>())
            Assert.NotEmpty(Summaries.Describe(kind, Significance.Assess("", ""), null, null, null, null));
    }

    private static string Describe(Case c) => Summaries.Describe(c.Kind, Assess(c), c.OldPlace, c.NewPlace, c.Old, c.New);

    private static ProvisionSignificance Assess(Case c)
    {
        var significance = Significance.Assess(c.Old ?? "", c.New ?? "");
        return c.Judged switch
        {
            // The recorder holds a move substantive (a clause read elsewhere may apply to something else) and marks it with both places.
            Judged.AsMove when significance.Level == SignificanceLevel.Cosmetic => new(SignificanceLevel.Substantive, [.. significance.Signals, new ChangeSignal(ChangeKind.OtherWording, c.OldPlace?.Label, c.NewPlace?.Label)]),
            // It holds headings and layout lines cosmetic, whatever happened to their words.
            Judged.AsStructure => new(SignificanceLevel.Cosmetic, [.. significance.Signals.Where(s => s.Kind.IsCosmetic()).DefaultIfEmpty(new ChangeSignal(ChangeKind.Formatting))]),
            _ => significance,
        };
    }

    private static ProvisionChangeRecord Record(Case c)
    {
        var significance = Assess(c);
        var before = c.Old is null ? 0 : c.Old.Split("\n\n").Length;
        var after = c.New is null ? 0 : c.New.Split("\n\n").Length;
        return new ProvisionChangeRecord(
            c.Kind,
            [.. Enumerable.Range(1, before).Select(i => $"old-{i}")],
            [.. Enumerable.Range(1, after).Select(i => $"new-{i}")],
            c.Old,
            c.New,
            c.OldPlace,
            c.NewPlace,
            significance,
            Describe(c),
            []);
    }
}
