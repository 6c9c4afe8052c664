package de.lotse.structure.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Adding or renaming a function of the Lenkungsgruppe. {@code version} is the one the coordinator saw. */
record FunctionForm(@NotBlank @Size(max = 200) String name, Boolean chair, Integer version) {

    /** An unticked box sends nothing, which means no. */
    boolean chairs() {
        return Boolean.TRUE.equals(chair);
    }

    static FunctionForm empty() {
        return new FunctionForm("", false, null);
    }

    static FunctionForm of(SteeringGroup.Function function) {
        return new FunctionForm(function.name(), function.chair(), function.version());
    }
}
