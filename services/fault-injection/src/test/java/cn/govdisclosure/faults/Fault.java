package cn.govdisclosure.faults;

import cn.govdisclosure.faults.SystemUnderFault.Part;

/** One fault the suite injects: a part stopped gracefully or killed, then started again; or poison messages. */
record Fault(Kind kind, Part part) {

    enum Kind { STOP, KILL, POISON }

    static Fault stop(Part part) {
        return new Fault(Kind.STOP, part);
    }

    static Fault kill(Part part) {
        return new Fault(Kind.KILL, part);
    }

    static Fault poison() {
        return new Fault(Kind.POISON, null);
    }

    String describe() {
        return switch (kind) {
            case STOP -> "graceful stop (SIGTERM) and restart of " + part.name().toLowerCase();
            case KILL -> "kill -9 and restart of " + part.name().toLowerCase();
            case POISON -> "poison message on every topic";
        };
    }
}
