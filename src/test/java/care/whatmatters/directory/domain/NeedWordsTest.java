package care.whatmatters.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NeedWordsTest {

    @Test
    void eachWordIsSearchedForWithTheWordsServicesUseForIt() {
        NeedWords words = NeedWords.of("To walk and not feel so lonely");

        assertThat(words.termGroups()).containsExactly(List.of("walk", "walking", "stroll", "ramble"),
                List.of("lonely", "social", "friendship", "befriending", "company"));
        assertThat(words.searchTerms()).containsExactly("walk", "lonely", "walking", "stroll", "ramble", "social",
                "friendship", "befriending", "company");
    }

    @Test
    void aMatcherWorkedOutOnceMatchesAsTheWordsDo() {
        NeedWords words = NeedWords.of("walkers who sing");
        String text = "Community Choir: sing together; friendly walking group";

        assertThat(words.matcher().matchedIn(NeedWords.Matcher.lowerCase(text))).isEqualTo(words.matchedIn(text))
                .containsExactly("walkers", "sing");
        assertThat(words.matchedIn("A quiet swimming session")).isEmpty();
    }
}
