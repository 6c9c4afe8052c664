package de.lotse.network;

import java.util.List;
import java.util.UUID;

/**
 * A lay interpreter (Sprachmittler:in) of the KI's pool. These are personal data of the interpreter, so only
 * what booking needs is kept: a name, the languages, the Kommunen they go to, when they are usually available
 * and one or two ways to reach them.
 *
 * @param municipalityIds the Kommunen they go to; empty means the whole district
 */
public record Interpreter(UUID id, String name, List<String> languages, List<UUID> municipalityIds,
                          String availability, String phone, String email, boolean active, int version) {

    public Interpreter {
        languages = List.copyOf(languages);
        municipalityIds = List.copyOf(municipalityIds);
    }

    public boolean speaks(String language) {
        return languages.stream().anyMatch(l -> l.equalsIgnoreCase(language));
    }
}
