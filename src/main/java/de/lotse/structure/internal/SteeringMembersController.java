package de.lotse.structure.internal;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import de.lotse.accounts.Colleagues;
import de.lotse.accounts.SignedInUser;
import de.lotse.network.Organisation;
import de.lotse.network.Organisations;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who sits in the Lenkungsgruppe: the members page (read by coordination and the members themselves), and for
 * coordination the list of functions and the seats with member and deputy.
 */
@Controller
class SteeringMembersController {

    private final SteeringGroup group;
    private final Organisations organisations;
    private final Colleagues colleagues;

    SteeringMembersController(SteeringGroup group, Organisations organisations, Colleagues colleagues) {
        this.group = group;
        this.organisations = organisations;
        this.colleagues = colleagues;
    }

    @GetMapping("/steering/members")
    String members(Model model) {
        return membersPage(model, FunctionForm.empty());
    }

    // --- functions ---

    @PostMapping("/steering/functions/new")
    String addFunction(@Valid @ModelAttribute("functionForm") FunctionForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                group.addFunction(form.name().strip(), form.chairs());
                redirect.addFlashAttribute("notice", "steering.function.added");
                return "redirect:/steering/members#functions";
            } catch (SteeringGroup.NameTaken e) {
                errors.rejectValue("name", "steering.function.nameTaken");
            }
        }
        return membersPage(model, form);
    }

    @GetMapping("/steering/functions/{id}")
    String editFunction(@PathVariable UUID id, Model model) {
        SteeringGroup.Function function = group.function(id).orElseThrow(SteeringMembersController::notFound);
        model.addAttribute("functionForm", FunctionForm.of(function));
        return functionPage(model, function, null);
    }

    @PostMapping("/steering/functions/{id}")
    String changeFunction(@PathVariable UUID id, @Valid @ModelAttribute("functionForm") FunctionForm form, BindingResult errors,
                          Model model, RedirectAttributes redirect) {
        SteeringGroup.Function current = group.function(id).orElseThrow(SteeringMembersController::notFound);
        if (!errors.hasErrors()) {
            try {
                group.changeFunction(id, form.name().strip(), form.chairs(), form.version() == null ? -1 : form.version());
                redirect.addFlashAttribute("notice", "steering.function.saved");
                return "redirect:/steering/members#functions";
            } catch (SteeringGroup.NameTaken e) {
                errors.rejectValue("name", "steering.function.nameTaken");
            } catch (OptimisticLockingFailureException e) {
                List<String> differences = new java.util.ArrayList<>();
                if (!current.name().equals(form.name())) {
                    differences.add("steering.function.name");
                }
                if (current.chair() != form.chairs()) {
                    differences.add("steering.function.chair");
                }
                model.addAttribute("functionForm", new FunctionForm(form.name(), form.chair(), current.version()));
                return functionPage(model, current, differences);
            }
        }
        return functionPage(model, current, null);
    }

    @PostMapping("/steering/functions/{id}/move")
    String moveFunction(@PathVariable UUID id, @RequestParam(required = false) String direction, RedirectAttributes redirect) {
        try {
            group.moveFunction(id, "up".equals(direction));
        } catch (NoSuchElementException e) {
            throw notFound();
        }
        redirect.addFlashAttribute("notice", "steering.function.moved");
        return "redirect:/steering/members#functions";
    }

    @PostMapping("/steering/functions/{id}/active")
    String setActive(@PathVariable UUID id, @RequestParam(required = false) boolean active, @RequestParam(required = false) Integer version,
                     RedirectAttributes redirect) {
        group.function(id).orElseThrow(SteeringMembersController::notFound);
        try {
            group.setFunctionActive(id, active, version == null ? -1 : version);
            redirect.addFlashAttribute("notice", active ? "steering.function.activated" : "steering.function.deactivated");
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "steering.conflict");
        }
        return "redirect:/steering/members#functions";
    }

    // --- seats ---

    @GetMapping("/steering/seats/new")
    String newSeat(@RequestParam(required = false) UUID functionId, Model model) {
        model.addAttribute("seatForm", SeatForm.forFunction(functionId));
        return seatPage(model, null, null);
    }

    @PostMapping("/steering/seats/new")
    String addSeat(@Valid @ModelAttribute("seatForm") SeatForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Resolved resolved = check(form, null, errors);
        if (errors.hasErrors()) {
            return seatPage(model, null, null);
        }
        group.addSeat(form.functionId(), resolved.member(), resolved.deputy());
        redirect.addFlashAttribute("notice", "steering.seat.added");
        return "redirect:/steering/members";
    }

    @GetMapping("/steering/seats/{id}")
    String editSeat(@PathVariable UUID id, Model model) {
        SteeringGroup.Seat seat = group.seat(id).orElseThrow(SteeringMembersController::notFound);
        model.addAttribute("seatForm", SeatForm.of(seat));
        return seatPage(model, seat, null);
    }

    @PostMapping("/steering/seats/{id}")
    String changeSeat(@PathVariable UUID id, @Valid @ModelAttribute("seatForm") SeatForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        SteeringGroup.Seat current = group.seat(id).orElseThrow(SteeringMembersController::notFound);
        Resolved resolved = check(form, current.functionId(), errors);
        if (errors.hasErrors()) {
            return seatPage(model, current, null);
        }
        try {
            group.changeSeat(id, form.functionId(), resolved.member(), resolved.deputy(), form.version() == null ? -1 : form.version());
        } catch (OptimisticLockingFailureException e) {
            SeatForm stored = SeatForm.of(current);
            model.addAttribute("seatForm", new SeatForm(form.functionId(), form.memberName(), form.memberOrganisationId(),
                    form.memberOrganisation(), form.memberUsername(), form.deputyName(), form.deputyOrganisationId(),
                    form.deputyOrganisation(), form.deputyUsername(), current.version()));
            return seatPage(model, current, differences(form, stored));
        }
        redirect.addFlashAttribute("notice", "steering.seat.saved");
        return "redirect:/steering/members";
    }

    @PostMapping("/steering/seats/{id}/remove")
    String removeSeat(@PathVariable UUID id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        group.seat(id).orElseThrow(SteeringMembersController::notFound);
        try {
            group.removeSeat(id, version == null ? -1 : version);
            redirect.addFlashAttribute("notice", "steering.seat.removed");
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "steering.conflict");
            return "redirect:/steering/seats/" + id;
        }
        return "redirect:/steering/members";
    }

    private record Resolved(SteeringGroup.Person member, SteeringGroup.Person deputy) {
    }

    /** The checks beyond the fields' own: an organisation for the member, a name for a deputy, known user names. */
    private Resolved check(SeatForm form, UUID currentFunction, BindingResult errors) {
        // New seats go to active functions; a seat of a function deactivated since may stay where it is.
        if (form.functionId() != null && group.function(form.functionId())
                .filter(f -> f.active() || f.id().equals(currentFunction)).isEmpty()) {
            errors.rejectValue("functionId", "NotNull");
        }
        if (!errors.hasFieldErrors("memberOrganisation") && !form.hasMemberOrganisation()) {
            errors.rejectValue("memberOrganisation", "steering.seat.organisationMissing");
        }
        if (!errors.hasFieldErrors("deputyName") && form.mentionsDeputy() && SeatForm.blank(form.deputyName())) {
            errors.rejectValue("deputyName", "steering.seat.deputyNameMissing");
        }
        SignedInUser memberUser = user(form.memberUsername(), "memberUsername", errors);
        SignedInUser deputyUser = user(form.deputyUsername(), "deputyUsername", errors);
        checkOrganisation(form.memberOrganisationId(), "memberOrganisationId", errors);
        checkOrganisation(form.deputyOrganisationId(), "deputyOrganisationId", errors);
        return new Resolved(
                SteeringGroup.Person.of(strip(form.memberName()), form.memberOrganisationId(),
                        form.memberOrganisationId() == null ? strip(form.memberOrganisation()) : "",
                        memberUser == null ? null : memberUser.id(), memberUser == null ? null : memberUser.username()),
                SteeringGroup.Person.of(strip(form.deputyName()), form.deputyOrganisationId(),
                        form.deputyOrganisationId() == null ? strip(form.deputyOrganisation()) : "",
                        deputyUser == null ? null : deputyUser.id(), deputyUser == null ? null : deputyUser.username()));
    }

    private SignedInUser user(String username, String field, BindingResult errors) {
        if (SeatForm.blank(username) || errors.hasFieldErrors(field)) {
            return null;
        }
        SignedInUser user = colleagues.asSignedIn(username.strip()).orElse(null);
        if (user == null) {
            errors.rejectValue(field, "steering.seat.unknownUser");
        }
        return user;
    }

    private void checkOrganisation(UUID id, String field, BindingResult errors) {
        if (id != null && organisations.findById(id).isEmpty()) {
            errors.rejectValue(field, "NotNull");
        }
    }

    private static List<String> differences(SeatForm form, SeatForm stored) {
        List<String> keys = new java.util.ArrayList<>();
        if (!java.util.Objects.equals(form.functionId(), stored.functionId())) {
            keys.add("steering.seat.function");
        }
        if (!java.util.Objects.equals(strip(form.memberName()), stored.memberName())
                || !java.util.Objects.equals(form.memberOrganisationId(), stored.memberOrganisationId())
                || !java.util.Objects.equals(strip(form.memberOrganisation()), stored.memberOrganisation())
                || !java.util.Objects.equals(strip(form.memberUsername()), stored.memberUsername())) {
            keys.add("steering.seat.member");
        }
        if (!java.util.Objects.equals(strip(form.deputyName()), stored.deputyName())
                || !java.util.Objects.equals(form.deputyOrganisationId(), stored.deputyOrganisationId())
                || !java.util.Objects.equals(strip(form.deputyOrganisation()), stored.deputyOrganisation())
                || !java.util.Objects.equals(strip(form.deputyUsername()), stored.deputyUsername())) {
            keys.add("steering.seat.deputy");
        }
        return keys;
    }

    private String membersPage(Model model, FunctionForm functionForm) {
        List<SteeringGroup.Function> functions = group.functions();
        List<SteeringGroup.Seat> seats = group.seats();
        model.addAttribute("functions", functions);
        model.addAttribute("activeFunctions", functions.stream().filter(SteeringGroup.Function::active).toList());
        model.addAttribute("seats", seats);
        model.addAttribute("seatsByFunction", seats.stream().collect(java.util.stream.Collectors.groupingBy(SteeringGroup.Seat::functionId)));
        model.addAttribute("functionForm", functionForm);
        return "structure/steering-members";
    }

    private String functionPage(Model model, SteeringGroup.Function function, List<String> conflict) {
        model.addAttribute("function", function);
        model.addAttribute("conflict", conflict);
        return "structure/steering-function";
    }

    private String seatPage(Model model, SteeringGroup.Seat seat, List<String> conflict) {
        model.addAttribute("seat", seat);
        model.addAttribute("conflict", conflict);
        model.addAttribute("functions", group.functions().stream()
                .filter(f -> f.active() || (seat != null && f.id().equals(seat.functionId()))).toList());
        model.addAttribute("organisations", organisations.findAllByOrderByName().stream().filter(Organisation::active).toList());
        return "structure/steering-seat";
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
