package no.ledernett.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** Reads user-facing texts from resource bundles; bokmål is the base bundle. */
public final class Texts {

    public static final Locale BOKMAL = Locale.forLanguageTag("nb");

    private Texts() {
    }

    private record Key(String bundle, Locale locale, String key) {
    }

    /**
     * Parsed patterns: a ranking formats a few hundred explanations, and finding the bundle and
     * parsing its pattern each time was a tenth of its time. Bounded, as locales can come from requests.
     */
    private static final Map<Key, MessageFormat> PATTERNS = new ConcurrentHashMap<>();
    private static final int MAX_PATTERNS = 20_000;

    public static String format(String bundle, Locale locale, String key, Object... args) {
        Locale language = locale == null ? BOKMAL : locale;
        try {
            if (args.length == 0) {
                return bundle(bundle, language).getString(key);
            }
            Key k = new Key(bundle, language, key);
            MessageFormat pattern = PATTERNS.get(k);
            if (pattern == null) {
                pattern = new MessageFormat(bundle(bundle, language).getString(key), language);
                if (PATTERNS.size() < MAX_PATTERNS) {
                    PATTERNS.put(k, pattern);
                }
            }
            // A MessageFormat is not safe to share while it formats; a copy is cheaper than parsing again.
            return ((MessageFormat) pattern.clone()).format(args);
        } catch (MissingResourceException e) {
            // A missing text must not hide the real answer; show the key so the gap is visible.
            return "???" + key + "???";
        }
    }

    private static ResourceBundle bundle(String bundle, Locale language) {
        return ResourceBundle.getBundle(bundle, language, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
