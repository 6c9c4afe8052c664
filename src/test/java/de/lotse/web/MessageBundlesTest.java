package de.lotse.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.lotse.accounts.PasswordProblem;
import de.lotse.accounts.Role;
import de.lotse.network.OrganisationType;
import de.lotse.privacy.AuditAction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All text a person reads comes from the message bundles, in German and English: the bundles have the same
 * keys, every key a template or an enum needs exists, and no template carries text of its own.
 */
class MessageBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder", "value");
    private static final Set<String> REPLACING_ATTRIBUTES = Set.of("th:text", "th:utext", "th:errors", "th:replace", "th:insert");

    @Test
    void germanAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            List<String> keys = Files.readAllLines(Path.of("src/main/resources", name)).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).strip())
                    .toList();
            assertThat(keys).as(name).doesNotHaveDuplicates();
        }
    }

    @Test
    void noBundleHasEmptyMessages() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Properties bundle = bundle(name);
            assertThat(bundle.stringPropertyNames()).as(name).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = STATIC_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!keys.contains(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyNameOfAnEnumShownToUsersExists() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        List<String> needed = new ArrayList<>();
        Stream.of(Role.values()).map(r -> "role." + r).forEach(needed::add);
        Stream.of(Role.values()).map(r -> "start.role." + r).forEach(needed::add);
        Stream.of(OrganisationType.values()).map(t -> "organisation.type." + t).forEach(needed::add);
        Stream.of(AuditAction.values()).map(a -> "audit.action." + a).forEach(needed::add);
        Stream.of(PasswordProblem.values()).map(PasswordProblem::messageKey).forEach(needed::add);
        Navigation.ITEMS.forEach(item -> {
            needed.add(item.labelKey());
            needed.add(item.descriptionKey());
        });
        assertThat(keys).containsAll(needed);
    }

    @Test
    void templatesCarryNoTextOfTheirOwn() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                boolean replaced = REPLACING_ATTRIBUTES.stream().anyMatch(element::hasAttr)
                        || element.tagName().equals("style") || element.tagName().equals("script");
                if (!replaced) {
                    for (TextNode text : element.textNodes()) {
                        if (!text.text().isBlank()) {
                            hardCoded.add(TEMPLATES.relativize(template) + ": text \"" + text.text().strip() + "\"");
                        }
                    }
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    // A value is read by people only on input buttons; elsewhere it is data sent with the form.
                    boolean userVisible = !attribute.equals("value") || (element.tagName().equals("input")
                            && List.of("submit", "button", "reset").contains(element.attr("type")));
                    if (userVisible && element.hasAttr(attribute) && !element.attr(attribute).isBlank()) {
                        hardCoded.add(TEMPLATES.relativize(template) + ": attribute " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    @Test
    void theCheckFindsHardCodedText() {
        Document document = Jsoup.parse("<p class=\"kern-body\">Hallo</p><span th:text=\"#{a}\">x</span>", "", Parser.xmlParser());
        List<String> found = document.getAllElements().stream()
                .filter(e -> REPLACING_ATTRIBUTES.stream().noneMatch(e::hasAttr))
                .flatMap(e -> e.textNodes().stream())
                .map(TextNode::text)
                .filter(text -> !text.isBlank())
                .toList();
        assertThat(found).containsExactly("Hallo");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> paths = Files.walk(TEMPLATES)) {
            return paths.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
