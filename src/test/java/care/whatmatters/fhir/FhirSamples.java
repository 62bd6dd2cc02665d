package care.whatmatters.fhir;

/** FHIR JSON as a connected system sends it (the shapes of the public workload, bench/fhir-workload.sh). */
final class FhirSamples {

    private FhirSamples() {
    }

    static String patient(String system, String value, String family) {
        return """
                {"resourceType":"Patient","identifier":[{"system":"%s","value":"%s"}],"active":true,
                 "name":[{"family":"%s","given":["Pat","Q"]}],"gender":"female","birthDate":"1961-04-12",
                 "telecom":[{"system":"phone","value":"+44 7700 900123"}],
                 "address":[{"line":["12 High Street"],"city":"Leeds","postalCode":"LS1 1AA","country":"GB"}]}"""
                .formatted(system, value, family);
    }

    /** A transaction: Patient + CarePlan + two Goals, linked by urn:uuid; {@code secondGoal} may be made bad. */
    static String bundle(String system, String value, String secondGoal) {
        String p = "urn:uuid:" + java.util.UUID.randomUUID();
        String c = "urn:uuid:" + java.util.UUID.randomUUID();
        String g1 = "urn:uuid:" + java.util.UUID.randomUUID();
        String g2 = "urn:uuid:" + java.util.UUID.randomUUID();
        return """
                {"resourceType":"Bundle","type":"transaction","entry":[
                 {"fullUrl":"%1$s","resource":%5$s,"request":{"method":"POST","url":"Patient"}},
                 {"fullUrl":"%2$s","resource":{"resourceType":"CarePlan","status":"active","intent":"plan",
                   "title":"Personalised care plan","subject":{"reference":"%1$s"},"period":{"start":"2026-01-01"},
                   "goal":[{"reference":"%3$s"},{"reference":"%4$s"}],
                   "activity":[{"detail":{"status":"scheduled","description":"Weekly coaching call"}}]},
                  "request":{"method":"POST","url":"CarePlan"}},
                 {"fullUrl":"%3$s","resource":{"resourceType":"Goal","lifecycleStatus":"active",
                   "description":{"text":"Walk 30 minutes a day"},"subject":{"reference":"%1$s"},
                   "target":[{"dueDate":"2026-12-31"}]},"request":{"method":"POST","url":"Goal"}},
                 {"fullUrl":"%4$s","resource":{"resourceType":"Goal","lifecycleStatus":"proposed",
                   "description":{"text":"%6$s"},"subject":{"reference":"%1$s"}},"request":{"method":"POST","url":"Goal"}}
                ]}""".formatted(p, c, g1, g2, patient(system, value, "Bundle"), secondGoal);
    }
}
