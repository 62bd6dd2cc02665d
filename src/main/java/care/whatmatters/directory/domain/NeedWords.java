package care.whatmatters.directory.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that carry a need or goal as people say it ("To meet people and not feel so lonely"), and the
 * words services use for the same thing ("social", "befriending"), so a goal in the person's words still
 * finds the right services. Matching is by word stem ("walkers" finds "walking").
 */
public record NeedWords(List<String> words) {

    private static final Set<String> STOP = Set.of("a", "about", "again", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "being", "but", "by", "can", "could", "do", "does", "each", "every", "feel", "for",
            "from", "get", "getting", "go", "going", "have", "help", "i", "im", "in", "into", "is", "it", "its", "just",
            "like", "me", "more", "my", "myself", "need", "needs", "not", "of", "on", "once", "or", "our", "out",
            "own", "so", "some", "than", "that", "the", "their", "them", "then", "there", "they", "this", "to", "too",
            "up", "us", "want", "was", "we", "week", "weekly", "were", "what", "when", "which", "who", "will", "with",
            "would", "you", "your", "able", "back", "still");

    /** Needs as people say them, and the words directories use for them. */
    private static final Map<String, List<String>> RELATED = Map.ofEntries(
            Map.entry("lone", List.of("social", "friendship", "befriending", "company")),
            Map.entry("isolat", List.of("social", "friendship", "befriending", "company")),
            Map.entry("meet", List.of("social", "group", "club", "friendship")),
            Map.entry("friend", List.of("social", "friendship", "befriending")),
            Map.entry("walk", List.of("walking", "stroll", "ramble")),
            Map.entry("exercis", List.of("fitness", "activity", "movement")),
            Map.entry("activ", List.of("exercise", "fitness")),
            Map.entry("sport", List.of("club", "fitness")),
            Map.entry("basketball", List.of("wheelchair", "sport")),
            Map.entry("garden", List.of("allotment", "outdoors")),
            Map.entry("debt", List.of("money", "advice", "benefits")),
            Map.entry("money", List.of("debt", "advice", "benefits")),
            Map.entry("sing", List.of("choir", "music")),
            Map.entry("music", List.of("choir", "singing")),
            Map.entry("anxi", List.of("wellbeing", "peer", "support")),
            Map.entry("depress", List.of("wellbeing", "peer", "support")),
            Map.entry("low", List.of("wellbeing", "peer")),
            Map.entry("carer", List.of("caring", "respite")),
            Map.entry("computer", List.of("digital", "online")),
            Map.entry("english", List.of("esol", "language")),
            Map.entry("grief", List.of("bereavement")),
            Map.entry("cook", List.of("cooking", "food", "meal")),
            Map.entry("lunch", List.of("meal", "club")));

    public static NeedWords of(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text != null) {
            for (String raw : text.toLowerCase(Locale.UK).replace("'", "").split("[^a-z]+")) {
                if (raw.length() >= 2 && !STOP.contains(raw)) {
                    words.add(raw);
                }
            }
        }
        return new NeedWords(List.copyOf(words));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words to search for: each word and the words related to it, letters only (safe in a tsquery). */
    public List<String> searchTerms() {
        Set<String> terms = new LinkedHashSet<>(words);
        words.forEach(w -> terms.addAll(related(w)));
        return List.copyOf(terms);
    }

    /** For each word, the word and its related words: a text matches the word if it has any of them. */
    public List<List<String>> termGroups() {
        List<List<String>> groups = new ArrayList<>();
        for (String word : words) {
            Set<String> group = new LinkedHashSet<>();
            group.add(word);
            group.addAll(related(word));
            groups.add(List.copyOf(group));
        }
        return groups;
    }

    /** The words (as the person said them) that the text matches, directly or through a related word. */
    public List<String> matchedIn(String text) {
        return matcher().matchedIn(Matcher.lowerCase(text));
    }

    /** These words with their stems and their related words' stems worked out once, to match many texts. */
    public Matcher matcher() {
        Map<String, List<String>> stems = new LinkedHashMap<>();
        List<List<String>> groups = termGroups();
        for (int i = 0; i < words.size(); i++) {
            stems.put(words.get(i), groups.get(i).stream().map(NeedWords::stem).toList());
        }
        return new Matcher(stems);
    }

    /** Each word and the stems any of which matches it, in the order the person said them. */
    public record Matcher(Map<String, List<String>> stems) {

        public static String lowerCase(String text) {
            return text == null ? "" : text.toLowerCase(Locale.UK);
        }

        /** The words the text (already lower case) matches, directly or through a related word. */
        public List<String> matchedIn(String lowerCaseText) {
            List<String> matched = new ArrayList<>();
            stems.forEach((word, each) -> {
                if (each.stream().anyMatch(s -> startsAWord(lowerCaseText, s))) {
                    matched.add(word);
                }
            });
            return matched;
        }
    }

    static List<String> related(String word) {
        String stem = stem(word);
        return RELATED.entrySet().stream().filter(e -> stem.startsWith(e.getKey()) || word.startsWith(e.getKey()))
                .flatMap(e -> e.getValue().stream()).distinct().toList();
    }

    /** Whether a word of the text starts with the stem. */
    private static boolean startsAWord(String haystack, String stem) {
        for (int at = haystack.indexOf(stem); at >= 0; at = haystack.indexOf(stem, at + 1)) {
            if (at == 0 || !Character.isLetter(haystack.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** A light English stemmer: enough for "walking", "walkers" and "walks" to meet at "walk". */
    static String stem(String word) {
        for (String suffix : new String[] {"ing", "ers", "er", "es", "ed", "ly", "s"}) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }
}
