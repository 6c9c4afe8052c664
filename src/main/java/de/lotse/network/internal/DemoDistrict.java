package de.lotse.network.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.lotse.network.Municipalities;
import de.lotse.network.Municipality;
import de.lotse.network.Organisation;
import de.lotse.network.OrganisationType;
import de.lotse.network.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo KIM unit: the fictional Kreis Lotsenbrück with ten kreisangehörige Kommunen and the network of a
 * typical KIM unit. Loaded once, on the first start with the profile {@code demo}. Every name is invented.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDistrict implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDistrict.class);

    static final List<String> MUNICIPALITIES = List.of(
            "Lotsenbrück", "Altenweiler", "Birkenhagen", "Dornwalde", "Eschenrode",
            "Fahrenbeck", "Grauheide", "Hollermühlen", "Kappelsiek", "Lindenhorst");

    private final Municipalities municipalities;
    private final Organisations organisations;

    DemoDistrict(Municipalities municipalities, Organisations organisations) {
        this.municipalities = municipalities;
        this.organisations = organisations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organisations.count() > 0) {
            return;
        }
        Map<String, UUID> kommunen = new java.util.LinkedHashMap<>();
        for (String name : MUNICIPALITIES) {
            kommunen.put(name, municipalities.save(Municipality.named(name)).id());
        }
        district("Kommunales Integrationszentrum Kreis Lotsenbrück", OrganisationType.INTEGRATION_CENTRE,
                "Kreishausplatz 1", "Leitung KI", "02941 300-410", "ki@kreis-lotsenbrueck.example");
        district("Ausländer- und Einbürgerungsbehörde Kreis Lotsenbrück", OrganisationType.IMMIGRATION_OFFICE,
                "Kreishausplatz 1", "Sachgebietsleitung", "02941 300-320", "abh@kreis-lotsenbrueck.example");
        district("Jobcenter Kreis Lotsenbrück", OrganisationType.JOBCENTER,
                "Am Bahnhof 12", "Bereichsleitung Markt und Integration", "02941 8870-0", "jobcenter@kreis-lotsenbrueck.example");
        district("Agentur für Arbeit Lotsenbrück", OrganisationType.EMPLOYMENT_AGENCY,
                "Weberstraße 4", "Teamleitung Berufsberatung", "02941 9110-0", "lotsenbrueck@arbeitsagentur.example");
        district("Jugendamt Kreis Lotsenbrück", OrganisationType.YOUTH_WELFARE_OFFICE,
                "Kreishausplatz 1", "Amtsleitung", "02941 300-510", "jugendamt@kreis-lotsenbrueck.example");
        district("Sozialamt Kreis Lotsenbrück", OrganisationType.SOCIAL_WELFARE_OFFICE,
                "Kreishausplatz 1", "Amtsleitung", "02941 300-500", "sozialamt@kreis-lotsenbrueck.example");
        district("Gesundheitsamt Kreis Lotsenbrück", OrganisationType.HEALTH_OFFICE,
                "Hospitalweg 3", "Amtsleitung", "02941 300-530", "gesundheitsamt@kreis-lotsenbrueck.example");
        district("Caritasverband für den Kreis Lotsenbrück e. V.", OrganisationType.WELFARE_ORGANISATION,
                "Kirchgasse 7", "Fachdienst Integration und Migration", "02941 7710-0", "migration@caritas-lotsenbrueck.example");
        district("Diakonisches Werk im Kreis Lotsenbrück", OrganisationType.WELFARE_ORGANISATION,
                "Lutherweg 2", "Migrationsberatung", "02941 6620-0", "migration@diakonie-lotsenbrueck.example");
        district("AWO Kreisverband Lotsenbrück e. V.", OrganisationType.WELFARE_ORGANISATION,
                "Mühlenstraße 21", "Integrationsagentur", "02941 5530-0", "integration@awo-lotsenbrueck.example");
        district("Volkshochschule Kreis Lotsenbrück", OrganisationType.LANGUAGE_COURSE_PROVIDER,
                "Schulstraße 9", "Fachbereich Deutsch als Zweitsprache", "02941 300-800", "daz@vhs-lotsenbrueck.example");
        district("Sprachinstitut Brückenschlag GmbH", OrganisationType.LANGUAGE_COURSE_PROVIDER,
                "Marktplatz 5", "Kursorganisation", "02941 4410-0", "kurse@brueckenschlag.example");
        kommunen.forEach((name, id) -> organisations.save(Organisation.create("Stadt " + name, OrganisationType.MUNICIPALITY, id)
                .withAddress("Rathausplatz 1", null, name)
                .withContact("Fachbereich Soziales", null, null, null)));
        log.info("Demo KIM unit created: Kreis Lotsenbrück with {} Kommunen and {} organisations",
                kommunen.size(), organisations.count());
    }

    private void district(String name, OrganisationType type, String street, String contact, String phone, String email) {
        organisations.save(Organisation.create(name, type, null)
                .withAddress(street, "59999", "Lotsenbrück")
                .withContact(contact, phone, email, null));
    }
}
