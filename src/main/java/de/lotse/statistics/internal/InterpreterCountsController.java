package de.lotse.statistics.internal;

import java.util.List;

import de.lotse.network.InterpreterPool;
import de.lotse.statistics.ProtectedTable;
import de.lotse.statistics.SmallNumbers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Interpreters and bookings per language, for coordinators. The pool's size per language is a fact about the
 * pool and is shown as it is; bookings are made for clients' appointments, so their counts are protected.
 */
@Controller
class InterpreterCountsController {

    private final InterpreterPool pool;
    private final SmallNumbers smallNumbers;

    InterpreterCountsController(InterpreterPool pool, SmallNumbers smallNumbers) {
        this.pool = pool;
        this.smallNumbers = smallNumbers;
    }

    @GetMapping("/interpreters/counts")
    String counts(Model model) {
        List<InterpreterPool.LanguageCount> counts = pool.countsPerLanguage();
        long[][] bookings = counts.stream()
                .map(c -> new long[] {c.requested(), c.confirmed(), c.cancelled()})
                .toArray(long[][]::new);
        ProtectedTable table = smallNumbers.protect(bookings.length == 0 ? new long[0][3] : bookings);
        model.addAttribute("counts", counts);
        model.addAttribute("bookings", table);
        model.addAttribute("interpretersTotal", pool.active().size());
        model.addAttribute("threshold", smallNumbers.threshold());
        return "statistics/interpreter-counts";
    }
}
