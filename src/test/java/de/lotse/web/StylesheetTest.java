package de.lotse.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stylesheet is merged line by line when branches come together (a union merge, see .gitattributes), which
 * can drop a closing brace. Browsers then nest every later rule inside the open one and silently ignore it, so
 * whole pages lose their styles without any error. This test finds such a rule.
 */
class StylesheetTest {

    private static final Path STYLESHEET = Path.of("src/main/resources/static/css/lotse.css");
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern GROUPING_AT_RULES = Pattern.compile("@(media|supports|layer|container|keyframes)\\b.*");

    @Test
    void everyRuleIsClosedAndOnlyGroupingAtRulesHoldOtherRules() throws IOException {
        String css = COMMENTS.matcher(Files.readString(STYLESHEET)).replaceAll(" ");
        Deque<String> open = new ArrayDeque<>();
        List<String> problems = new ArrayList<>();
        StringBuilder header = new StringBuilder();
        for (char c : css.toCharArray()) {
            switch (c) {
                case '{' -> {
                    String selector = header.toString().strip().replaceAll("\\s+", " ");
                    if (!open.isEmpty() && !GROUPING_AT_RULES.matcher(open.peek()).matches()) {
                        problems.add("'" + selector + "' stands inside '" + open.peek() + "': a closing brace is missing");
                    }
                    open.push(selector);
                    header.setLength(0);
                }
                case '}' -> {
                    if (open.isEmpty()) {
                        problems.add("a closing brace without a rule, after '" + header.toString().strip() + "'");
                    } else {
                        open.pop();
                    }
                    header.setLength(0);
                }
                case ';' -> header.setLength(0);
                default -> header.append(c);
            }
        }
        open.forEach(rule -> problems.add("'" + rule + "' is never closed"));
        assertThat(problems).isEmpty();
    }
}
