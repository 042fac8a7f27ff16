using System.Collections.Frozen;
namespace ChatBot.Coverage.People;

/// <summary>
/// Word lists that tell a person's name from the title before it and from an organisation's
/// name, without a trained recogniser: news writes "Russian President Vladimir Putin", "the
/// Kremlin", "the Democratic National Committee" in stable patterns.
/// </summary>
public static class NameWords
{
    /// <summary>Capitalised words that precede a name as a title or a descriptor; the name is
    /// what follows the last of them ("Secretary of State John Kerry" -> "John Kerry").</summary>
    private static readonly FrozenSet<string> Titles = new[]
    {
        "President", "Vice", "Sen.", "Senator", "Sens.", "Rep.", "Reps.", "Representative", "Gov.", "Governor",
        "Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Secretary", "Speaker", "Chairman", "Chairwoman", "Chair", "Minister",
        "Prime", "Mayor", "Judge", "Justice", "Gen.", "General", "Attorney", "Chief", "Director", "Leader",
        "Ambassador", "Adm.", "Admiral", "Lt.", "Col.", "Sgt.", "Capt.", "Maj.", "Prof.", "Professor", "Rev.",
        "Pope", "King", "Queen", "Prince", "Princess", "Sir", "Lord", "Lady", "Candidate", "Nominee",
        "Commissioner", "Congressman", "Congresswoman", "Councilman", "Councilwoman", "Former", "Acting",
        "Deputy", "Assistant", "Special", "Counsel", "Sheriff", "Officer", "Detective", "Agent", "Pastor",
        "Bishop", "Cardinal", "Rabbi", "Coach", "State", "Defense", "Treasury", "Homeland", "Security",
        "Majority", "Minority", "Democratic", "Republican", "GOP", "Democrat", "Independent", "Libertarian",
        "Russian", "American", "British", "French", "German", "Chinese", "Mexican", "Israeli", "Iranian",
        "Syrian", "Ukrainian", "Turkish", "Canadian", "European", "Japanese", "Korean", "Iraqi", "Afghan",
        "Saudi", "Indian", "Pakistani", "Italian", "Spanish", "Australian", "Cuban", "Venezuelan", "Palestinian",
        "U.S.", "US", "Texas", "Florida", "Ohio", "California", "New", "York", "Sens", "Candidate", "Presidential",
        "Press", "Spokesman", "Spokeswoman", "Campaign", "Manager", "Adviser", "Advisor", "Nominee", "Host",
        "Lawmaker", "Businessman", "Billionaire", "Activist", "Author", "Economist", "Pollster", "Chancellor",
        "Pres.", "Whip", "Ranking", "Member", "Organiser", "Organizer", "Premier", "President-elect", "Supreme",
        "Leader", "Ayatollah", "Sheikh", "Emir", "Crown", "Foreign", "Interior", "Finance", "Trade", "Labor",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that make a capitalised phrase an organisation, not a person.</summary>
    private static readonly FrozenSet<string> OrganisationWords = new[]
    {
        "Kremlin", "White", "Pentagon", "Congress", "Senate", "House", "Committee", "Commission", "Council",
        "Party", "Department", "Ministry", "Agency", "Bureau", "Office", "Administration", "Campaign",
        "Foundation", "Institute", "University", "College", "Association", "Union", "Corp.", "Corp", "Inc.",
        "Inc", "Co.", "Company", "Group", "News", "Post", "Times", "Journal", "Press", "Network", "Fund", "Bank",
        "Board", "Court", "Police", "Army", "Navy", "Service", "Center", "Centre", "Organization",
        "Organisation", "Church", "Tribune", "Reuters", "Media", "Poll", "Polls", "Survey", "Project",
        "Coalition", "Alliance", "Movement", "Caucus", "Republicans", "Democrats", "Twitter", "Facebook",
        "Google", "Microsoft", "Apple", "Amazon", "Magazine", "Review", "Herald", "Gazette", "Daily", "Globe",
        "Telegraph", "Guardian", "Breitbart", "Politico", "Axios", "Bloomberg", "Associated", "Radio",
        "Television", "Channel", "Studios", "Institution", "Authority", "Federation", "Federal", "Reserve",
        "Government", "Parliament", "Cabinet", "Embassy", "Mission", "Council", "Initiative", "Team",
        "Clinic", "Hospital", "School", "Academy", "Society", "League", "Club", "Trust", "Partners",
        "Industries", "Systems", "Holdings", "Airlines", "Motors", "LLC", "PAC", "Super", "Research",
        "Statistics", "Census", "Quinnipiac", "Gallup", "Rasmussen", "Monmouth", "Marist", "Siena",
        "Consult", "Insights", "Analytics", "Economics", "Intelligence", "Watch", "Forum", "Conference",
        "Foundation", "Nations", "Ministry", "Department", "Secretariat", "Court", "Tribunal",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitalised words that are never a name by themselves (sentence openers,
    /// days, months).</summary>
    private static readonly FrozenSet<string> NotNames = new[]
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So", "This", "That",
        "These", "Those", "There", "In", "On", "At", "For", "If", "When", "While", "As", "After", "Before",
        "His", "Her", "Their", "Its", "Our", "My", "Still", "Yet", "Now", "Then", "Meanwhile", "However",
        "Some", "Many", "Most", "One", "What", "Why", "How", "Who", "Where", "Asked", "According", "Since",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Both", "All", "Each", "Other", "Another",
        "Also", "Even", "Just", "Only", "Here", "Instead", "Despite", "Although", "Though", "Because", "Under",
        "Over", "With", "Without", "From", "To", "By", "Of", "Not", "No", "Yes", "Well", "Last", "Next",
        "Earlier", "Later", "Today", "Tonight", "Yesterday", "Tomorrow", "Thanks", "Like", "Unlike",
        "During", "Among", "Between", "Through", "About", "Against", "Into", "Until", "Once", "Every",
        "Such", "Much", "More", "Less", "Few", "Several", "Neither", "Either", "Nor", "Whether", "Which",
        "Whatever", "Whoever", "Having", "Trump’s", "Is", "Was", "Are", "Were", "Do", "Does", "Did", "Has", "Have", "Had",
        "Will", "Would", "Can", "Could", "Should", "Must", "May", "Might", "Let", "Let’s", "Please",
        "Read", "Watch", "Sign", "Click", "Follow", "Share", "Photo", "Video", "Getty", "Images", "AP", "Advertisement",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsTitle(string word) => Titles.Contains(word);

    public static bool IsOrganisationWord(string word) => OrganisationWords.Contains(word);

    public static bool IsNotName(string word) => NotNames.Contains(word);

    /// <summary>"FBI", "NATO", "CNN": all capitals, two letters or more.</summary>
    public static bool IsAcronym(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                    return false;
                letters++;
            }
            else if (c != '.' && c != '&')
            {
                return false;
            }
        }
        return letters >= 2;
    }
}
