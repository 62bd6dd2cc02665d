package care.whatmatters.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionPreconditionTest {

    @ParameterizedTest
    @ValueSource(strings = {"\"7\"", "7", " \"7\" ", "W/\"7\""})
    void readsTheVersionFromAnEntityTagOrABareNumber(String ifMatch) {
        assertThat(VersionPrecondition.required(ifMatch)).isEqualTo(7L);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesAnEditThatSendsNoVersion(String ifMatch) {
        assertThatThrownBy(() -> VersionPrecondition.required(ifMatch))
                .isInstanceOf(VersionPrecondition.MissingPreconditionException.class)
                .hasMessageContaining("If-Match");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "\"v7\"", "*", "7.0", "\"1\", \"2\"", "99999999999999999999"})
    void refusesAVersionThatIsNotANumberNamingTheIfMatchHeader(String ifMatch) {
        assertThatThrownBy(() -> VersionPrecondition.required(ifMatch))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).field()).isEqualTo("If-Match");
                });
    }

    @Test
    void writesAVersionAsAStrongEntityTag() {
        assertThat(VersionPrecondition.etag(12)).isEqualTo("\"12\"");
    }

    @Property
    void anEntityTagItWritesReadsBackAsTheSameVersion(@ForAll @LongRange(min = 0) long version) {
        String etag = VersionPrecondition.etag(version);

        assertThat(VersionPrecondition.required(etag)).isEqualTo(version);
        assertThat(VersionPrecondition.required("W/" + etag)).isEqualTo(version);
    }

    @Test
    void aStaleVersionSaysWhatHappenedAndCarriesTheCurrentVersion() {
        StaleVersionException e = new StaleVersionException("The plan", 3, 5);

        assertThat(e).isInstanceOf(ConflictException.class);
        assertThat(e.currentVersion()).isEqualTo(5);
        assertThat(e.getMessage()).contains("version 3").contains("version 5").contains("Nothing was saved");
    }
}
