package cn.govdisclosure.publication.webhook;

import cn.govdisclosure.support.web.ConflictException;
import cn.govdisclosure.support.web.InvalidInputException;
import cn.govdisclosure.support.web.ResourceNotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Webhook deliveries and their attempts, for administrators, who may also re-drive a failed delivery. */
@RestController
@RequestMapping("/api/webhooks/deliveries")
class WebhookDeliveryController {

    private static final Set<String> STATUSES = Set.of("PENDING", "DELIVERED", "FAILED");

    private final WebhookDeliveries deliveries;
    private final Clock clock;

    WebhookDeliveryController(WebhookDeliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @GetMapping
    List<WebhookDeliveryView> deliveries(@RequestParam(required = false) String status,
                                         @RequestParam(required = false) String creditCode,
                                         @RequestParam(defaultValue = "100") int limit) {
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidInputException("status", "one of PENDING, DELIVERED, FAILED");
        }
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "between 1 and 1000");
        }
        return deliveries.list(status, creditCode, limit);
    }

    @PostMapping("/{deliveryId}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void retry(@PathVariable String deliveryId) {
        if (deliveries.retry(deliveryId, clock.instant())) {
            return;
        }
        if (!deliveries.exists(deliveryId)) {
            throw new ResourceNotFoundException("No webhook delivery " + deliveryId);
        }
        throw new ConflictException("Webhook delivery " + deliveryId + " has not failed");
    }
}
