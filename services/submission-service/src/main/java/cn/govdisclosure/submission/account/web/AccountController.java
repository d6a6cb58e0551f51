package cn.govdisclosure.submission.account.web;

import cn.govdisclosure.kernel.agency.CreditCode;
import cn.govdisclosure.kernel.agency.RegionCode;
import cn.govdisclosure.submission.account.Account;
import cn.govdisclosure.submission.account.Accounts;
import cn.govdisclosure.submission.agency.command.SetApprovalLevelsCommand;
import cn.govdisclosure.submission.agency.query.AgencyDirectory;
import cn.govdisclosure.support.security.AuthenticatedUser;
import cn.govdisclosure.support.security.CurrentUser;
import cn.govdisclosure.support.security.Role;
import cn.govdisclosure.support.security.TokenIssuer;
import cn.govdisclosure.support.security.TokenIssuer.IssuedToken;
import cn.govdisclosure.support.web.ConflictException;
import cn.govdisclosure.support.web.FieldError;
import cn.govdisclosure.support.web.InvalidInputException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.ProblemDetail;

/** Accounts (created by administrators) and the tokens users sign in with. */
@RestController
class AccountController {

    private static final int MIN_PASSWORD = 10;
    private static final int MAX_PASSWORD = 128;
    /** bcrypt reads no more than 72 bytes of a password, and refuses to hash a longer one. */
    private static final int MAX_PASSWORD_BYTES = 72;

    private final Accounts accounts;
    private final AgencyDirectory agencies;
    private final TokenIssuer tokens;
    private final Clock clock;

    AccountController(Accounts accounts, AgencyDirectory agencies, TokenIssuer tokens, Clock clock) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.tokens = tokens;
        this.clock = clock;
    }

    record CreateAccountRequest(String username, String password, List<String> roles, String creditCode,
                                String regionCode, Integer approvalLevel) {
    }

    record AccountResponse(String username, Set<Role> roles, String creditCode, String regionCode,
                           Integer approvalLevel) {

        static AccountResponse of(AuthenticatedUser user) {
            return new AccountResponse(user.username(), user.roles(), user.creditCode(), user.regionCode(),
                    user.approvalLevel());
        }
    }

    record TokenRequest(String username, String password) {
    }

    record TokenResponse(String token, String tokenType, Instant expiresAt, AccountResponse user) {
    }

    @PostMapping("/api/accounts")
    ResponseEntity<AccountResponse> create(@RequestBody CreateAccountRequest request) {
        Account account = checked(request);
        if (!accounts.create(account, request.password())) {
            throw new ConflictException("用户名 " + request.username() + " 已被使用");
        }
        return ResponseEntity.created(URI.create("/api/accounts/" + account.username()))
                .body(AccountResponse.of(account.asUser()));
    }

    @GetMapping("/api/accounts/me")
    AccountResponse me() {
        return AccountResponse.of(CurrentUser.get());
    }

    @PostMapping("/api/auth/token")
    TokenResponse token(@RequestBody TokenRequest request) {
        // A name no account can have is not looked up: it could hold anything, even what the database refuses.
        Account account = Optional.ofNullable(request.username())
                .filter(username -> username.matches(Account.USERNAME))
                .flatMap(username -> accounts.authenticate(username, String.valueOf(request.password())))
                .orElseThrow(() -> new BadCredentialsException("用户名或密码错误"));
        IssuedToken token = tokens.issue(account.asUser());
        return new TokenResponse(token.token(), "Bearer", token.expiresAt(), AccountResponse.of(account.asUser()));
    }

    @ExceptionHandler(BadCredentialsException.class)
    ResponseEntity<ProblemDetail> badCredentials(BadCredentialsException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, exception.getMessage());
        problem.setTitle("登录失败");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }

    private Account checked(CreateAccountRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.username() == null || !request.username().matches(Account.USERNAME)) {
            errors.add(new FieldError("username", "用户名应为3至64位字母、数字、点、下划线或连字符"));
        }
        if (request.password() == null || request.password().length() < MIN_PASSWORD
                || request.password().length() > MAX_PASSWORD) {
            errors.add(new FieldError("password", "密码应为" + MIN_PASSWORD + "至" + MAX_PASSWORD + "个字符"));
        } else if (request.password().getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            errors.add(new FieldError("password", "密码不能超过" + MAX_PASSWORD_BYTES + "字节（一个汉字占3字节）"));
        }
        Set<Role> roles = roles(request.roles(), errors);
        boolean agencyRole = roles.contains(Role.CLERK) || roles.contains(Role.APPROVER);
        if (agencyRole && (CreditCode.problemWith(request.creditCode()) != null
                || agencies.find(request.creditCode()).isEmpty())) {
            errors.add(new FieldError("creditCode", "填报人和审核人须属于一个已登记的机关"));
        }
        if (!agencyRole && request.creditCode() != null) {
            errors.add(new FieldError("creditCode", "只有填报人和审核人属于机关"));
        }
        if (roles.contains(Role.APPROVER) && (request.approvalLevel() == null || request.approvalLevel() < 1
                || request.approvalLevel() > SetApprovalLevelsCommand.MAX_LEVELS)) {
            errors.add(new FieldError("approvalLevel", "审核人的审核级别应为1至" + SetApprovalLevelsCommand.MAX_LEVELS));
        }
        if (roles.contains(Role.SUPERVISOR) && !isRegion(request.regionCode())) {
            errors.add(new FieldError("regionCode", "监督人员须指定其所在的6位行政区划代码"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Account(request.username(), roles, request.creditCode(),
                roles.contains(Role.SUPERVISOR) ? request.regionCode() : null,
                roles.contains(Role.APPROVER) ? request.approvalLevel() : null, CurrentUser.get().username(),
                clock.instant());
    }

    private static Set<Role> roles(List<String> names, List<FieldError> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null || names.isEmpty()) {
            errors.add(new FieldError("roles", "请至少指定一个角色"));
            return roles;
        }
        for (String name : names) {
            try {
                roles.add(Role.valueOf(String.valueOf(name)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("roles", "未知角色：" + name));
            }
        }
        return roles;
    }

    private static boolean isRegion(String code) {
        try {
            new RegionCode(String.valueOf(code));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
