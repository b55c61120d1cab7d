package no.ledernett.app;

import java.util.ArrayList;
import java.util.List;

/**
 * Other ways to write the same path, as an attacker tries them (../shared/SECURITY-CHECKLIST.md,
 * path normalisation): doubled and encoded slashes, dot segments, path parameters, a trailing
 * slash, an encoded letter, upper case.
 */
final class PathSpellings {

    private PathSpellings() {
    }

    /** Spellings of a path such as {@code /admin/users/index.xhtml} (starting with a slash, at least two segments). */
    static List<String> of(String path) {
        int second = path.indexOf('/', 1);
        String first = path.substring(1, second);
        String rest = path.substring(second + 1);
        List<String> spellings = new ArrayList<>();
        spellings.add("/" + path);
        spellings.add("/" + first + "//" + rest);
        spellings.add("/" + first + "%2f" + rest);
        spellings.add("/" + first + "%2F" + rest);
        spellings.add("/." + path);
        spellings.add("/%2e" + path);
        spellings.add("/x/.." + path);
        spellings.add("/" + first + "/x/../" + rest);
        spellings.add("/" + first + ";p=1/" + rest);
        spellings.add(path + ";p=1");
        spellings.add(path + "/");
        spellings.add("/%" + Integer.toHexString(first.charAt(0)) + first.substring(1) + "/" + rest);
        spellings.add(path.toUpperCase(java.util.Locale.ROOT));
        spellings.add("/" + first.toUpperCase(java.util.Locale.ROOT) + "/" + rest);
        return spellings;
    }
}
