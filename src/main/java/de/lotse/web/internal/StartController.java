package de.lotse.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: for each role, what it can do in Lotse today (the tiles come from the navigation).
 */
@Controller
class StartController {

    @GetMapping("/")
    String start() {
        return "start";
    }
}
