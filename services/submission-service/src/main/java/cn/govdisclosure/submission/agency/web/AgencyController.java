package cn.govdisclosure.submission.agency.web;

import cn.govdisclosure.kernel.agency.AgencyKind;
import cn.govdisclosure.kernel.agency.CreditCode;
import cn.govdisclosure.kernel.agency.RegionCode;
import cn.govdisclosure.submission.agency.command.RegisterAgencyCommand;
import cn.govdisclosure.submission.agency.command.SetAgencyKindCommand;
import cn.govdisclosure.submission.agency.query.AgencyDirectory;
import cn.govdisclosure.submission.agency.query.AgencyView;
import cn.govdisclosure.submission.agency.command.SetApprovalLevelsCommand;
import cn.govdisclosure.support.security.AuthenticatedUser;
import cn.govdisclosure.support.security.CurrentUser;
import cn.govdisclosure.support.security.Role;
import cn.govdisclosure.support.web.ConflictException;
import cn.govdisclosure.support.web.FieldError;
import cn.govdisclosure.support.web.InvalidInputException;
import cn.govdisclosure.support.web.PlainText;
import cn.govdisclosure.support.web.ResourceNotFoundException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/agencies")
class AgencyController {

    private static final int MAX_NAME_LENGTH = 200;
    private static final String KINDS = Arrays.stream(AgencyKind.values())
            .map(kind -> kind.name() + "（" + kind.label() + "）").collect(Collectors.joining("或"));

    private final CommandGateway commands;
    private final AgencyDirectory agencies;
    private final Clock clock;

    AgencyController(CommandGateway commands, AgencyDirectory agencies, Clock clock) {
        this.commands = commands;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** {@code kind} is optional: without it the agency is a {@link AgencyKind#DEPARTMENT}, as before kinds existed. */
    record RegisterAgencyRequest(String creditCode, String name, String regionCode, String kind) {
    }

    @PostMapping
    ResponseEntity<AgencyView> register(@RequestBody RegisterAgencyRequest request) {
        checked(request);
        if (agencies.find(request.creditCode()).isPresent()) {
            throw alreadyRegistered(request.creditCode());
        }
        AgencyKind kind = request.kind() == null ? AgencyKind.DEPARTMENT
                : AgencyKind.named(request.kind()).orElseThrow();
        try {
            commands.sendAndWait(new RegisterAgencyCommand(request.creditCode(), request.name().strip(),
                    request.regionCode(), kind, CurrentUser.get().username(), clock.instant()));
        } catch (AggregateStreamCreationException raceLost) {
            throw alreadyRegistered(request.creditCode());
        }
        AgencyView agency = agencies.find(request.creditCode()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/agencies/" + agency.creditCode())).body(agency);
    }

    record ApprovalLevelsRequest(Integer levels) {
    }

    /** Administrators, and the agency's own approvers, set how many sign-off levels its reports need. */
    @PutMapping("/{creditCode}/approval-levels")
    AgencyView setApprovalLevels(@PathVariable String creditCode, @RequestBody ApprovalLevelsRequest request) {
        AgencyView agency = find(creditCode);
        AuthenticatedUser user = CurrentUser.get();
        if (!user.has(Role.ADMIN) && !(user.has(Role.APPROVER) && user.belongsTo(creditCode))) {
            throw new AccessDeniedException("只有管理员或本机关审核人可以设置审核级数");
        }
        if (request.levels() == null || request.levels() < 1 || request.levels() > SetApprovalLevelsCommand.MAX_LEVELS) {
            throw new InvalidInputException("levels", "审核级数应为1至" + SetApprovalLevelsCommand.MAX_LEVELS + "级");
        }
        commands.sendAndWait(new SetApprovalLevelsCommand(agency.creditCode(), request.levels(), user.username(),
                clock.instant()));
        return find(creditCode);
    }

    record AgencyKindRequest(String kind) {
    }

    /**
     * Administrators (see {@code SecurityConfiguration}) record what kind of agency this is, e.g. for one registered
     * before kinds were recorded.
     */
    @PutMapping("/{creditCode}/kind")
    AgencyView setKind(@PathVariable String creditCode, @RequestBody AgencyKindRequest request) {
        AgencyView agency = find(creditCode);
        AgencyKind kind = AgencyKind.named(request.kind())
                .orElseThrow(() -> new InvalidInputException("kind", kindProblem()));
        commands.sendAndWait(new SetAgencyKindCommand(agency.creditCode(), kind, CurrentUser.get().username(),
                clock.instant()));
        return find(creditCode);
    }

    @GetMapping("/{creditCode}")
    AgencyView find(@PathVariable String creditCode) {
        // A code that cannot be valid names no agency, and is not worth a query.
        return Optional.of(creditCode).filter(code -> CreditCode.problemWith(code) == null).flatMap(agencies::find)
                .orElseThrow(() -> new ResourceNotFoundException("机关 " + creditCode + " 未登记"));
    }

    private static void checked(RegisterAgencyRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String creditCodeProblem = CreditCode.problemWith(request.creditCode());
        if (creditCodeProblem != null) {
            errors.add(new FieldError("creditCode", creditCodeProblem));
        }
        String nameProblem = PlainText.problemWith(request.name());
        if (request.name() == null || request.name().isBlank()) {
            errors.add(new FieldError("name", "机关名称不能为空"));
        } else if (request.name().strip().length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError("name", "机关名称不能超过" + MAX_NAME_LENGTH + "个字"));
        } else if (nameProblem != null) {
            errors.add(new FieldError("name", "机关名称" + nameProblem));
        }
        try {
            new RegionCode(String.valueOf(request.regionCode()));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("regionCode", e.getMessage()));
        }
        if (request.kind() != null && AgencyKind.named(request.kind()).isEmpty()) {
            errors.add(new FieldError("kind", kindProblem()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String kindProblem() {
        return "机关类别应为" + KINDS;
    }

    private static ConflictException alreadyRegistered(String creditCode) {
        return new ConflictException("统一社会信用代码为 " + creditCode + " 的机关已登记");
    }
}
