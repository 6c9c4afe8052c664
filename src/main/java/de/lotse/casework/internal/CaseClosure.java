package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import de.lotse.casework.ClientCase;
import de.lotse.casework.ClosureReason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a case (Abschluss): the reason, the closure date and an outcome for every goal still open, stored
 * together or not at all. Reopening the case later keeps the goals with their outcomes and the history.
 */
@Service
@Transactional
public class CaseClosure {

    private final CaseWork caseWork;
    private final HelpPlanWork helpPlans;

    CaseClosure(CaseWork caseWork, HelpPlanWork helpPlans) {
        this.caseWork = caseWork;
        this.helpPlans = helpPlans;
    }

    /**
     * @param caseVersion the case version the user saw
     * @param planVersion the help plan version the user saw (null when the case has no plan)
     * @param endings     an outcome for each goal still open, by goal id
     */
    public void close(UUID caseId, int caseVersion, Integer planVersion, ClosureReason reason, LocalDate closedOn,
                      Map<UUID, HelpPlanWork.Ending> endings) {
        ClientCase clientCase = caseWork.get(caseId).orElseThrow();
        helpPlans.endOpenGoals(clientCase, planVersion, endings, closedOn);
        caseWork.close(caseId, reason, closedOn, caseVersion);
    }
}
