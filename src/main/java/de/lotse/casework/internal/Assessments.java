package de.lotse.casework.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.lotse.accounts.Colleagues;
import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.ClientCase;
import de.lotse.network.LifeArea;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment (Situationsanalyse) of a case: situation, need, resources and notes per life area. One current
 * entry per life area; every saved state is kept with who saved it and when, so earlier assessments stay
 * readable. Audited, and only for cases of the caller's organisation.
 */
@Service
@Transactional
public class Assessments {

    static final String RECORD_TYPE = "ASSESSMENT";

    /** A life area of the case with its current entry, or none if not assessed yet. */
    public record AreaAssessment(LifeArea lifeArea, AssessmentEntry entry, String assessedByName) {

        public boolean assessed() {
            return entry != null;
        }
    }

    public record Input(String situation, Need need, String resources, String notes) {
    }

    /** One saved state of a life area's assessment. */
    public record Change(String situation, Need need, String resources, String notes, String changedByName, Instant changedAt) {
    }

    /** Thrown when the entry was changed since the caller read it; names the fields that differ now. */
    public static class ChangedMeanwhile extends RuntimeException {
        private final List<String> fields;
        private final Integer currentVersion;

        ChangedMeanwhile(List<String> fields, Integer currentVersion) {
            super("assessment changed meanwhile");
            this.fields = List.copyOf(fields);
            this.currentVersion = currentVersion;
        }

        public List<String> fields() {
            return fields;
        }

        public Integer currentVersion() {
            return currentVersion;
        }
    }

    private final AssessmentEntries entries;
    private final CaseWork caseWork;
    private final Colleagues colleagues;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    Assessments(AssessmentEntries entries, CaseWork caseWork, Colleagues colleagues, AuditTrail audit, CurrentUser currentUser,
                JdbcClient jdbc) {
        this.entries = entries;
        this.caseWork = caseWork;
        this.colleagues = colleagues;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    /** All life areas of the case in their fixed order, or empty for a case of another organisation. */
    public Optional<List<AreaAssessment>> of(UUID caseId) {
        return caseWork.get(caseId).map(this::ofVisibleCase);
    }

    /** For a case the caller has already been given (the case page). */
    List<AreaAssessment> ofVisibleCase(ClientCase clientCase) {
        audit.record(AuditAction.READ, RECORD_TYPE, clientCase.id().toString(), ClientRegistry.PURPOSE);
        Map<LifeArea, AssessmentEntry> current = entries.findByCase(clientCase.id()).stream()
                .collect(Collectors.toMap(AssessmentEntry::lifeArea, Function.identity()));
        Map<UUID, String> names = colleagues.displayNames(current.values().stream().map(AssessmentEntry::assessedBy).collect(Collectors.toSet()));
        return Arrays.stream(LifeArea.values())
                .map(area -> {
                    AssessmentEntry entry = current.get(area);
                    return new AreaAssessment(area, entry, entry == null ? null : names.get(entry.assessedBy()));
                })
                .toList();
    }

    /**
     * Saves the assessment of one life area. {@code version} is the one the caller read, null if the area was not
     * assessed yet: if someone else saved in between, nothing is overwritten and {@link ChangedMeanwhile} names
     * what is different now.
     */
    public void save(UUID caseId, LifeArea area, Input input, Integer version) {
        ClientCase clientCase = caseWork.get(caseId).orElseThrow(() -> new NoSuchElementException("no such case"));
        boolean created = write(clientCase, area, input, version);
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, RECORD_TYPE, caseId.toString(), ClientRegistry.PURPOSE);
    }

    /**
     * A first assessment of several life areas at once, with one audit entry for the case; for demo data, where a
     * read and an entry per area would only slow the start down.
     */
    void assessFirstTime(UUID caseId, Map<LifeArea, Input> areas) {
        ClientCase clientCase = caseWork.get(caseId).orElseThrow(() -> new NoSuchElementException("no such case"));
        areas.forEach((area, input) -> write(clientCase, area, input, null));
        audit.record(AuditAction.CREATE, RECORD_TYPE, caseId.toString(), ClientRegistry.PURPOSE);
    }

    /** Stores the entry and keeps the state in the history; true if the area had not been assessed before. */
    private boolean write(ClientCase clientCase, LifeArea area, Input input, Integer version) {
        SignedInUser user = currentUser.require();
        Optional<AssessmentEntry> stored = current(clientCase.id(), area);
        if (stored.isPresent() && !Objects.equals(stored.get().version(), version)) {
            throw new ChangedMeanwhile(differences(stored.get(), input), stored.get().version());
        }
        AssessmentEntry entry = new AssessmentEntry(stored.map(AssessmentEntry::id).orElseGet(UUID::randomUUID), clientCase.id(),
                area, input.situation(), input.need(), input.resources(), input.notes(), user.id(), Instant.now(),
                stored.map(AssessmentEntry::version).orElse(null));
        try {
            entries.save(entry);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            AssessmentEntry now = current(clientCase.id(), area).orElseThrow();
            throw new ChangedMeanwhile(differences(now, input), now.version());
        }
        jdbc.sql("""
                        insert into casework.assessment_change (assessment_entry, situation, need, resources, notes, changed_by)
                        values (:entry, :situation, :need, :resources, :notes, :by)""")
                .param("entry", entry.id()).param("situation", input.situation()).param("need", input.need().name())
                .param("resources", input.resources()).param("notes", input.notes()).param("by", user.id()).update();
        return stored.isEmpty();
    }

    /** Every saved state of the life area, newest first; for a case the caller has already been given. */
    List<Change> history(UUID caseId, LifeArea area) {
        audit.record(AuditAction.READ, RECORD_TYPE, caseId.toString(), ClientRegistry.PURPOSE);
        record Row(String situation, Need need, String resources, String notes, UUID by, Instant at) {
        }
        List<Row> rows = jdbc.sql("""
                        select c.situation, c.need, c.resources, c.notes, c.changed_by, c.changed_at
                        from casework.assessment_change c join casework.assessment_entry e on e.id = c.assessment_entry
                        where e.client_case = :case and e.life_area = :area order by c.changed_at desc, c.id desc""")
                .param("case", caseId).param("area", area.name())
                .query((rs, n) -> new Row(rs.getString(1), Need.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getObject(5, UUID.class), rs.getTimestamp(6).toInstant()))
                .list();
        Set<UUID> people = new HashSet<>();
        rows.forEach(r -> people.add(r.by()));
        Map<UUID, String> names = colleagues.displayNames(people);
        List<Change> changes = new ArrayList<>();
        rows.forEach(r -> changes.add(new Change(r.situation(), r.need(), r.resources(), r.notes(), names.get(r.by()), r.at())));
        return changes;
    }

    Optional<AssessmentEntry> current(UUID caseId, LifeArea area) {
        return entries.findByCase(caseId).stream().filter(e -> e.lifeArea() == area).findFirst();
    }

    private static List<String> differences(AssessmentEntry stored, Input submitted) {
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(stored.situation(), submitted.situation())) {
            fields.add("situation");
        }
        if (stored.need() != submitted.need()) {
            fields.add("need");
        }
        if (!Objects.equals(stored.resources(), submitted.resources())) {
            fields.add("resources");
        }
        if (!Objects.equals(stored.notes(), submitted.notes())) {
            fields.add("notes");
        }
        return fields;
    }
}
