namespace ChatBot.Benchmarks.Corpus;

/// <summary>The invented people, places, outlets and topics the synthetic news is written from.
/// Everything is made up, so no answer can leak from real coverage.</summary>
internal static class Vocabulary
{
    public static readonly string[] WomenFirstNames =
    [
        "Anna", "Maria", "Elena", "Sofia", "Laura", "Helen", "Ingrid", "Nadia", "Grace", "Clara",
        "Julia", "Marta", "Irene", "Olivia", "Petra", "Rosa", "Sara", "Tanya", "Vera", "Alice",
    ];

    public static readonly string[] MenFirstNames =
    [
        "Peter", "Daniel", "Marcus", "Viktor", "Thomas", "Samuel", "Henrik", "Oscar", "David", "Felix",
        "George", "Ivan", "Jonas", "Lucas", "Martin", "Nikolai", "Paul", "Robert", "Stefan", "Walter",
    ];

    public static readonly string[] Surnames =
    [
        "Lindqvist", "Moreau", "Castellano", "Brennan", "Okafor", "Halvorsen", "Kowalski", "Duarte", "Whitfield", "Novak",
        "Ashworth", "Bergmann", "Carvalho", "Delacroix", "Eriksen", "Fitzgerald", "Gallagher", "Hartmann", "Ingram", "Jablonski",
        "Kessler", "Lombardi", "Marchetti", "Nakamura", "Oyelaran", "Pellegrini", "Quintero", "Rasmussen", "Sandoval", "Thorne",
        "Underwood", "Valentin", "Wojcik", "Yardley", "Zimmerman", "Albrecht", "Bianchi", "Cordero", "Drummond", "Esposito",
    ];

    public static readonly string[] Titles =
    [
        "Senator", "Governor", "Finance Minister", "Foreign Minister", "Mayor", "Prime Minister",
        "Secretary of State", "Commissioner", "Ambassador", "Representative", "Chancellor", "General",
    ];

    public static readonly string[] Outlets =
    [
        "The Daily Ledger", "Northern Herald", "Capital Wire", "Evening Post", "Harbor Times",
        "Metro Chronicle", "Valley Gazette", "Global Dispatch",
    ];

    public static readonly string[] Cities =
    [
        "Helsinki", "Lisbon", "Geneva", "Vienna", "Oslo", "Warsaw", "Madrid", "Dublin",
        "Prague", "Brussels", "Athens", "Tallinn", "Riga", "Copenhagen", "Budapest",
    ];

    /// <summary>Topics: the phrase a quote uses and the word a question asks about.</summary>
    public static readonly (string Phrase, string Word)[] Topics =
    [
        ("the tariffs on steel", "tariffs"), ("the fishing quotas", "quotas"), ("the pension reform", "pensions"),
        ("the border checks", "border"), ("the gas pipeline", "pipeline"), ("the trade agreement", "trade"),
        ("the sanctions package", "sanctions"), ("the housing shortage", "housing"), ("the rail strike", "strike"),
        ("the vaccine rollout", "vaccines"), ("the election recount", "recount"), ("the budget deficit", "deficit"),
        ("the refugee quota", "refugees"), ("the nuclear talks", "nuclear"), ("the climate targets", "climate"),
        ("the fuel prices", "fuel"), ("the wildfire response", "wildfires"), ("the bank merger", "merger"),
        ("the teachers' pay deal", "teachers"), ("the airport expansion", "airport"), ("the data privacy law", "privacy"),
        ("the minimum wage", "wage"), ("the drought relief", "drought"), ("the cyber attack", "cyberattack"),
        ("the hospital waiting lists", "hospitals"), ("the arms exports", "arms"), ("the grain corridor", "grain"),
        ("the corruption inquiry", "corruption"), ("the interest rates", "rates"), ("the mining permits", "mining"),
    ];

    public static readonly string[] QuoteTemplates =
    [
        "We will not accept {t} in its current form",
        "Nobody in this government has been honest about {t}",
        "I have said many times that {t} must be settled before the winter",
        "The people of {c} deserve better than {t}",
        "Frankly, {t} is the most important question facing this country",
        "There is no secret deal on {t} and there never was",
        "We are ready to compromise on {t} if the other side moves too",
        "I warned them about {t} two years ago and they laughed",
        "Let me be clear: {t} will cost families real money",
        "Our experts looked at {t} for months and found nothing surprising",
        "If {t} fails, the blame lies with the opposition",
        "I am confident we can fix {t} within a year",
    ];

    public static readonly string[] SecondQuotes =
    [
        "That is simply the truth",
        "Everyone in {c} knows it",
        "We will keep working until it is done",
        "I do not expect that to change soon",
        "The numbers speak for themselves",
        "Nobody should be surprised by this",
    ];

    public static readonly string[] ReportedClauses =
    [
        "{t} would be reviewed by a committee next month",
        "the government had underestimated {t}",
        "{t} was never discussed at the meeting in {c}",
        "talks on {t} had broken down late on Tuesday",
        "there was broad support in parliament for changing {t}",
        "the cost of {t} had been exaggerated by critics",
    ];

    public static readonly string[] NarrativeTemplates =
    [
        "The meeting in {c} lasted almost {n} hours and ended without a joint statement.",
        "Officials from {n} countries attended the talks on {t}.",
        "Protesters gathered outside the parliament in {c} on Monday morning.",
        "The debate over {t} has dominated the campaign for weeks.",
        "Analysts expect a vote on {t} before the end of the session.",
        "A spokesperson for the ministry declined to comment on {t}.",
        "Markets in {c} fell by {n} percent after the announcement.",
        "The committee will publish its findings on {t} in the spring.",
    ];

    public static readonly string[] HeadlineVerbs = ["defends", "attacks", "questions", "backs", "rejects", "warns over"];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
}
