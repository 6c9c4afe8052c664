package de.lotse.structure.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A free agenda item, such as "Bericht der Koordination" or "Verschiedenes". */
record AgendaItemForm(@NotBlank @Size(max = 300) String title) {

    static AgendaItemForm empty() {
        return new AgendaItemForm("");
    }
}
