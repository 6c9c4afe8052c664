package de.lotse.structure.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working and project groups: who is in them, when they met and what they agreed, who does what by when,
 * and the proposals they draft for the Lenkungsgruppe.
 */
@Service
@Transactional
class Groups {

    enum Kind { WORKING, PROJECT }

    enum ProposalStatus { DRAFT, SUBMITTED }

    record Group(UUID id, String name, Kind kind, UUID topicId, String description, int version) {
    }

    record Member(UUID id, UUID userId, String name, String organisation) {
    }

    record Meeting(UUID id, LocalDate heldOn, String agenda, String minutes, int version) {
    }

    record Task(UUID id, String title, UUID ownerId, LocalDate dueOn, boolean done, int version) {

        public boolean overdue() {
            return !done && dueOn != null && dueOn.isBefore(LocalDate.now());
        }
    }

    record Proposal(UUID id, UUID groupId, UUID topicId, String wording, String expectedEffect, String cost,
                    List<UUID> responsibleOrganisationIds, ProposalStatus status, Instant createdAt, int version) {
    }

    private final JdbcClient jdbc;

    Groups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID create(String name, Kind kind, UUID topicId, String description) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into structure.work_group (id, name, kind, topic_id, description) values (:id, :n, :k, :t, :d)")
                .param("id", id).param("n", name).param("k", kind.name()).param("t", topicId).param("d", description == null ? "" : description)
                .update();
        return id;
    }

    @Transactional(readOnly = true)
    List<Group> all() {
        return jdbc.sql("select id, name, kind, topic_id, description, version from structure.work_group order by kind, lower(name)")
                .query((rs, n) -> new Group(rs.getObject(1, UUID.class), rs.getString(2), Kind.valueOf(rs.getString(3)),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getInt(6))).list();
    }

    @Transactional(readOnly = true)
    Optional<Group> get(UUID id) {
        return all().stream().filter(g -> g.id().equals(id)).findFirst();
    }

    UUID addMember(UUID groupId, UUID userId, String name, String organisation) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into structure.group_member (id, group_id, user_id, name, organisation) values (:id, :g, :u, :n, :o)")
                .param("id", id).param("g", groupId).param("u", userId).param("n", name).param("o", organisation == null ? "" : organisation)
                .update();
        return id;
    }

    @Transactional(readOnly = true)
    List<Member> members(UUID groupId) {
        return jdbc.sql("select id, user_id, name, organisation from structure.group_member where group_id = :g order by lower(name)")
                .param("g", groupId)
                .query((rs, n) -> new Member(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)))
                .list();
    }

    UUID planMeeting(UUID groupId, LocalDate heldOn, String agenda) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into structure.meeting (id, group_id, held_on, agenda) values (:id, :g, :d, :a)")
                .param("id", id).param("g", groupId).param("d", heldOn).param("a", agenda).update();
        return id;
    }

    void recordMinutes(UUID groupId, UUID meetingId, String minutes, int version) {
        int changed = jdbc.sql("""
                        update structure.meeting set minutes = :m, version = version + 1
                        where id = :id and group_id = :g and version = :v
                        """)
                .param("m", minutes).param("id", meetingId).param("g", groupId).param("v", version).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("meeting " + meetingId + " was changed meanwhile or does not exist");
        }
    }

    @Transactional(readOnly = true)
    List<Meeting> meetings(UUID groupId) {
        return jdbc.sql("select id, held_on, agenda, minutes, version from structure.meeting where group_id = :g order by held_on desc")
                .param("g", groupId)
                .query((rs, n) -> new Meeting(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getInt(5))).list();
    }

    UUID addTask(UUID groupId, String title, UUID ownerId, LocalDate dueOn) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into structure.group_task (id, group_id, title, owner_id, due_on) values (:id, :g, :t, :o, :d)")
                .param("id", id).param("g", groupId).param("t", title).param("o", ownerId).param("d", dueOn).update();
        return id;
    }

    void completeTask(UUID groupId, UUID taskId, int version) {
        int changed = jdbc.sql("update structure.group_task set done = true, version = version + 1 where id = :id and group_id = :g and version = :v")
                .param("id", taskId).param("g", groupId).param("v", version).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("task " + taskId + " was changed meanwhile or does not exist");
        }
    }

    @Transactional(readOnly = true)
    List<Task> tasks(UUID groupId) {
        return jdbc.sql("select id, title, owner_id, due_on, done, version from structure.group_task where group_id = :g order by done, due_on nulls last, title")
                .param("g", groupId)
                .query((rs, n) -> new Task(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getInt(6))).list();
    }

    UUID draftProposal(UUID groupId, UUID topicId, String wording, String expectedEffect, String cost, List<UUID> organisations) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into structure.proposal (id, group_id, topic_id, wording, expected_effect, cost, responsible_organisation_ids)
                        values (:id, :g, :t, :w, :e, :c, cast(:o as uuid[]))
                        """)
                .param("id", id).param("g", groupId).param("t", topicId).param("w", wording)
                .param("e", expectedEffect == null ? "" : expectedEffect).param("c", cost == null ? "" : cost)
                .param("o", Findings.uuidArray(organisations)).update();
        return id;
    }

    /** A proposal goes to the Lenkungsgruppe: it can no longer be changed by the group. */
    void submitProposal(UUID groupId, UUID proposalId, int version) {
        int changed = jdbc.sql("""
                        update structure.proposal set status = 'SUBMITTED', version = version + 1
                        where id = :id and group_id = :g and version = :v and status = 'DRAFT'
                        """)
                .param("id", proposalId).param("g", groupId).param("v", version).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("proposal " + proposalId + " was changed meanwhile or does not exist");
        }
    }

    @Transactional(readOnly = true)
    List<Proposal> proposalsOfGroup(UUID groupId) {
        return proposals("group_id", groupId);
    }

    @Transactional(readOnly = true)
    List<Proposal> proposalsOfTopic(UUID topicId) {
        return proposals("topic_id", topicId);
    }

    private List<Proposal> proposals(String column, UUID value) {
        return jdbc.sql("select id, group_id, topic_id, wording, expected_effect, cost, responsible_organisation_ids, status, created_at, version"
                        + " from structure.proposal where " + column + " = :v order by created_at desc, id")
                .param("v", value)
                .query((rs, n) -> new Proposal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), Findings.uuids(rs.getArray(7)),
                        ProposalStatus.valueOf(rs.getString(8)), rs.getTimestamp(9).toInstant(), rs.getInt(10)))
                .list();
    }
}
