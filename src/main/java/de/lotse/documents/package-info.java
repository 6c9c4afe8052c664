/**
 * Multilingual templates and PDF rendering.
 */
@ApplicationModule(displayName = "Dokumente")
package de.lotse.documents;

import org.springframework.modulith.ApplicationModule;
