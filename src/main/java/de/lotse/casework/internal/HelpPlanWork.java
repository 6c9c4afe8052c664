package de.lotse.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.lotse.accounts.CurrentUser;
import de.lotse.accounts.SignedInUser;
import de.lotse.casework.CaseStatus;
import de.lotse.casework.ClientCase;
import de.lotse.network.LifeArea;
import de.lotse.network.Organisation;
import de.lotse.network.Organisations;
import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditTrail;
import de.lotse.privacy.ConsentLedger;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.DataCategory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The help plan of a case: goals per life area agreed with the client, their steps, and how each goal ended.
 * Every change is checked against the plan version the user saw (a stale one changes nothing), numbered as a
 * new plan version whose snapshot stays readable, and audited.
 */
@Service
@Transactional
public class HelpPlanWork {

    static final String RECORD_TYPE = "HELP_PLAN";

    /** Someone else changed the plan since the user read it; nothing was changed. */
    public static class PlanChanged extends OptimisticLockingFailureException {
        PlanChanged() {
            super("the help plan was changed meanwhile");
        }
    }

    /** A closed case's plan is history; reopen the case to plan again. */
    public static class CaseClosed extends RuntimeException {
        CaseClosed() {
            super("the case is closed");
        }
    }

    /** What a plan change was, for the list of versions. German names in the bundles ({@code helpPlan.change.*}). */
    public enum Change { GOAL_ADDED, GOAL_CHANGED, GOAL_ENDED, STEP_ADDED, STEP_CHANGED, CLOSURE }

    public record VersionEntry(int number, Change change, String authorName, Instant createdAt) {
    }

    /** How a goal ended: the outcome and, where it needs one, the reason. */
    public record Ending(GoalOutcome outcome, String reason) {
    }

