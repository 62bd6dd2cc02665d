package care.whatmatters.fhir.resources;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import care.whatmatters.directory.DirectoryCatalogue;
import care.whatmatters.directory.ServiceFilter;
import care.whatmatters.shared.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * The community directory's services, read-only. The directory holds no personal data, so any signed-in
 * client may read it, with no care relationship and nothing written to a person's access log.
 */
@Component
public class HealthcareServiceProvider implements IResourceProvider {

    private final DirectoryCatalogue catalogue;

    HealthcareServiceProvider(DirectoryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Class<HealthcareService> getResourceType() {
        return HealthcareService.class;
    }

    @Read
    public HealthcareService read(@IdParam IdType id) {
        FhirActor.current();
        return HealthcareServiceMapper.toFhir(catalogue.find(FhirRefs.uuid(id, "HealthcareService"))
                .orElseThrow(() -> new NotFoundException("There is no HealthcareService with that id.")));
    }

    /** {@code _content}: the directory's own full-text search over names, descriptions and categories. */
    @Search
    public IBundleProvider search(@OptionalParam(name = "_id") TokenAndListParam ids,
            @OptionalParam(name = "_content") StringParam content) {
        FhirActor.current();
        SearchFilter filter = new SearchFilter(ids, null, null);
        if (ids != null) {
            List<HealthcareService> found = filter.idValues().stream().map(FhirRefs::parse).flatMap(Optional::stream)
                    .map(catalogue::find).flatMap(Optional::stream).map(HealthcareServiceMapper::toFhir).toList();
            return new SimpleBundleProvider(filter.apply(found));
        }
        ServiceFilter by = new ServiceFilter(content == null ? null : content.getValue(), null, null, null, null,
                null, null, null, null, 0);
        return new PagedResults(catalogue.page(by, 1, 1).total(), (page, size) ->
                catalogue.page(by, page, size).services().stream().map(HealthcareServiceMapper::toFhir).toList());
    }
}
