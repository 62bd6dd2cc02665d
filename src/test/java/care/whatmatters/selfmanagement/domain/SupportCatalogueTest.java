package care.whatmatters.selfmanagement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.whatmatters.person.domain.DigitalInclusion;
import care.whatmatters.person.domain.DigitalInclusion.Confidence;
import care.whatmatters.person.domain.DigitalInclusion.DeviceAccess;
import care.whatmatters.person.domain.DigitalInclusion.InternetAccess;
import care.whatmatters.person.domain.DigitalInclusion.Skills;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SupportCatalogueTest {

    private static final SupportCatalogue CATALOGUE = new SupportCatalogue(List.of(
            new SupportOffer("coaching", "Coaching", "", List.of(1, 2, 3, 4), "Phone", false, null),
            new SupportOffer("app", "App", "", List.of(3, 4), "App", true, "diary"),
            new SupportOffer("forum", "Forum", "", List.of(4), "Online", true, "group"),
            new SupportOffer("group", "Peer group", "", List.of(3, 4), "In person", false, null),
            new SupportOffer("diary", "Paper diary", "", List.of(), "Paper", false, null)));

    private static DigitalReach reach(Skills skills, Confidence confidence, DeviceAccess device, InternetAccess net) {
        return DigitalReach.of(Optional.of(new DigitalInclusion(skills, confidence, device, net, null, "Sam",
                Instant.now())));
    }

    @Test
    void suggestsTheOffersForTheActivationLevel() {
        DigitalReach connected = reach(Skills.CONFIDENT, Confidence.HIGH, DeviceAccess.OWN, InternetAccess.RELIABLE);
        assertThat(CATALOGUE.suggest(1, connected)).extracting(s -> s.offer().key()).containsExactly("coaching");
        assertThat(CATALOGUE.suggest(4, connected)).extracting(s -> s.offer().key())
                .containsExactly("coaching", "app", "forum", "group");
    }

    @Test
    void someoneWithoutADeviceGetsTheAlternativeToEachAppOnlyOffer() {
        DigitalReach noDevice = reach(Skills.BASIC, Confidence.MEDIUM, DeviceAccess.NONE, InternetAccess.RELIABLE);
        List<SupportSuggestion> suggestions = CATALOGUE.suggest(4, noDevice);
        assertThat(suggestions).extracting(s -> s.offer().key()).containsExactly("coaching", "diary", "group");
        assertThat(suggestions).filteredOn(SupportSuggestion::replacesAppOnly)
                .extracting(s -> s.insteadOf().key()).containsExactlyInAnyOrder("app", "forum");
        assertThat(noDevice.reasons()).containsExactly("no device");
    }

    @Test
    void lowDigitalSkillsMeansNoSkillsOrBasicSkillsWithLowConfidence() {
        assertThat(reach(Skills.NONE, Confidence.HIGH, DeviceAccess.OWN, InternetAccess.RELIABLE).appOnlySuitable())
                .isFalse();
        assertThat(reach(Skills.BASIC, Confidence.LOW, DeviceAccess.OWN, InternetAccess.RELIABLE).appOnlySuitable())
                .isFalse();
        assertThat(reach(Skills.BASIC, Confidence.MEDIUM, DeviceAccess.SHARED, InternetAccess.LIMITED)
                .appOnlySuitable()).isTrue();
        assertThat(DigitalReach.of(Optional.empty()).appOnlySuitable()).isTrue();
    }

    @Test
    void everyAppOnlyOfferNeedsAnAlternativeThatIsNotAppOnly() {
        assertThatThrownBy(() -> new SupportCatalogue(List.of(
                new SupportOffer("app", "App", "", List.of(3), "App", true, "other-app"),
                new SupportOffer("other-app", "Other app", "", List.of(), "App", true, "app"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Property
    void aPersonWithoutADeviceIsNeverOfferedAppOnlySupportAtAnyLevel(@ForAll @IntRange(min = 1, max = 4) int level,
            @ForAll Skills skills, @ForAll Confidence confidence, @ForAll InternetAccess internet) {
        assertThat(CATALOGUE.suggest(level, reach(skills, confidence, DeviceAccess.NONE, internet)))
                .noneMatch(s -> s.offer().appOnly());
    }
}
