package cn.govdisclosure.submission.workspace.web;

import cn.govdisclosure.submission.account.Account;
import cn.govdisclosure.submission.account.Accounts;
import cn.govdisclosure.support.security.BrowserSession;
import cn.govdisclosure.support.security.TokenIssuer;
import cn.govdisclosure.support.security.TokenIssuer.IssuedToken;
import cn.govdisclosure.support.security.TokenProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in to the workspace with the same accounts and tokens as the API: the token goes into the HttpOnly
 * session cookie instead of the page, and signing out expires the cookie.
 */
@Controller
class SignInController {

    private final Accounts accounts;
    private final TokenIssuer tokens;
    private final TokenProperties tokenProperties;

    SignInController(Accounts accounts, TokenIssuer tokens, TokenProperties tokenProperties) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.tokenProperties = tokenProperties;
    }

    @GetMapping("/workspace/login")
    String signInPage(@RequestParam(required = false) String expired, Model model) {
        model.addAttribute("expired", expired != null);
        return "login";
    }

    @PostMapping("/workspace/login")
    String signIn(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        // A name no account can have is not looked up, as at the API's token endpoint.
        Optional<Account> account = Optional.of(username.strip()).filter(name -> name.matches(Account.USERNAME))
                .flatMap(name -> accounts.authenticate(name, password));
        if (account.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            model.addAttribute("error", "用户名或密码错误");
            model.addAttribute("username", username.length() > 64 ? "" : username);
            return "login";
        }
        IssuedToken token = tokens.issue(account.get().asUser());
        response.addHeader(HttpHeaders.SET_COOKIE,
                BrowserSession.cookie(token.token(), tokenProperties.lifetime(), request.isSecure()).toString());
        return "redirect:/workspace";
    }

    @PostMapping("/workspace/logout")
    String signOut(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, BrowserSession.expired(request.isSecure()).toString());
        return "redirect:/workspace/login";
    }
}
