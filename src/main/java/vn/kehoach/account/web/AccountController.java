package vn.kehoach.account.web;

import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.account.AccountSearch;
import vn.kehoach.account.AccountService;
import vn.kehoach.account.AccountSummary;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.web.Actions;
import vn.kehoach.shared.web.FlashMessage;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/** Administrators keeping the accounts of their scope. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final Clock clock;

    AccountController(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @ModelAttribute("navArea")
    String navArea() {
        return "admin";
    }

    @GetMapping("/admin/accounts")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) Role role, @RequestParam(required = false) Boolean enabled,
                @RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        model.addAttribute("page", accounts.search(user, new AccountSearch(q, unit, role, enabled, page, 50)));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("enabled", enabled);
        model.addAttribute("roles", Role.values());
        return "account/accounts";
    }

    @GetMapping("/admin/accounts/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("disableForm", new DisableForm());
        return page(id, user, model);
    }

    private String page(long id, CurrentUser user, Model model) {
        AccountSummary account = accounts.get(user, id);
        model.addAttribute("account", account);
        model.addAttribute("signInHeld", account.signInHeldAt(clock.instant()));
        return "account/account";
    }

    @GetMapping("/admin/accounts/new")
    String showCreateForm(CurrentUser user, Model model) {
        requireAdministrator(user);
        return form(model, new AccountForm(), user, null);
    }

    @PostMapping("/admin/accounts/new")
    String create(@Valid @ModelAttribute("accountForm") AccountForm form, BindingResult result, CurrentUser user,
                  Model model, RedirectAttributes redirect) {
        requireAdministrator(user);
        return Actions.form(result, redirect, () -> form(model, form, user, null)).then(() -> {
            AccountService.Created created = accounts.create(user, form.toCommand());
            redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
            return Actions.done(redirect, "account.created", "/admin/accounts/" + created.id(), created.username());
        });
    }

    @GetMapping("/admin/accounts/{id}/edit")
    String showEditForm(@PathVariable long id, CurrentUser user, Model model) {
        return form(model, AccountForm.of(accounts.get(user, id)), user, id);
    }

    @PostMapping("/admin/accounts/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("accountForm") AccountForm form, BindingResult result,
                  CurrentUser user, Model model, RedirectAttributes redirect) {
        AccountSummary current = accounts.get(user, id);
        form.setUsername(current.username());
        return Actions.form(result, redirect, () -> form(model, form, user, id)).conflictTold().then(() -> {
            accounts.update(user, id, form.getVersion(), form.toCommand());
            return Actions.done(redirect, "account.updated", "/admin/accounts/" + id, current.username());
        });
    }

    @PostMapping("/admin/accounts/{id}/disable")
    String disable(@PathVariable long id, @Valid @ModelAttribute("disableForm") DisableForm form, BindingResult result,
                   CurrentUser user, Model model, RedirectAttributes redirect) {
        return Actions.submit(result, redirect, "account.disabled", "/admin/accounts/" + id,
                () -> accounts.disable(user, id, form.getReason()), () -> page(id, user, model));
    }

    @PostMapping("/admin/accounts/{id}/enable")
    String enable(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        accounts.enable(user, id);
        redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, FlashMessage.success("account.enabled"));
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/admin/accounts/{id}/unlock-sign-in")
    String unlockSignIn(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        boolean lifted = accounts.unlockSignIn(user, id);
        redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, lifted
                ? FlashMessage.success("account.signIn.unlocked")
                : FlashMessage.info("account.signIn.nothingToUnlock"));
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/admin/accounts/{id}/reset-password")
    String resetPassword(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("temporaryPassword", accounts.resetPassword(user, id));
        redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, FlashMessage.success("account.passwordReset"));
        return "redirect:/admin/accounts/" + id;
    }

    private String form(Model model, AccountForm form, CurrentUser user, Long id) {
        model.addAttribute("accountForm", form);
        model.addAttribute("accountId", id);
        // The service refuses the change; the form shows why instead of offering it.
        model.addAttribute("ownRolesFixed", id != null && id == user.id() && !user.isSystemAdmin());
        List<Role> grantable = Arrays.stream(Role.values())
                .filter(r -> r != Role.SYSTEM_ADMIN || user.isSystemAdmin()).toList();
        model.addAttribute("roles", grantable);
        return "account/account-form";
    }

    private static void requireAdministrator(CurrentUser user) {
        if (!AccountService.canAdminister(user)) throw new AccessDeniedException("administrators only");
    }
}
