package de.lotse.privacy;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import de.lotse.privacy.internal.AuditChainCheck;
import de.lotse.privacy.internal.AuditEntries;
import org.springframework.stereotype.Service;

/**
 * Checks the whole audit chain from its first entry and names the first entry that breaks it.
 */
@Service
public class AuditChainVerifier {

    private final AuditEntries entries;

    AuditChainVerifier(AuditEntries entries) {
        this.entries = entries;
    }

    public ChainVerification verify() {
        AuditChainCheck check = new AuditChainCheck();
        entries.forEachInOrder(check::accept);
        return check.result();
    }
}
