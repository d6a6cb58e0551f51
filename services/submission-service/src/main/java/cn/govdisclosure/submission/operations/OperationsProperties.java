package cn.govdisclosure.submission.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What operators are told about.
 *
 * @param stuckAfter    how long a report may wait for another service (SUBMITTED: validation; ACCEPTED: publication)
 *                      before it counts as stuck
 * @param deadLetterReadTimeout how long listing the dead-letter topics may wait for the broker
 */
@ConfigurationProperties("operations")
public record OperationsProperties(@DefaultValue("15m") Duration stuckAfter,
                                   @DefaultValue("10s") Duration deadLetterReadTimeout) {
}
