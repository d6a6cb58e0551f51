package cn.govdisclosure.publication.web;

import cn.govdisclosure.publication.command.TransparencyLogKey;
import cn.govdisclosure.publication.query.TransparencyLogQueries;
import cn.govdisclosure.publication.query.TransparencyLogQueries.LoggedVersion;
import cn.govdisclosure.support.web.InvalidInputException;
import cn.govdisclosure.support.web.ResourceNotFoundException;
import cn.govdisclosure.transparency.Ed25519Keys;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The transparency log, public, in exactly the file formats the offline verifier ({@code Verify}) reads: save a
 * response body to a file and hand it over as it is.
 */
@RestController
@RequestMapping("/api/transparency")
class TransparencyController {

    private static final String TEXT = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final TransparencyLogQueries log;
    private final TransparencyLogKey key;

    TransparencyController(TransparencyLogQueries log, TransparencyLogKey key) {
        this.log = log;
        this.key = key;
    }

    @GetMapping(value = "/public-key", produces = TEXT)
    String publicKey() {
        return Ed25519Keys.publicKeyPem(key.publicKey());
    }

    /** The latest checkpoint, or the one issued when the log had {@code size} leaves. */
    @GetMapping(value = "/checkpoint", produces = TEXT)
    String checkpoint(@RequestParam(required = false) Long size) {
        long treeSize = size == null ? log.treeSize() : size;
        return log.checkpoint(treeSize).orElseThrow(() -> new ResourceNotFoundException(
                size == null ? "透明日志尚无记录" : "透明日志没有大小为" + size + "的检查点"));
    }

    @GetMapping(value = "/leaves/{creditCode}/{year}/{version}", produces = JSON)
    String leaf(@PathVariable String creditCode, @PathVariable int year, @PathVariable int version) {
        return logged(creditCode, year, version).toJson();
    }

    /** The inclusion proof of a version in the tree of {@code size} leaves (by default the latest). */
    @GetMapping(value = "/proof/inclusion", produces = JSON)
    String inclusion(@RequestParam String creditCode, @RequestParam int year, @RequestParam int version,
                     @RequestParam(required = false) Long size) {
        long leafIndex = logged(creditCode, year, version).leaf().leafIndex();
        long treeSize = size == null ? log.treeSize() : size;
        if (treeSize <= leafIndex || treeSize > log.treeSize()) {
            throw new InvalidInputException("size", "树大小应在" + (leafIndex + 1) + "到" + log.treeSize() + "之间");
        }
        return log.inclusion(leafIndex, treeSize).toJson();
    }

    @GetMapping(value = "/proof/consistency", produces = JSON)
    String consistency(@RequestParam long from, @RequestParam long to) {
        long treeSize = log.treeSize();
        if (from < 1 || from > to) {
            throw new InvalidInputException("from", "起始大小应在1到" + to + "之间");
        }
        if (to > treeSize) {
            throw new InvalidInputException("to", "透明日志现有" + treeSize + "条记录");
        }
        return log.consistency(from, to).toJson();
    }

    private LoggedVersion logged(String creditCode, int year, int version) {
        return log.leaf(creditCode, year, version).orElseThrow(() -> new ResourceNotFoundException(
                "统一社会信用代码为" + creditCode + "的机关" + year + "年度报告第" + version + "版不在透明日志中"));
    }
}
