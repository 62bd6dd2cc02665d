package care.whatmatters.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    private static final UUID ID = UUID.fromString("6f1c2a8e-0000-4000-8000-000000000001");

    private static Pseudonyms with(String secret) {
        return new Pseudonyms(secret.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSameIdAndSecretAlwaysGiveTheSameKeyWhichIsNotTheId() {
        String key = with("a secret of sixteen+").of("person", ID);

        assertThat(key).hasSize(32).matches("[0-9a-f]+").isEqualTo(with("a secret of sixteen+").of("person", ID))
                .doesNotContain(ID.toString().substring(0, 8));
    }

    @Test
    void anotherSecretOrAnotherKindGivesAnUnrelatedKey() {
        Pseudonyms p = with("a secret of sixteen+");

        assertThat(with("another secret, long").of("person", ID)).isNotEqualTo(p.of("person", ID));
        assertThat(p.of("referral", ID)).isNotEqualTo(p.of("person", ID));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> with("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
