package care.whatmatters.directory;

import care.whatmatters.access.Actor;
import care.whatmatters.directory.domain.CommunityService;
import care.whatmatters.directory.domain.DataQuality;
import care.whatmatters.directory.domain.Fingerprint;
import care.whatmatters.directory.domain.ImportOutcome;
import care.whatmatters.directory.domain.ImportReport;
import care.whatmatters.directory.domain.ImportReport.Line;
import care.whatmatters.directory.domain.ServiceCheck;
import care.whatmatters.directory.openreferral.OpenReferralReader;
import care.whatmatters.directory.persistence.ImportLog;
import care.whatmatters.directory.persistence.ServiceLookup;
import care.whatmatters.directory.persistence.ServiceWriter;
import care.whatmatters.shared.Ids;
import care.whatmatters.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports an Open Referral UK feed (a file, or an upload by a directory editor) record by record: each
 * record is checked on its own; good ones are added or updated, bad ones reported with the reason. Exact
 * duplicates (same content, another id, in the feed or already stored) are merged; likely duplicates (same
 * name and postcode) are added but flagged. The whole import is one transaction, and its report lists every
 * change it made: if anything unexpected fails, nothing at all is changed.
 */
@Service
public class DirectoryImport {

    private final ServiceWriter writer;
    private final ServiceLookup lookup;
    private final ImportLog log;
    private final DirectoryEditors editors;
    private final JsonMapper json;
    private final Clock clock;

    DirectoryImport(ServiceWriter writer, ServiceLookup lookup, ImportLog log, DirectoryEditors editors,
            JsonMapper json, Clock clock) {
        this.writer = writer;
        this.lookup = lookup;
        this.log = log;
        this.editors = editors;
        this.json = json;
        this.clock = clock;
    }

    /** Imports a feed: a list of services, a {@code /services} page ({@code contents}), or one service. */
    @Transactional
    public ImportReport importFeed(Actor actor, String source, JsonNode feed) {
        Optional<UUID> ownOrganisation = permission(actor);
        List<JsonNode> records = records(feed);
        Instant now = clock.instant();
        Batch batch = new Batch(actor, ownOrganisation);
        for (int i = 0; i < records.size(); i++) {
            OpenReferralReader.Read read = OpenReferralReader.read(records.get(i), now);
            batch.lines.add(read.ok() ? batch.take(i, read.service())
                    : rejected(i, records.get(i), ServiceCheck.describe(read.problems())));
        }
        return finish(actor, source, batch.lines);
    }

    /** Imports services already in the model (the demo directory generator uses this). */
    @Transactional
    public ImportReport importServices(Actor actor, String source, List<CommunityService> services) {
        Batch batch = new Batch(actor, permission(actor));
        for (int i = 0; i < services.size(); i++) {
            try {
                ServiceCheck.check(services.get(i));
                batch.lines.add(batch.take(i, services.get(i)));
            } catch (InvalidInputException e) {
                batch.lines.add(new Line(i, services.get(i).id(), services.get(i).name(), ImportOutcome.REJECTED,
                        null, false, ServiceCheck.describe(e.problems())));
            }
        }
        return finish(actor, source, batch.lines);
    }

    private Optional<UUID> permission(Actor actor) {
        if (editors.editsEverything(actor)) {
            return Optional.empty();
        }
        return Optional.of(editors.requireEditor(actor));
    }

    private static List<JsonNode> records(JsonNode feed) {
        List<JsonNode> records = new ArrayList<>();
        if (feed != null && feed.isArray()) {
            feed.values().forEach(records::add);
        } else if (feed != null && feed.isObject() && feed.has("contents") && feed.get("contents").isArray()) {
            feed.get("contents").values().forEach(records::add);
        } else if (feed != null && feed.isObject()) {
            records.add(feed);
        } else {
            throw InvalidInputException.of("feed", "must be an Open Referral UK service, a list of services, "
                    + "or a page of services with 'contents'");
        }
        return records;
    }

