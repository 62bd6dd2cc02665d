package care.whatmatters.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * The kinds of community service the demo directory is made of: what social prescribing link workers in
 * West Yorkshire refer people to most. Names, descriptions and prices are written for the demo.
 *
 * @param category   the taxonomy term it is filed under
 * @param names      name patterns; {place} becomes the neighbourhood
 * @param costPence  the usual cost of one session (0: free)
 */
record DemoServiceKind(String category, String categoryDescription, List<String> names, String description,
        long costPence, DayOfWeek day, LocalTime opens, LocalTime closes, Integer minimumAge) {

    static final List<DemoServiceKind> ALL = List.of(
            kind("Walking groups", "Led walks for health and company", List.of("{place} Health Walk", "{place} Striders"),
                    "A friendly walk of about an hour at an easy pace, led by trained volunteers, with a cup of tea "
                            + "afterwards. A good way to meet people, get a little fitter and get outdoors.",
                    0, DayOfWeek.WEDNESDAY, "10:00", "11:30", 18),
            kind("Befriending", "Regular visits or calls from a volunteer", List.of("{place} Befriending Service"),
                    "A volunteer visits or phones every week for a chat, and can come along to a local group with "
                            + "you. For anyone who feels lonely or cut off.", 0, DayOfWeek.MONDAY, "09:00", "17:00", 18),
            kind("Lunch clubs", "Hot meals in company", List.of("{place} Friendship Lunch Club", "{place} Tuesday Lunch Club"),
                    "A hot two-course lunch with good company, quizzes and entertainment. Transport can be arranged "
                            + "for people who cannot get there on their own.", 400, DayOfWeek.TUESDAY, "12:00", "14:00", 55),
            kind("Men's sheds", "Workshops to make, mend and chat", List.of("{place} Men's Shed"),
                    "A workshop where people (mostly, but not only, men) make and mend things together, share skills "
                            + "and have a brew. No experience needed.", 200, DayOfWeek.THURSDAY, "10:00", "15:00", 18),
            kind("Exercise classes", "Gentle exercise, including seated", List.of("{place} Seated Exercise", "{place} Strength and Balance"),
                    "Gentle strength and balance exercises, seated or standing, to help you stay steady on your feet "
                            + "and reduce the risk of falls.", 300, DayOfWeek.FRIDAY, "11:00", "12:00", 50),
            kind("Gardening", "Community gardens and allotments", List.of("{place} Community Garden"),
                    "Grow food and flowers with others in a shared garden. Raised beds for people who cannot kneel; "
                            + "tools and gloves provided.", 0, DayOfWeek.SATURDAY, "10:00", "13:00", 16),
            kind("Music and singing", "Choirs and music groups", List.of("{place} Community Choir", "{place} Singing for the Brain"),
                    "Sing well-known songs together; no auditions and no need to read music. Singing is good for "
                            + "breathing, mood and making friends.", 300, DayOfWeek.WEDNESDAY, "14:00", "15:30", 18),
            kind("Arts and crafts", "Creative groups", List.of("{place} Craft and Chat", "{place} Art Club"),
                    "Knitting, painting, card-making and chat. Materials provided; bring your own project if you like.",
                    250, DayOfWeek.THURSDAY, "13:30", "15:30", 16),
            kind("Money and benefits advice", "Free advice on money, debt and benefits", List.of("{place} Money Advice Drop-in"),
                    "Free, confidential help with benefits, debts, energy bills and form filling, from trained advisers.",
                    0, DayOfWeek.MONDAY, "10:00", "13:00", 18),
            kind("Carers' support", "Support for unpaid carers", List.of("{place} Carers' Café"),
                    "A relaxed café for people who look after someone: information, a break and time with others who "
                            + "understand.", 0, DayOfWeek.TUESDAY, "10:00", "12:00", 16),
            kind("Mental health and wellbeing", "Peer support for wellbeing", List.of("{place} Wellbeing Peer Support"),
                    "A peer support group for anxiety and low mood, run by people with lived experience. Drop in; "
                            + "you do not have to talk.", 0, DayOfWeek.WEDNESDAY, "18:00", "19:30", 18),
            kind("Digital skills", "Help with phones, tablets and the internet", List.of("{place} Digital Drop-in"),
                    "One-to-one help with phones, tablets and computers: video calls, online shopping, GP apps. "
                            + "Devices to borrow.", 0, DayOfWeek.FRIDAY, "10:00", "12:00", 16),
            kind("English language", "Conversation practice in English", List.of("{place} English Conversation Café"),
                    "Practise speaking English in a friendly group, at every level. Childcare on site.", 0,
                    DayOfWeek.MONDAY, "13:00", "15:00", 16),
            kind("Bereavement support", "Support after someone dies", List.of("{place} Bereavement Café"),
                    "Meet others who have lost someone, over tea and cake, with trained volunteers.", 0,
                    DayOfWeek.THURSDAY, "14:00", "16:00", 18),
            kind("Disability sport", "Sport for disabled people", List.of("{place} Inclusive Sports Club"),
                    "Inclusive sport for disabled people and their friends: boccia, table tennis and new-age kurling. "
                            + "Equipment provided.", 300, DayOfWeek.SATURDAY, "10:00", "12:00", 12),
            kind("Cooking and food", "Cooking on a budget", List.of("{place} Cook and Eat"),
                    "Learn to cook simple, healthy meals on a budget, then eat together.", 100, DayOfWeek.TUESDAY,
                    "17:30", "19:30", 16));

    private static DemoServiceKind kind(String category, String categoryDescription, List<String> names,
            String description, long costPence, DayOfWeek day, String opens, String closes, Integer minimumAge) {
        return new DemoServiceKind(category, categoryDescription, names, description, costPence, day,
                LocalTime.parse(opens), LocalTime.parse(closes), minimumAge);
    }
}
