package cn.govdisclosure.validation.web;

import cn.govdisclosure.validation.history.HistoryRebuildResult;
import cn.govdisclosure.validation.history.KnownReportsRebuild;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilds the published known reports from {@code publication.events} and compares them with the live ones; with
 * {@code apply=true} the live published rows are replaced. Administrators only.
 */
@RestController
class HistoryRebuildController {

    private final KnownReportsRebuild rebuild;

    HistoryRebuildController(KnownReportsRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/history/rebuild")
    HistoryRebuildResult rebuild(@RequestParam(defaultValue = "false") boolean apply) {
        return rebuild.rebuild(apply);
    }
}
