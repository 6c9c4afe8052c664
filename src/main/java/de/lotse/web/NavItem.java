package de.lotse.web;

/**
 * One entry of the main navigation and a tile on the start page.
 *
 * @param path where it leads; who sees it follows from {@link AccessRules}
 * @param labelKey message key of its name
 * @param descriptionKey message key of what the user can do there (shown on the start page)
 */
public record NavItem(String path, String labelKey, String descriptionKey) {
}
