package care.whatmatters.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one FHIR R4 context of the platform: building it scans the whole model, so it is built once. */
@Configuration(proxyBeanMethods = false)
class FhirContextConfiguration {

    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR4();
    }
}
