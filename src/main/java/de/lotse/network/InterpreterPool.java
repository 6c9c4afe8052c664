package de.lotse.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The KI's pool of lay interpreters, for other modules: who speaks a language in a Kommune, and the counts per
 * language that statistics shows to coordinators (with small-number protection, which network cannot apply
 * itself because statistics sits above it).
 */
public interface InterpreterPool {

    Optional<Interpreter> get(UUID id);

    /** Active interpreters, by name. */
    List<Interpreter> active();

    /** Per language: active interpreters and bookings by status. */
    List<LanguageCount> countsPerLanguage();

    record LanguageCount(String language, int interpreters, int requested, int confirmed, int cancelled) {
    }
}
