package care.whatmatters.selfmanagement;

import care.whatmatters.selfmanagement.domain.SupportCatalogue;
import care.whatmatters.selfmanagement.domain.SupportOffer;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import tools.jackson.databind.json.JsonMapper;

/** Loads the support catalogue from {@code whatmatters.selfmanagement.support-offers} (a JSON file). */
@Configuration(proxyBeanMethods = false)
class SupportCatalogueConfiguration {

    record CatalogueFile(List<SupportOffer> offers) {
    }

    @Bean
    SupportCatalogue supportCatalogue(JsonMapper json,
            @Value("${whatmatters.selfmanagement.support-offers:classpath:selfmanagement/support-offers.json}")
            Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return new SupportCatalogue(json.readValue(in, CatalogueFile.class).offers());
        }
    }
}
