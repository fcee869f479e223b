package vn.kehoach.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.account.PasswordService;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.web.FlashMessage;

@Controller
class PasswordController {

    private final PasswordService passwords;

    PasswordController(PasswordService passwords) {
        this.passwords = passwords;
    }

    @GetMapping(PasswordChangeInterceptor.PASSWORD_PAGE)
    String showForm(Authentication authentication, Model model) {
        model.addAttribute("passwordChangeForm", new PasswordChangeForm());
        model.addAttribute("forced", PasswordService.mustChangePassword(authentication));
        return "account/password";
    }

    @PostMapping(PasswordChangeInterceptor.PASSWORD_PAGE)
    String change(@Valid @ModelAttribute PasswordChangeForm passwordChangeForm, BindingResult result,
                  CurrentUser user, Authentication authentication, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            switch (passwords.changeOwnPassword(user, passwordChangeForm.getCurrentPassword(),
                    passwordChangeForm.getNewPassword())) {
                case WRONG_CURRENT -> result.rejectValue("currentPassword", "account.password.wrongCurrent");
                case CONTAINS_USERNAME -> result.rejectValue("newPassword", "account.password.sameAsUsername");
                case SAME_AS_CURRENT -> result.rejectValue("newPassword", "account.password.reused");
                case COMMON -> result.rejectValue("newPassword", "account.password.common");
                case TOO_LONG -> result.rejectValue("newPassword", "account.password.tooLong");
                case CHANGED -> passwords.keepSignedIn(request, response);
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("forced", PasswordService.mustChangePassword(authentication));
            return "account/password";
        }
        redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, FlashMessage.success("account.password.changed"));
        return "redirect:/";
    }
}
