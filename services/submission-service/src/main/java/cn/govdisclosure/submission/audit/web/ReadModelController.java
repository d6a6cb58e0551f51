package cn.govdisclosure.submission.audit.web;

import cn.govdisclosure.submission.audit.replay.ReadModelRebuild;
import cn.govdisclosure.submission.audit.replay.RebuildResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For operators (administrators): checks the read models against the event store, and with {@code apply=true}
 * replaces them with what the event store yields. Checking changes nothing, so it is the default.
 */
@RestController
@RequestMapping("/api/audit/read-models")
class ReadModelController {

    private final ReadModelRebuild rebuild;

    ReadModelController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/rebuild")
    RebuildResult rebuild(@RequestParam(defaultValue = "false") boolean apply) {
        return rebuild.rebuild(apply);
    }
}
