package de.lotse.structure.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.network.BarrierCategories;
import de.lotse.network.BarrierCategory;
import de.lotse.network.LifeArea;
import de.lotse.network.Municipalities;
import de.lotse.network.Municipality;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The network's lists that structure's forms and pages choose from and name things by. */
@Component
class Choices {

    private final BarrierCategories categories;
    private final Municipalities municipalities;

    Choices(BarrierCategories categories, Municipalities municipalities) {
        this.categories = categories;
        this.municipalities = municipalities;
    }

    void addTo(Model model) {
        model.addAttribute("lifeAreas", LifeArea.values());
        model.addAttribute("categories", categories.findActive());
        model.addAttribute("municipalities", municipalities.findAllByOrderByName());
    }

    void addNamesTo(Model model) {
        model.addAttribute("categoryNames", categoryNames());
        model.addAttribute("municipalityNames", municipalityNames());
    }

    boolean activeCategories(List<String> codes) {
        List<String> active = categories.findActive().stream().map(BarrierCategory::code).toList();
        return codes == null || active.containsAll(codes);
    }

    Map<String, String> categoryNames() {
        return categories.findAllInOrder().stream()
                .collect(Collectors.toMap(BarrierCategory::code, c -> c.name(LocaleContextHolder.getLocale())));
    }

    Map<UUID, String> municipalityNames() {
        return municipalities.findAll().stream().collect(Collectors.toMap(Municipality::id, Municipality::name));
    }
}
