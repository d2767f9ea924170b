namespace Clauseline.Records;

/// <summary>
/// What a summary says about one signal (or a pair read together): the clause that leads a line, the short form
/// that follows "also", and how much it matters, lower first.
/// </summary>
internal sealed record SummaryFinding(int Rank, string Lead, string Brief)
{
    public const int Negation = 0;
    public const int DutyOrRight = 10;
    public const int Modal = 8;
    public const int Period = 30;
    public const int Number = 40;
    public const int NegativeWording = 45;
    public const int Parties = 50;
    public const int DefinedTerm = 60;
    public const int Date = 62;
    public const int WholeProvision = 65;
    public const int Statement = 68;
    public const int Wording = 70;
    public const int LoneNumber = 75;
    public const int Position = 80;
    public const int Heading = 90;
}
