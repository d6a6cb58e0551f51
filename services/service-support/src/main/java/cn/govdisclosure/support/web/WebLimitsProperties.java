package cn.govdisclosure.support.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits that keep one client from harming the others.
 *
 * @param maxBodySize       the largest request body accepted (documents to import included)
 * @param requestsPerMinute requests one client (address) may make per minute, with bursts up to the same number
 */
@ConfigurationProperties("web.limits")
public record WebLimitsProperties(@DefaultValue("20MB") DataSize maxBodySize,
                                  @DefaultValue("1200") long requestsPerMinute) {
}
