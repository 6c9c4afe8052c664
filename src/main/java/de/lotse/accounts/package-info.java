/**
 * Users, roles, sign-in and its throttling, sessions.
 */
@ApplicationModule(displayName = "Konten")
package de.lotse.accounts;

import org.springframework.modulith.ApplicationModule;
