package de.lotse.casework.internal;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * A journal entry written on the journal page, with an optional document (PDF, JPEG or PNG up to 20 MB)
 * whose type is checked by its content, not by its name.
 */
record JournalEntryForm(
        @NotNull JournalEntryKind kind,
        @NotNull @PastOrPresent LocalDate occurredOn,
        @NotNull @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss") LocalTime occurredTime,
        @NotBlank @Size(max = 4000) String summary,
        MultipartFile document) {

    static JournalEntryForm empty(LocalDate today, LocalTime now) {
        return new JournalEntryForm(null, today, now.withSecond(0).withNano(0), null, null);
    }

    boolean hasDocument() {
        return document != null && !document.isEmpty();
    }
}
