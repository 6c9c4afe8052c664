package de.lotse.network.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.network.Interpreter;
import de.lotse.network.InterpreterBooking;
import de.lotse.network.Municipalities;
import de.lotse.network.Municipality;
import de.lotse.network.StaffDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The interpreter pool for the people who work with it: the list of interpreters, booking one (case managers)
 * and the bookings, which coordinators confirm and bookers or coordinators cancel.
 */
@Controller
@RequestMapping("/interpreters")
class InterpreterController {

    static final ZoneId LOCAL = ZoneId.of("Europe/Berlin");

    private final JdbcInterpreterPool pool;
    private final Municipalities municipalities;
    private final StaffDirectory staff;

    InterpreterController(JdbcInterpreterPool pool, Municipalities municipalities, StaffDirectory staff) {
        this.pool = pool;
        this.municipalities = municipalities;
        this.staff = staff;
    }

    @GetMapping
    String list(@RequestParam(required = false) String language, HttpServletRequest request, Model model) {
        boolean keeper = keepsThePool(request);
        List<Interpreter> interpreters = keeper ? pool.all() : pool.active();
        String chosen = language == null || language.isBlank() ? null : language;
        if (chosen != null) {
            interpreters = interpreters.stream().filter(i -> i.speaks(chosen)).toList();
        }
        model.addAttribute("interpreters", interpreters);
        model.addAttribute("language", chosen);
        model.addAttribute("languages", pool.languages());
        model.addAttribute("keeper", keeper);
        model.addAttribute("municipalityNames", municipalityNames());
        return "network/interpreters";
    }

    @GetMapping("/book")
    String bookingForm(@RequestParam(required = false) UUID interpreterId, @RequestParam(required = false) String language,
                       @RequestParam(required = false) UUID appointmentId, Model model) {
        model.addAttribute("form", BookingForm.empty(interpreterId, language, appointmentId));
        return bookingPage(model);
    }

    @PostMapping("/book")
    String book(@Valid @ModelAttribute("form") BookingForm submitted, BindingResult bound, Model model, RedirectAttributes redirect) {
        BookingForm form = submitted;
        BindingResult errors = bound;
        if (form.interpreterId() != null && !errors.hasFieldErrors("language") && !errors.hasFieldErrors("interpreterId")) {
            Interpreter interpreter = pool.get(form.interpreterId()).filter(Interpreter::active).orElse(null);
            if (interpreter == null) {
                errors.rejectValue("interpreterId", "interpreter.booking.interpreter.unknown");
            } else if (!interpreter.speaks(form.language())) {
                errors.rejectValue("language", "interpreter.booking.language.notSpoken");
            }
        }
        if (errors.hasErrors()) {
            return bookingPage(model);
        }
        StaffDirectory.StaffMember booker = staff.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        pool.book(form.interpreterId(), form.date().atTime(form.time()).atZone(LOCAL).toInstant(), form.language().strip(),
                form.municipalityId(), form.purpose(), booker.id(), booker.organisationId(), form.appointmentId());
        redirect.addFlashAttribute("notice", "interpreter.booking.requested");
        return "redirect:/interpreters/bookings";
    }

    @GetMapping("/bookings")
    String bookings(HttpServletRequest request, Model model) {
        boolean coordinates = coordinates(request);
        UUID me = staff.current().map(StaffDirectory.StaffMember::id).orElse(null);
        List<InterpreterBooking> bookings = pool.upcomingBookings(coordinates ? null : me);
        Set<UUID> bookers = bookings.stream().map(InterpreterBooking::bookedBy).collect(Collectors.toSet());
        model.addAttribute("bookings", bookings.stream().map(b -> BookingRow.of(b, me, coordinates)).toList());
        model.addAttribute("coordinates", coordinates);
        model.addAttribute("interpreterNames", pool.all().stream().collect(Collectors.toMap(Interpreter::id, Interpreter::name)));
        model.addAttribute("bookerNames", staff.displayNames(bookers));
        model.addAttribute("municipalityNames", municipalityNames());
        return "network/bookings";
    }

    /** A booking as the list shows it, with what the viewer may do with it. */
    record BookingRow(InterpreterBooking booking, java.time.LocalDateTime localStart, boolean mayConfirm, boolean mayCancel) {

        static BookingRow of(InterpreterBooking b, UUID me, boolean coordinates) {
            boolean open = b.status() != InterpreterBooking.Status.CANCELLED;
            return new BookingRow(b, b.startsAt().atZone(LOCAL).toLocalDateTime(),
                    coordinates && b.status() == InterpreterBooking.Status.REQUESTED,
                    open && (coordinates || b.bookedBy().equals(me)));
        }
    }

    @PostMapping("/bookings/{id}/confirm")
    String confirm(@PathVariable UUID id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return changeStatus(id, version, InterpreterBooking.Status.CONFIRMED, "interpreter.booking.confirmed", redirect);
    }

    @PostMapping("/bookings/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestParam(required = false) Integer version, HttpServletRequest request,
                  RedirectAttributes redirect) {
        InterpreterBooking booking = pool.booking(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        UUID me = staff.current().map(StaffDirectory.StaffMember::id).orElse(null);
        if (!coordinates(request) && !booking.bookedBy().equals(me)) {
            // Somebody else's booking is not shown to a case manager, so it does not exist for them.
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return changeStatus(id, version, InterpreterBooking.Status.CANCELLED, "interpreter.booking.cancelled", redirect);
    }

    private String changeStatus(UUID id, Integer version, InterpreterBooking.Status status, String notice,
                                RedirectAttributes redirect) {
        InterpreterBooking booking = pool.booking(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int seen = version == null ? booking.version() : version;
        if (pool.setStatus(id, status, seen)) {
            redirect.addFlashAttribute("notice", notice);
        } else {
            redirect.addFlashAttribute("problem", "interpreter.booking.changedMeanwhile");
        }
        return "redirect:/interpreters/bookings";
    }

    private String bookingPage(Model model) {
        List<Interpreter> interpreters = new ArrayList<>(pool.active());
        model.addAttribute("interpreters", interpreters);
        model.addAttribute("languages", pool.languages());
        model.addAttribute("municipalities", municipalities.findAllByOrderByName());
        return "network/booking";
    }

    private Map<UUID, String> municipalityNames() {
        return municipalities.findAll().stream().collect(Collectors.toMap(Municipality::id, Municipality::name, (a, b) -> a));
    }

    private static boolean coordinates(HttpServletRequest request) {
        return request.isUserInRole("COORDINATOR") || request.isUserInRole("ADMIN");
    }

    private static boolean keepsThePool(HttpServletRequest request) {
        return coordinates(request);
    }
}
