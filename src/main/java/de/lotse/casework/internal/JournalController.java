package de.lotse.casework.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The journal page of a case: the whole timeline, newest first, in pages, and the form for a new contact or
 * note with an optional document; and the download of a document.
 */
@Controller
class JournalController {

    static final int PAGE_SIZE = 25;

    private final CaseJournal journal;
    private final CaseCalendar calendar;
    private final DocumentTypes documentTypes;

    JournalController(CaseJournal journal, CaseCalendar calendar, DocumentTypes documentTypes) {
        this.journal = journal;
        this.calendar = calendar;
        this.documentTypes = documentTypes;
    }

    @GetMapping("/cases/{id}/journal")
    String show(@PathVariable UUID id, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("form", JournalEntryForm.empty(LocalDate.now(CaseCalendar.ZONE), LocalTime.now(CaseCalendar.ZONE)));
        return page(id, page, model);
    }

    @PostMapping("/cases/{id}/journal")
    String write(@PathVariable UUID id, @Valid @ModelAttribute("form") JournalEntryForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        calendar.requireCase(id);
        CaseJournal.Upload upload = null;
        if (form.hasDocument()) {
            upload = upload(form, errors).orElse(null);
        }
        if (errors.hasErrors()) {
            return page(id, 1, model);
        }
        journal.write(id, form.kind(), form.occurredOn().atTime(form.occurredTime()).atZone(CaseCalendar.ZONE).toInstant(),
                form.summary(), upload);
        redirect.addFlashAttribute("notice", "journal.written");
        return "redirect:/cases/" + id + "/journal";
    }

    /** The document if it is a PDF, JPEG or PNG of at most 20 MB by its content; otherwise a message at the field. */
    private Optional<CaseJournal.Upload> upload(JournalEntryForm form, BindingResult errors) {
        if (form.document().getSize() > DocumentTypes.MAX_BYTES) {
            errors.rejectValue("document", "journal.document.tooLarge");
            return Optional.empty();
        }
        byte[] content;
        try {
            content = form.document().getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<String> type = documentTypes.acceptedType(content);
        if (type.isEmpty()) {
            errors.rejectValue("document", "journal.document.type");
            return Optional.empty();
        }
        return Optional.of(new CaseJournal.Upload(fileName(form.document().getOriginalFilename(), type.get()), type.get(), content));
    }

    /** The name as the person chose it, without any path, or a plain one fitting the type. */
    static String fileName(String original, String type) {
        String name = original == null ? "" : original.replaceAll("^.*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "dokument" + switch (type) {
                case "application/pdf" -> ".pdf";
                case "image/png" -> ".png";
                default -> ".jpg";
            };
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    @GetMapping("/cases/{id}/journal/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId) {
        CaseJournal.Download document = journal.document(id, documentId).orElseThrow(CaseCalendar::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }

    /** The journal page with the given form (and its errors) in the model. */
    String page(UUID caseId, int page, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("timeline", journal.timeline(caseId, page, PAGE_SIZE));
        model.addAttribute("kinds", JournalEntryKind.values());
        model.addAttribute("maxMegabytes", DocumentTypes.MAX_BYTES / (1024 * 1024));
        return "casework/journal";
    }
}
