package cn.govdisclosure.support.security;

/** The claims of the tokens the system issues. */
public final class Claims {

    public static final String ROLES = "roles";
    public static final String AGENCY = "agency";
    public static final String REGION = "region";
    public static final String APPROVAL_LEVEL = "approvalLevel";

    private Claims() {
    }
}
