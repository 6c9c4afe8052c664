package de.lotse.privacy.internal;

import java.util.List;

import de.lotse.privacy.AuditAction;
import de.lotse.privacy.AuditChainVerifier;
import de.lotse.privacy.AuditTrail;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for administrators and data protection officers: the newest entries, filtered by user or
 * record, and a check of the whole hash chain. Reading the trail is itself audited: it shows who worked on
 * whose data.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditTrailController {

    static final int PAGE_SIZE = 50;

    private final AuditEntries entries;
    private final AuditChainVerifier verifier;
    private final AuditTrail trail;

    AuditTrailController(AuditEntries entries, AuditChainVerifier verifier, AuditTrail trail) {
        this.entries = entries;
        this.verifier = verifier;
        this.trail = trail;
    }

    @GetMapping
    @Transactional
    String list(@RequestParam(required = false) @Size(max = 100) String actor,
                @RequestParam(required = false) @Size(max = 100) String recordType,
                @RequestParam(required = false) @Size(max = 100) String recordId,
                @RequestParam(defaultValue = "0") int page,
                Model model) {
        int safePage = Math.max(0, Math.min(page, 100_000));
        AuditEntries.Filter filter = new AuditEntries.Filter(blankToNull(actor), blankToNull(recordType), blankToNull(recordId));
        trail.record(AuditAction.READ, "AUDIT_TRAIL", null, "DATA_PROTECTION_SUPERVISION");
        // One row more than a page tells whether an older page follows.
        List<AuditEntry> fetched = entries.newest(filter, safePage * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("entries", fetched.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("hasNext", fetched.size() > PAGE_SIZE);
        model.addAttribute("page", safePage);
        model.addAttribute("filter", filter);
        model.addAttribute("total", entries.count());
        return "privacy/audit";
    }

    @PostMapping("/verify")
    String verify(Model model) {
        model.addAttribute("verification", verifier.verify());
        model.addAttribute("total", entries.count());
        return "privacy/audit-verification";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
