package de.lotse.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.lotse.privacy.ConsentForm;
import de.lotse.privacy.ConsentPurpose;
import de.lotse.privacy.DataCategory;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** Recording a consent on the client page. */
record ConsentRecordForm(
        @NotNull ConsentPurpose purpose,
        List<UUID> recipients,
        @NotEmpty Set<DataCategory> dataCategories,
        @NotNull @PastOrPresent LocalDate givenOn,
        @NotNull ConsentForm form,
        @Size(max = 200) String interpreterName,
        LocalDate expiresOn) {

    static ConsentRecordForm empty(LocalDate today) {
        return new ConsentRecordForm(null, List.of(), Set.of(), today, ConsentForm.SIGNED_PAPER, null, null);
    }
}
