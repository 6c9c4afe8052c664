package de.lotse.privacy.internal;

import de.lotse.privacy.AuditChainVerifier;
import de.lotse.privacy.ChainVerification;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar lotse.jar --verify-audit-chain}: checks the audit chain, prints the result and exits
 * with 0 when it is intact and 3 when it is broken, so that it can run from cron or a monitoring check.
 */
@Component
@Order(1000)
class VerifyAuditChainCommand implements ApplicationRunner {

    static final String OPTION = "verify-audit-chain";

    private final AuditChainVerifier verifier;
    private final ApplicationContext context;

    VerifyAuditChainCommand(AuditChainVerifier verifier, ApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        ChainVerification result = verifier.verify();
        if (result.intact()) {
            System.out.printf("Audit chain intact: %d entries checked.%n", result.entriesChecked());
        } else {
            System.out.printf("Audit chain BROKEN at entry %d (%s); %d entries read.%n",
                    result.firstBrokenSequence(), result.reason(), result.entriesChecked());
        }
        int code = result.intact() ? 0 : 3;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }
}
