package cn.govdisclosure.support.security;

/** What a user may do. Agency roles act on their own agency's reports; the others act across agencies. */
public enum Role {
    /** Fills in and imports its agency's reports. */
    CLERK,
    /** Signs off its agency's reports at its approval level. */
    APPROVER,
    /** Reads every report of its region and sub-regions, and deadline compliance. */
    SUPERVISOR,
    /** Reads every history; changes nothing. */
    AUDITOR,
    /** Registers agencies and users. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
