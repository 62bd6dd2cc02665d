package care.whatmatters.fhir.resources;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.TokenAndListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import care.whatmatters.directory.DirectoryCatalogue;
import care.whatmatters.shared.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Location;
import org.springframework.stereotype.Component;

/** The places where directory services are offered, read-only; like the directory, open to any signed-in client. */
@Component
public class LocationProvider implements IResourceProvider {

    private final DirectoryCatalogue catalogue;

    LocationProvider(DirectoryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Class<Location> getResourceType() {
        return Location.class;
    }

    @Read
    public Location read(@IdParam IdType id) {
        FhirActor.current();
        return catalogue.place(FhirRefs.uuid(id, "Location")).map(p -> LocationMapper.toFhir(p.location()))
                .orElseThrow(() -> new NotFoundException("There is no Location with that id."));
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = "_id") TokenAndListParam ids) {
        FhirActor.current();
        if (ids != null) {
            SearchFilter filter = new SearchFilter(ids, null, null);
            List<Location> found = filter.idValues().stream().map(FhirRefs::parse).flatMap(Optional::stream)
                    .map(catalogue::place).flatMap(Optional::stream).map(p -> LocationMapper.toFhir(p.location()))
                    .toList();
            return new SimpleBundleProvider(filter.apply(found));
        }
        return new PagedResults(catalogue.places(1, 1).total(), (page, size) ->
                catalogue.places(page, size).places().stream().map(p -> LocationMapper.toFhir(p.location())).toList());
    }
}
