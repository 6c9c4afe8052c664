/**
 * Baustein 3: residence facts, dated law versions, the pre-check engine, screening, ABH hand-offs.
 */
@ApplicationModule(displayName = "Aufenthalt")
package de.lotse.residence;

import org.springframework.modulith.ApplicationModule;
