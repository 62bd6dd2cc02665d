package care.whatmatters.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Mounts the FHIR server at {@code /fhir/*}, initialised at start-up so the first request is not slow. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class FhirServerConfiguration {

    @Bean
    ServletRegistrationBean<FhirServer> fhirServlet(FhirContext fhir, List<IResourceProvider> providers,
            TransactionProvider transactions) {
        ServletRegistrationBean<FhirServer> registration = new ServletRegistrationBean<>(
                new FhirServer(fhir, providers, transactions), "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WholeAnswers> fhirWholeAnswers() {
        FilterRegistrationBean<WholeAnswers> registration = new FilterRegistrationBean<>(new WholeAnswers());
        registration.addUrlPatterns("/fhir/*");
        registration.setName("fhirWholeAnswers");
        return registration;
    }
}
