package de.lotse.network.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import de.lotse.network.Interpreter;
import de.lotse.network.Municipalities;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators and administrators keep the interpreter pool. Interpreters leave the pool by deactivation, so
 * their past bookings keep a name.
 */
@Controller
@RequestMapping("/interpreters/manage")
class InterpreterAdminController {

    private final JdbcInterpreterPool pool;
    private final Municipalities municipalities;

    InterpreterAdminController(JdbcInterpreterPool pool, Municipalities municipalities) {
        this.pool = pool;
        this.municipalities = municipalities;
    }

    @GetMapping("/new")
    String newInterpreter(Model model) {
        model.addAttribute("form", InterpreterForm.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") InterpreterForm submitted, BindingResult bound, Model model,
                  RedirectAttributes redirect) {
        InterpreterForm form = submitted;
        BindingResult errors = bound;
        if (errors.hasErrors()) {
            return form(model, null);
        }
        UUID id = pool.create(form.toInterpreter(null, true));
        redirect.addFlashAttribute("notice", "interpreter.created");
        return "redirect:/interpreters/manage/" + id;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Interpreter interpreter = find(id);
        model.addAttribute("form", InterpreterForm.of(interpreter));
        return form(model, interpreter);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") InterpreterForm submitted, BindingResult bound,
                  Model model, RedirectAttributes redirect) {
        Interpreter stored = find(id);
        InterpreterForm form = submitted;
        BindingResult errors = bound;
        if (errors.hasErrors() || form.version() == null) {
            return form(model, stored);
        }
        try {
            pool.update(form.toInterpreter(id, stored.active()));
        } catch (OptimisticLockingFailureException e) {
            Interpreter current = find(id);
            model.addAttribute("conflict", changedFields(form.toInterpreter(id, current.active()), current));
            model.addAttribute("form", form.withVersion(current.version()));
            return form(model, current);
        }
        redirect.addFlashAttribute("notice", "interpreter.saved");
        return "redirect:/interpreters/manage/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        return setActive(id, false, "interpreter.deactivated", redirect);
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable UUID id, RedirectAttributes redirect) {
        return setActive(id, true, "interpreter.activated", redirect);
    }

    private String setActive(UUID id, boolean active, String notice, RedirectAttributes redirect) {
        Interpreter stored = find(id);
        pool.update(new Interpreter(id, stored.name(), stored.languages(), stored.municipalityIds(), stored.availability(),
                stored.phone(), stored.email(), active, stored.version()));
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/interpreters/manage/" + id;
    }

    private Interpreter find(UUID id) {
        return pool.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Model model, Interpreter interpreter) {
        model.addAttribute("interpreter", interpreter);
        model.addAttribute("municipalities", municipalities.findAllByOrderByName());
        return "network/interpreter-form";
    }

    private static List<String> changedFields(Interpreter mine, Interpreter stored) {
        List<String> changed = new ArrayList<>();
        compare(changed, "interpreter.name", mine.name(), stored.name());
        compare(changed, "interpreter.languages", mine.languages(), stored.languages());
        compare(changed, "interpreter.municipalities", Set.copyOf(mine.municipalityIds()), Set.copyOf(stored.municipalityIds()));
        compare(changed, "interpreter.availability", mine.availability(), stored.availability());
        compare(changed, "interpreter.phone", mine.phone(), stored.phone());
        compare(changed, "interpreter.email", mine.email(), stored.email());
        return changed;
    }

    private static void compare(List<String> changed, String key, Object submitted, Object stored) {
        if (!Objects.equals(submitted, stored)) {
            changed.add(key);
        }
    }
}
