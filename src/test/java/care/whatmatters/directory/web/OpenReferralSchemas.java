package care.whatmatters.directory.web;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official Open Referral UK schemas (copied into {@code src/test/resources/openreferral-uk}, see its
 * README), applied with a JSON Schema Draft 2020-12 validator that asserts formats (uuid, uri, email,
 * date-time).
 */
final class OpenReferralSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private static final JsonNode OPENAPI = read("openapi.json");
    static final Schema SERVICE = REGISTRY.getSchema(read("compiled/service.json"));
    static final Schema SERVICE_LIST_ITEM = REGISTRY.getSchema(read("compiled/service_list.json"));
    static final Schema PAGE = REGISTRY.getSchema(OPENAPI.at("/components/schemas/Page"));
    static final Schema ROOT = REGISTRY.getSchema(
            OPENAPI.at("/paths/~1/get/responses/200/content/application~1json/schema"));

    private OpenReferralSchemas() {
    }

    /** Every violation of a {@code /services} page: the page fields, then each item of {@code contents}. */
    static List<String> pageErrors(JsonNode page) {
        List<String> errors = new ArrayList<>(describe(PAGE.validate(page)));
        JsonNode contents = page.get("contents");
        if (contents == null || !contents.isArray()) {
            errors.add("contents is missing or not an array");
            return errors;
        }
        for (int i = 0; i < contents.size(); i++) {
            int item = i;
            describe(SERVICE_LIST_ITEM.validate(contents.get(i))).forEach(e -> errors.add("contents[" + item + "] " + e));
        }
        return errors;
    }

    static List<String> describe(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    private static JsonNode read(String path) {
        try (InputStream in = OpenReferralSchemas.class.getResourceAsStream("/openreferral-uk/" + path)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
