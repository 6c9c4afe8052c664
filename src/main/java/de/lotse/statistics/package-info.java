/**
 * Dashboards and small-cell protected aggregates, exports and reports to the Land.
 */
@ApplicationModule(displayName = "Statistik")
package de.lotse.statistics;

import org.springframework.modulith.ApplicationModule;
