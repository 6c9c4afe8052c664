/**
 * Organisations of the KIM unit, the Kommunen they serve, contacts, offers and the interpreter pool.
 */
@ApplicationModule(displayName = "Netzwerk")
package de.lotse.network;

import org.springframework.modulith.ApplicationModule;
