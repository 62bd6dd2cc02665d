package care.whatmatters.person.domain;

/**
 * The ONS 2021 Census ethnic group classification for England (19 groups under 5 headings), plus "not
 * stated". The heading is what equity reports break down by.
 */
public enum EthnicGroup {
    ASIAN_BANGLADESHI("Asian", "Bangladeshi"),
    ASIAN_CHINESE("Asian", "Chinese"),
    ASIAN_INDIAN("Asian", "Indian"),
    ASIAN_PAKISTANI("Asian", "Pakistani"),
    ASIAN_OTHER("Asian", "Any other Asian background"),
    BLACK_AFRICAN("Black", "African"),
    BLACK_CARIBBEAN("Black", "Caribbean"),
    BLACK_OTHER("Black", "Any other Black, Black British or Caribbean background"),
    MIXED_WHITE_ASIAN("Mixed", "White and Asian"),
    MIXED_WHITE_BLACK_AFRICAN("Mixed", "White and Black African"),
    MIXED_WHITE_BLACK_CARIBBEAN("Mixed", "White and Black Caribbean"),
    MIXED_OTHER("Mixed", "Any other Mixed or multiple ethnic background"),
    WHITE_BRITISH("White", "English, Welsh, Scottish, Northern Irish or British"),
    WHITE_IRISH("White", "Irish"),
    WHITE_GYPSY_OR_IRISH_TRAVELLER("White", "Gypsy or Irish Traveller"),
    WHITE_ROMA("White", "Roma"),
    WHITE_OTHER("White", "Any other White background"),
    OTHER_ARAB("Other", "Arab"),
    OTHER_ANY("Other", "Any other ethnic group"),
    NOT_STATED("Not stated", "Not stated");

    private final String heading;
    private final String label;

    EthnicGroup(String heading, String label) {
        this.heading = heading;
        this.label = label;
    }

    public String heading() {
        return heading;
    }

    public String label() {
        return label;
    }
}
