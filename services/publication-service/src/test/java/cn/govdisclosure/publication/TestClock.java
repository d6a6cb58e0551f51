package cn.govdisclosure.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: the system's, unless a test fixes it to publish at a chosen moment. One per JVM,
 * like the application context the tests share; a test that fixes it sets it back in a {@code finally}.
 */
public final class TestClock extends Clock {

    static final TestClock INSTANCE = new TestClock();

    private volatile Instant fixed;

    private TestClock() {
    }

    /** From now on the service's time is {@code instant}, until {@link #useSystemTime()}. */
    public void fixAt(Instant instant) {
        fixed = instant;
    }

    public void useSystemTime() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock clock = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return clock.withZone(other);
            }

            @Override
            public Instant instant() {
                return clock.instant();
            }
        };
    }
}
