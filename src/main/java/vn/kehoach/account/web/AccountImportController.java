package vn.kehoach.account.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.kehoach.account.AccountImportService;
import vn.kehoach.account.AccountService;
import vn.kehoach.shared.security.CurrentUser;
import vn.kehoach.shared.security.Role;
import vn.kehoach.shared.text.CsvFile;

import java.io.IOException;
import java.util.List;

@Controller
class AccountImportController {

    private static final long MAX_BYTES = 2L * 1024 * 1024;

    private final AccountImportService imports;

    AccountImportController(AccountImportService imports) {
        this.imports = imports;
    }

    @ModelAttribute("navArea")
    String navArea() {
        return "admin";
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping("/admin/accounts/import")
    String showForm(CurrentUser user) {
        if (!AccountService.canAdminister(user)) throw new AccessDeniedException("administrators only");
        return "account/import";
    }

    @PostMapping("/admin/accounts/import")
    String importFile(@RequestParam(value = "file", required = false) MultipartFile file, CurrentUser user, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        if (!AccountService.canAdminister(user)) throw new AccessDeniedException("administrators only");
        AccountImportService.Result result;
        if (file == null || file.isEmpty() || file.getSize() > MAX_BYTES) {
            result = refused(file == null || file.isEmpty()
                    ? "roster.import.reject.emptyFile"
                    : "roster.import.reject.tooLarge");
        } else {
            try {
                result = imports.importAccounts(user, CsvFile.parse(CsvFile.decodeUtf8(file.getBytes())));
            } catch (CsvFile.NotTextException | IOException e) {
                result = refused("roster.import.reject.notCsv");
            }
        }
        if (result.hasRejections()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("result", result);
            // A browser does not keep the chosen file: the page names it, to be chosen again once corrected.
            model.addAttribute("fileName", file == null || file.isEmpty() ? null : file.getOriginalFilename());
            return "account/import";
        }
        redirect.addFlashAttribute("result", result);
        return "redirect:/admin/accounts/import";
    }

    private static AccountImportService.Result refused(String key) {
        return new AccountImportService.Result(List.of(),
                List.of(new AccountImportService.Rejected(0, null, key, List.of())));
    }
}
