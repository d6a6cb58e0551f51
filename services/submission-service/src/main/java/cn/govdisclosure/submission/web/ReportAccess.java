package cn.govdisclosure.submission.web;

import cn.govdisclosure.support.security.AuthenticatedUser;
import cn.govdisclosure.support.security.CurrentUser;
import cn.govdisclosure.support.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Whose reports a user may see and change: an agency's clerks and approvers its own; supervisors those of their
 * region and its sub-regions; auditors every report, read only.
 */
public final class ReportAccess {

    private ReportAccess() {
    }

    /** The current user, if it may read the reports of the given agency. */
    public static AuthenticatedUser requireReader(String creditCode, String regionCode) {
        AuthenticatedUser user = CurrentUser.get();
        if (user.belongsTo(creditCode) || user.supervises(regionCode) || user.has(Role.AUDITOR)) {
            return user;
        }
        throw new AccessDeniedException("无权查看其他机关的报告");
    }

    /** The current user, if it acts for the given agency in the given role. */
    public static AuthenticatedUser require(Role role, String creditCode) {
        AuthenticatedUser user = CurrentUser.get();
        if (user.has(role) && user.belongsTo(creditCode)) {
            return user;
        }
        throw new AccessDeniedException(user.belongsTo(creditCode) ? "当前用户无权进行此操作" : "无权操作其他机关的报告");
    }
}
