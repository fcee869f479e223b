package vn.kehoach.roster.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.roster.UnitLevel;
import vn.kehoach.roster.UnitSearch;
import vn.kehoach.roster.domain.LinkService;
import vn.kehoach.roster.domain.UnitService;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.FlashMessage;

import java.time.Clock;
import java.time.LocalDate;

/** Reviewing predecessor links suggested by a crosswalk import. */
@Controller
class LinkController {

    private final LinkService links;
    private final UnitService units;
    private final Clock clock;

    LinkController(LinkService links, UnitService units, Clock clock) {
        this.links = links;
        this.units = units;
        this.clock = clock;
    }

    @ModelAttribute("navArea")
    String navArea() {
        return "admin";
    }

    @GetMapping("/roster/links")
    String list(@RequestParam(defaultValue = "false") boolean confirmed, @RequestParam(required = false) Long province,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                CurrentUser user, Model model) {
        model.addAttribute("page", links.search(user, confirmed, province, q, page, 100));
        model.addAttribute("confirmed", confirmed);
        model.addAttribute("province", province);
        model.addAttribute("q", q);
        model.addAttribute("provinces", units.search(new UnitSearch(null, UnitLevel.PROVINCE, null, null, null,
                LocalDate.now(clock), 0, 100)).content());
        return "roster/links";
    }

    @PostMapping("/roster/links/{id}/confirm")
    String confirm(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        links.confirm(user, id);
        redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, FlashMessage.success("roster.links.confirmed", 1));
        return "redirect:/roster/links";
    }

    @PostMapping("/roster/links/{id}/reject")
    String reject(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        links.reject(user, id);
        redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, FlashMessage.success("roster.links.rejected"));
        return "redirect:/roster/links";
    }

    @PostMapping("/roster/links/confirm-all")
    String confirmAll(@RequestParam(required = false) Long province, CurrentUser user, RedirectAttributes redirect) {
        int count = links.confirmAll(user, province);
        redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, FlashMessage.success("roster.links.confirmed", count));
        return "redirect:/roster/links" + (province == null ? "" : "?province=" + province);
    }
}