    private final HelpPlans plans;
    private final CaseWork caseWork;
    private final ConsentLedger consents;
    private final Organisations organisations;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    HelpPlanWork(HelpPlans plans, CaseWork caseWork, ConsentLedger consents, Organisations organisations, AuditTrail audit,
                 CurrentUser currentUser, JdbcClient jdbc, JsonMapper json) {
        this.plans = plans;
        this.caseWork = caseWork;
        this.consents = consents;
        this.organisations = organisations;
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The current plan of a case the caller may see (the case page has already checked that). */
    public PlanView of(ClientCase clientCase) {
        Optional<HelpPlan> plan = plans.findByCase(clientCase.id());
        plan.ifPresent(p -> audit.record(AuditAction.READ, RECORD_TYPE, p.id().toString(), ClientRegistry.PURPOSE));
        return plan.map(this::load).orElse(PlanView.empty());
    }

    /** The current plan, or empty when the case is not the caller's organisation's. */
    public Optional<PlanView> current(UUID caseId) {
        return caseWork.get(caseId).map(this::of);
    }

    public List<VersionEntry> versions(UUID caseId) {
        ClientCase clientCase = caseWork.get(caseId).orElseThrow();
        return plans.findByCase(clientCase.id()).map(plan -> jdbc.sql("""
                                select number, change, author_name, created_at from casework.plan_version
                                where help_plan = :p order by number desc
                                """)
                        .param("p", plan.id())
                        .query((rs, n) -> new VersionEntry(rs.getInt(1), Change.valueOf(rs.getString(2)), rs.getString(3),
                                rs.getTimestamp(4).toInstant()))
                        .list())
                .orElse(List.of());
    }

    /** An earlier version exactly as it was stored; read-only. */
    public Optional<PlanView> version(UUID caseId, int number) {
        ClientCase clientCase = caseWork.get(caseId).orElseThrow();
        return plans.findByCase(clientCase.id()).flatMap(plan -> {
            Optional<String> snapshot = jdbc.sql("select snapshot::text from casework.plan_version where help_plan = :p and number = :n")
                    .param("p", plan.id()).param("n", number).query(String.class).optional();
            snapshot.ifPresent(s -> audit.record(AuditAction.READ, RECORD_TYPE, plan.id() + "/" + number, ClientRegistry.PURPOSE));
            return snapshot.map(s -> json.readValue(s, PlanView.class));
        });
    }

    public UUID addGoal(UUID caseId, Integer planVersion, LifeArea lifeArea, String wording, LocalDate agreedOn) {
        return change(caseWork.get(caseId).orElseThrow(), planVersion, Change.GOAL_ADDED, true, plan -> {
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into casework.goal (id, help_plan, life_area, wording, agreed_on) values (:id, :p, :a, :w, :d)")
                    .param("id", id).param("p", plan.id()).param("a", lifeArea.name()).param("w", wording).param("d", agreedOn)
                    .update();
            return id;
        });
    }

    public void changeGoal(UUID caseId, UUID goalId, Integer planVersion, LifeArea lifeArea, String wording, LocalDate agreedOn) {
        change(caseWork.get(caseId).orElseThrow(), planVersion, Change.GOAL_CHANGED, true, plan -> {
            requireOpenGoal(plan, goalId);
            return jdbc.sql("update casework.goal set life_area = :a, wording = :w, agreed_on = :d where id = :id")
                    .param("a", lifeArea.name()).param("w", wording).param("d", agreedOn).param("id", goalId).update();
        });
    }

    public void endGoal(UUID caseId, UUID goalId, Integer planVersion, Ending ending, LocalDate endedOn) {
        change(caseWork.get(caseId).orElseThrow(), planVersion, Change.GOAL_ENDED, true, plan -> {
            requireOpenGoal(plan, goalId);
            end(goalId, ending, endedOn);
            return null;
        });
    }

    public UUID addStep(UUID caseId, UUID goalId, Integer planVersion, String what, StepActor actor, UUID organisationId,
                        LocalDate dueOn) {
        return change(caseWork.get(caseId).orElseThrow(), planVersion, Change.STEP_ADDED, true, plan -> {
            requireOpenGoal(plan, goalId);
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into casework.step (id, goal, what, actor, organisation_id, due_on, status)
                            values (:id, :g, :what, :actor, :o, :due, 'OPEN')
                            """)
                    .param("id", id).param("g", goalId).param("what", what).param("actor", actor.name())
                    .param("o", organisationOf(actor, organisationId)).param("due", dueOn).update();
            return id;
        });
    }

    public void changeStep(UUID caseId, UUID stepId, Integer planVersion, String what, StepActor actor, UUID organisationId,
                           LocalDate dueOn, StepStatus status) {
        change(caseWork.get(caseId).orElseThrow(), planVersion, Change.STEP_CHANGED, true, plan -> {
            int changed = jdbc.sql("""
                            update casework.step set what = :what, actor = :actor, organisation_id = :o, due_on = :due, status = :s
                            where id = :id and goal in (select id from casework.goal where help_plan = :p and outcome is null)
                            """)
                    .param("what", what).param("actor", actor.name()).param("o", organisationOf(actor, organisationId))
                    .param("due", dueOn).param("s", status.name()).param("id", stepId).param("p", plan.id()).update();
            if (changed == 0) {
                throw new NoSuchElementException("no step " + stepId + " in this plan");
            }
            return null;
        });
    }

    /**
     * Ends every goal still open, as part of closing the case; no consent check, because a case must be
     * closable after the client revoked consent.
     */
    void endOpenGoals(ClientCase clientCase, Integer planVersion, Map<UUID, Ending> endings, LocalDate endedOn) {
        Optional<HelpPlan> existing = plans.findByCase(clientCase.id());
        if (existing.isEmpty() || load(existing.get()).openGoals().isEmpty()) {
            return;
        }
        change(clientCase, planVersion, Change.CLOSURE, false, plan -> {
            for (PlanView.Goal goal : load(plan).openGoals()) {
                Ending ending = endings.get(goal.id());
                if (ending == null || ending.outcome() == null) {
                    throw new IllegalArgumentException("goal " + goal.id() + " has no outcome");
                }
                end(goal.id(), ending, endedOn);
            }
            return null;
        });
    }

    private void end(UUID goalId, Ending ending, LocalDate endedOn) {
        String reason = ending.reason() == null || ending.reason().isBlank() ? null : ending.reason();
        if (ending.outcome().needsReason() && reason == null) {
            throw new IllegalArgumentException("outcome " + ending.outcome() + " needs a reason");
        }
        int changed = jdbc.sql("""
                        update casework.goal set outcome = :o, outcome_reason = :r, ended_on = :d where id = :id and outcome is null
                        """)
                .param("o", ending.outcome().name()).param("r", reason).param("d", endedOn).param("id", goalId).update();
        if (changed == 0) {
            throw new PlanChanged();
        }
    }

    private <T> T change(ClientCase clientCase, Integer planVersion, Change change, boolean needsConsent, Function<HelpPlan, T> apply) {
        SignedInUser user = currentUser.require();
        if (clientCase.status() == CaseStatus.CLOSED) {
            throw new CaseClosed();
        }
        if (needsConsent && !consents.permits(clientCase.organisationId(), clientCase.clientId(), ConsentPurpose.CASE_MANAGEMENT,
                null, List.<DataCategory>of(), LocalDate.now())) {
            throw new CaseWork.ConsentMissing();
        }
        HelpPlan plan = plans.findByCase(clientCase.id()).orElse(null);
        boolean created = plan == null;
        if (created) {
            if (planVersion != null) {
                throw new PlanChanged();
            }
            plan = plans.save(new HelpPlan(UUID.randomUUID(), clientCase.id(), 0, null, Instant.now()));
        } else if (!plan.version().equals(planVersion)) {
            throw new PlanChanged();
        }
        T result = apply.apply(plan);
        // The optimistic lock again: someone may have saved between our read and this write.
        HelpPlan saved = plans.save(plan.next(plan.version()));
        PlanView view = load(saved);
        jdbc.sql("""
                        insert into casework.plan_version (help_plan, number, change, snapshot, author_id, author_name)
                        values (:p, :n, :c, cast(:s as jsonb), :a, :an)
                        """)
                .param("p", saved.id()).param("n", saved.number()).param("c", change.name())
                .param("s", json.writeValueAsString(view)).param("a", user.id()).param("an", user.displayName())
                .update();
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, RECORD_TYPE, saved.id().toString(), ClientRegistry.PURPOSE);
        return result;
    }

    /** An ended goal is history: it takes no new steps and no changes. */
    private void requireOpenGoal(HelpPlan plan, UUID goalId) {
        boolean found = jdbc.sql("select count(*) from casework.goal where id = :g and help_plan = :p and outcome is null")
                .param("g", goalId).param("p", plan.id()).query(Integer.class).single() > 0;
        if (!found) {
            throw new NoSuchElementException("no open goal " + goalId + " in this plan");
        }
    }

    private static UUID organisationOf(StepActor actor, UUID organisationId) {
        return actor == StepActor.ORGANISATION ? organisationId : null;
    }

    private PlanView load(HelpPlan plan) {
        List<StepRow> stepRows = jdbc.sql("""
                        select s.id, s.goal, s.what, s.actor, s.organisation_id, s.due_on, s.status from casework.step s
                        join casework.goal g on g.id = s.goal where g.help_plan = :p order by s.created_at, s.id
                        """)
                .param("p", plan.id())
                .query((rs, n) -> new StepRow(rs.getObject(2, UUID.class), rs.getObject(1, UUID.class), rs.getString(3),
                        StepActor.valueOf(rs.getString(4)), rs.getObject(5, UUID.class), rs.getObject(6, LocalDate.class),
                        StepStatus.valueOf(rs.getString(7))))
                .list();
        Set<UUID> organisationIds = new HashSet<>();
        stepRows.stream().map(StepRow::organisationId).filter(java.util.Objects::nonNull).forEach(organisationIds::add);
        Map<UUID, String> names = organisations.findAllById(organisationIds).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        List<PlanView.Goal> goals = jdbc.sql("""
                        select id, life_area, wording, agreed_on, outcome, outcome_reason, ended_on from casework.goal
                        where help_plan = :p order by created_at, id
                        """)
                .param("p", plan.id())
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    List<PlanView.Step> steps = new ArrayList<>();
                    stepRows.stream().filter(s -> s.goalId().equals(id)).forEach(s -> steps.add(new PlanView.Step(s.id(), s.what(),
                            s.actor(), s.organisationId(), s.organisationId() == null ? null : names.get(s.organisationId()),
                            s.dueOn(), s.status())));
                    return new PlanView.Goal(id, LifeArea.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(4, LocalDate.class),
                            rs.getString(5) == null ? null : GoalOutcome.valueOf(rs.getString(5)), rs.getString(6),
                            rs.getObject(7, LocalDate.class), List.copyOf(steps));
                })
                .list();
        return new PlanView(plan.version(), plan.number(), goals);
    }

    private record StepRow(UUID goalId, UUID id, String what, StepActor actor, UUID organisationId, LocalDate dueOn,
                           StepStatus status) {
    }
}
