package no.ledernett.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Reads user-facing texts from resource bundles; bokmål is the base bundle. */
public final class Texts {

    public static final Locale BOKMAL = Locale.forLanguageTag("nb");

    private Texts() {
    }

    public static String format(String bundle, Locale locale, String key, Object... args) {
        try {
            ResourceBundle texts = ResourceBundle.getBundle(bundle, locale == null ? BOKMAL : locale,
                    Texts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = texts.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale == null ? BOKMAL : locale).format(args);
        } catch (MissingResourceException e) {
            // A missing text must not hide the real answer; show the key so the gap is visible.
            return "???" + key + "???";
        }
    }
}
