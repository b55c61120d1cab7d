package no.ledernett.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every confirmation names its action (issue 20, item 17): its title asks the question ("Publisere
 * fordelingen?") and its buttons say what they do ("Publiser" / "Avbryt"), never a shared "Bekreft" with
 * "Ja, slett" for everything, which is wrong for publishing and trains people to click without reading.
 */
class ConfirmDialogsTest {

    private static final Pattern CONFIRM = Pattern.compile("<p:confirm\\b[^>]*/>", Pattern.DOTALL);

    @Test
    void everyConfirmationAsksItsOwnQuestionWithButtonsThatSayWhatTheyDo() throws IOException {
        List<String> wrong = new ArrayList<>();
        int seen = 0;
        for (Path page : ViewParametersTest.pages()) {
            Matcher m = CONFIRM.matcher(Files.readString(page));
            while (m.find()) {
                seen++;
                String tag = m.group();
                if (!tag.contains("yesButtonLabel=") || !tag.contains("noButtonLabel=")) {
                    wrong.add(page.getFileName() + ": no button labels of its own: " + tag);
                }
                if (!tag.contains("header=") || tag.contains("common.confirm")) {
                    wrong.add(page.getFileName() + ": no question of its own: " + tag);
                }
            }
        }
        assertTrue(seen > 10, "confirmations found: " + seen);
        assertEquals(List.of(), wrong);
    }
}
