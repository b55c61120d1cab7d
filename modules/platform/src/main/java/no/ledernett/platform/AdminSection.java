package no.ledernett.platform;

import java.io.Serializable;

/**
 * A top-level section of the admin screens. Each module that has screens provides one as a CDI
 * bean, so the navigation grows with the modules without the template knowing them.
 *
 * @param bundle  resource bundle holding {@code <key>.label} and {@code <key>.description}
 * @param key     text key prefix
 * @param outcome view id of the section's start page
 * @param path    URL path prefix that belongs to the section (to mark it current)
 * @param order   position in the navigation
 */
public record AdminSection(String bundle, String key, String outcome, String path, int order) implements Serializable {
}
