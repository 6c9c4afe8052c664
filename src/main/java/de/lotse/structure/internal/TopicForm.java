package de.lotse.structure.internal;

import java.util.List;
import java.util.UUID;

import de.lotse.network.LifeArea;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Opening or changing a topic. {@code version} is the one the coordinator saw. */
record TopicForm(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        List<LifeArea> lifeAreas,
        List<String> barrierCategories,
        List<UUID> municipalityIds,
        Integer version) {

    static TopicForm empty() {
        return new TopicForm("", "", List.of(), List.of(), List.of(), null);
    }

    static TopicForm of(Topic topic) {
        return new TopicForm(topic.title(), topic.description(), topic.lifeAreas().stream().map(LifeArea::valueOf).toList(),
                topic.barrierCategories(), topic.municipalityIds(), topic.version());
    }

    List<String> lifeAreaCodes() {
        return lifeAreas == null ? List.of() : lifeAreas.stream().map(Enum::name).toList();
    }

    /** Message keys of the fields where this form differs from the topic as it is stored now. */
    List<String> differencesTo(Topic current) {
        List<String> keys = new java.util.ArrayList<>();
        if (!java.util.Objects.equals(title, current.title())) {
            keys.add("topic.title");
        }
        if (!java.util.Objects.equals(nullToEmpty(description), current.description())) {
            keys.add("topic.description");
        }
        if (!new java.util.HashSet<>(lifeAreaCodes()).equals(new java.util.HashSet<>(current.lifeAreas()))) {
            keys.add("topic.lifeAreas");
        }
        if (!new java.util.HashSet<>(orEmpty(barrierCategories)).equals(new java.util.HashSet<>(current.barrierCategories()))) {
            keys.add("topic.barrierCategories");
        }
        if (!new java.util.HashSet<>(orEmpty(municipalityIds)).equals(new java.util.HashSet<>(current.municipalityIds()))) {
            keys.add("topic.municipalities");
        }
        return keys;
    }

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
