package care.whatmatters.platform;

import static org.assertj.core.api.Assertions.assertThat;

import care.whatmatters.WhatMattersApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The zero-configuration run keeps its data in a directory that survives restarts: what was written before
 * a restart is there after it, and demo data is seeded once, not again.
 */
class EmbeddedDatabaseRestartIT {

    @TempDir
    Path dataDir;

    @Test
    void dataWrittenBeforeARestartIsThereAfterItAndTheDemoCastIsNotSeededTwice() {
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            jdbc.sql("update person set preferred_language = 'Welsh' where nhs_number = '9990000018'").update();
        }
        assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select preferred_language from person where nhs_number = '9990000018'")
                    .query(String.class).single()).isEqualTo("Welsh");
            assertThat(jdbc.sql("select count(*) from account where username = 'dylan'").query(Long.class).single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from person where nhs_number = '9990000018'").query(Long.class)
                    .single()).isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        // As command-line arguments, which (unlike default properties) override application.yml.
        return new SpringApplicationBuilder(WhatMattersApplication.class)
                .run("--whatmatters.embedded-db.data-dir=" + dataDir, "--server.port=0", "--logging.level.root=WARN");
    }
}
