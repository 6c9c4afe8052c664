/**
 * Audit trail (hash-chained, append-only), consents, data-subject requests, retention.
 */
@ApplicationModule(displayName = "Datenschutz")
package de.lotse.privacy;

import org.springframework.modulith.ApplicationModule;
