/**
 * Web support, the outermost layer: security filter chains and the route table, layout and navigation,
 * error pages, i18n and the normalisation of every text input at the edge.
 */
@ApplicationModule(displayName = "Web")
package de.lotse.web;

import org.springframework.modulith.ApplicationModule;
