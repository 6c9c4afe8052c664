/**
 * Platform: how Lotse finds its database (embedded PostgreSQL by default, an external one by
 * configuration), the profiles that follow from that, and the log format. No domain code lives here.
 */
@ApplicationModule(displayName = "Plattform")
package de.lotse.platform;

import org.springframework.modulith.ApplicationModule;
