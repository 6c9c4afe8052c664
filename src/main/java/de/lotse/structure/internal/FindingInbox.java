package de.lotse.structure.internal;

import de.lotse.casework.FindingRaised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Receives the findings raised in casework. The event publication registry keeps each delivery until this
 * listener has finished, and delivers again after a restart; storing by finding id makes a second delivery harmless.
 */
@Component
class FindingInbox {

    private final Findings findings;

    FindingInbox(Findings findings) {
        this.findings = findings;
    }

    @ApplicationModuleListener
    void on(FindingRaised event) {
        findings.receive(event);
    }
}
