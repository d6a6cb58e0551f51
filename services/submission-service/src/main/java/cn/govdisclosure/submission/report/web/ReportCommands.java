package cn.govdisclosure.submission.report.web;

import cn.govdisclosure.submission.report.command.ApprovalRefusedException;
import cn.govdisclosure.submission.report.command.InvalidFigureException;
import cn.govdisclosure.submission.report.command.ReportStateException;
import cn.govdisclosure.support.web.ConflictException;
import cn.govdisclosure.support.web.FieldError;
import cn.govdisclosure.support.web.InvalidInputException;
import cn.govdisclosure.support.web.ResourceNotFoundException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Sends report commands and turns the aggregate's refusals into the HTTP answers agencies see. */
@Component
public class ReportCommands {

    /** What a user whose change lost a race is told: nothing of theirs was saved, reload and redo it. */
    public static final String STALE = "报告已被他人修改，本次修改未保存，请重新加载报告后再修改";

    private final CommandGateway commands;

    ReportCommands(CommandGateway commands) {
        this.commands = commands;
    }

    public void send(String reportId, Object command) {
        try {
            commands.sendAndWait(command);
        } catch (InvalidFigureException e) {
            throw new InvalidInputException(e.problems().entrySet().stream()
                    .map(problem -> new FieldError(problem.getKey(), problem.getValue())).toList());
        } catch (ReportStateException e) {
            throw new ConflictException(e.getMessage());
        } catch (ApprovalRefusedException e) {
            throw new AccessDeniedException(e.getMessage());
        } catch (AggregateStreamCreationException e) {
            throw new ConflictException("报告 " + reportId + " 已存在");
        } catch (ConflictingModificationException | ConcurrencyException e) {
            // Changed by someone else since the user loaded it (If-Match), or by another instance at the same time.
            throw new ConflictException(STALE);
        } catch (AggregateNotFoundException e) {
            throw new ResourceNotFoundException("报告 " + reportId + " 不存在");
        }
    }
}
