package de.lotse.casework.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit (spring.servlet.multipart) fails before any controller is chosen, so it is
 * answered here: on the journal page with a German message at the document field, never a 500 or a reset
 * connection (server.tomcat.max-swallow-size lets Tomcat read the rest of the request first). The other
 * input of the form is lost with the request body; the person is told so.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

    private static final Pattern JOURNAL = Pattern.compile("^/cases/([0-9a-fA-F-]{36})/journal$");

    private final JournalController journal;

    UploadLimit(JournalController journal) {
        this.journal = journal;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        Matcher matcher = JOURNAL.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!matcher.matches()) {
            ModelAndView page = new ModelAndView("error/4xx");
            page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
            return page;
        }
        UUID caseId = UUID.fromString(matcher.group(1));
        JournalEntryForm form = JournalEntryForm.empty(LocalDate.now(CaseCalendar.ZONE), LocalTime.now(CaseCalendar.ZONE));
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        errors.rejectValue("document", "journal.document.tooLarge");
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        model.addAttribute("problem", "journal.document.tooLarge.retry");
        String view = journal.page(caseId, 1, model);
        ModelAndView page = new ModelAndView(view, model);
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        return page;
    }
}