    private static Line rejected(int index, JsonNode record, String reason) {
        String name = record != null && record.isObject() && record.path("name").isString() ? record.get("name").asString() : null;
        List<care.whatmatters.shared.FieldProblem> unstorable = new ArrayList<>();
        care.whatmatters.shared.FreeText.check(unstorable, "name", name, Integer.MAX_VALUE);
        if (!unstorable.isEmpty()) {
            name = null; // the report is stored: keep out control characters (NUL cannot be stored at all)
        }
        UUID id = null;
        try {
            id = record != null && record.isObject() && record.path("id").isString() ? UUID.fromString(record.get("id").asString()) : null;
        } catch (IllegalArgumentException e) {
            // the reason already says the id is not a UUID
        }
        return new Line(index, id, name, ImportOutcome.REJECTED, null, false, reason);
    }

    private ImportReport finish(Actor actor, String source, List<Line> lines) {
        UUID id = Ids.newId();
        ImportReport report = new ImportReport(id, source, List.copyOf(lines));
        log.record(id, clock.instant(), actor.signature(), source, new ImportLog.Counts(report.received(),
                (int) report.count(ImportOutcome.CREATED), (int) report.count(ImportOutcome.UPDATED),
                (int) report.count(ImportOutcome.UNCHANGED), (int) report.count(ImportOutcome.MERGED),
                (int) report.flagged(), (int) report.count(ImportOutcome.REJECTED)), json.writeValueAsString(lines));
        return report;
    }

    /** One import's decisions so far: what the feed has already said, by id and by fingerprint. */
    private final class Batch {

        final List<Line> lines = new ArrayList<>();
        private final Actor actor;
        private final Optional<UUID> ownOrganisation;
        private final Map<UUID, String> fingerprintOfId = new HashMap<>();
        private final Map<String, UUID> idOfFingerprint = new HashMap<>();
        private final Map<String, UUID> idOfKey = new HashMap<>();

        Batch(Actor actor, Optional<UUID> ownOrganisation) {
            this.actor = actor;
            this.ownOrganisation = ownOrganisation;
        }

        Line take(int index, CommunityService s) {
            String fingerprint = Fingerprint.of(s);
            String key = Fingerprint.duplicateKey(s);
            Optional<ServiceLookup.Stored> stored = lookup.byId(s.id());
            if (ownOrganisation.isPresent() && (!ownOrganisation.get().equals(s.organisation().id())
                    || stored.map(x -> !x.organisation().equals(ownOrganisation.get())).orElse(false))) {
                return new Line(index, s.id(), s.name(), ImportOutcome.REJECTED, null, false,
                        "organization belongs to another organisation, whose services you do not edit");
            }
            if (fingerprintOfId.containsKey(s.id())) {
                return fingerprint.equals(fingerprintOfId.get(s.id()))
                        ? new Line(index, s.id(), s.name(), ImportOutcome.MERGED, s.id(), false, null)
                        : new Line(index, s.id(), s.name(), ImportOutcome.REJECTED, null, false,
                                "id appears earlier in this feed with different details");
            }
            Optional<UUID> sameContent = Optional.ofNullable(idOfFingerprint.get(fingerprint))
                    .or(() -> stored.isPresent() ? Optional.empty() : lookup.byFingerprint(fingerprint, s.id()));
            if (sameContent.isPresent() && !sameContent.get().equals(s.id())) {
                return new Line(index, s.id(), s.name(), ImportOutcome.MERGED, sameContent.get(), false, null);
            }
            remember(s.id(), fingerprint, key);
            if (stored.isPresent() && stored.get().fingerprint().equals(fingerprint)) {
                return new Line(index, s.id(), s.name(), ImportOutcome.UNCHANGED, null, false, null);
            }
            UUID likely = Optional.ofNullable(idOfKey.get(key)).filter(other -> !other.equals(s.id()))
                    .or(() -> lookup.byDuplicateKey(key, s.id())).orElse(null);
            writer.save(s, new ServiceWriter.Derived(DataQuality.completeness(s), fingerprint, key, likely,
                    actor.signature(), clock.instant()));
            return new Line(index, s.id(), s.name(), stored.isPresent() ? ImportOutcome.UPDATED : ImportOutcome.CREATED,
                    likely, likely != null, null);
        }

        private void remember(UUID id, String fingerprint, String key) {
            fingerprintOfId.put(id, fingerprint);
            idOfFingerprint.putIfAbsent(fingerprint, id);
            idOfKey.putIfAbsent(key, id);
        }
    }
}
