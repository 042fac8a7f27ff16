namespace ChatBot.Coverage.People;

/// <summary>What a capitalised phrase names, as far as word lists can tell.</summary>
public enum NameKind
{
    None,
    Person,
    Organisation,
}
