/**
 * Baustein 2: clients, cases, assessments, help plans, referrals, findings raised from cases.
 */
@ApplicationModule(displayName = "Fallmanagement")
package de.lotse.casework;

import org.springframework.modulith.ApplicationModule;
