/**
 * Baustein 1: findings, topic backlog, working groups, Lenkungsgruppe decisions, measures and their effect.
 */
@ApplicationModule(displayName = "Strukturarbeit")
package de.lotse.structure;

import org.springframework.modulith.ApplicationModule;
