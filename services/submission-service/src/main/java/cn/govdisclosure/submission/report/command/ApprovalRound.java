package cn.govdisclosure.submission.report.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One pass of a report through its agency's sign-off levels: who submitted it for approval, how many levels it
 * needs (fixed when it was submitted), and who has signed so far, level by level.
 */
record ApprovalRound(int levels, String submittedBy, List<String> approvers) {

    ApprovalRound {
        approvers = List.copyOf(approvers);
    }

    static ApprovalRound started(int levels, String submittedBy) {
        return new ApprovalRound(levels, submittedBy, List.of());
    }

    int nextLevel() {
        return approvers.size() + 1;
    }

    boolean lastLevel(int level) {
        return level == levels;
    }

    ApprovalRound signedBy(String approver) {
        List<String> signed = new ArrayList<>(approvers);
        signed.add(approver);
        return new ApprovalRound(levels, submittedBy, signed);
    }

    /**
     * Why this person may not sign the next level, or null. Four eyes: nobody signs off content they filled in,
     * and nobody signs two levels.
     */
    String refusal(String approver, Integer approverLevel, Set<String> editors) {
        if (approverLevel == null || approverLevel != nextLevel()) {
            return "报告正待第" + nextLevel() + "级审核，当前用户的审核级别为"
                    + (approverLevel == null ? "无" : "第" + approverLevel + "级");
        }
        if (editors.contains(approver) || approver.equals(submittedBy)) {
            return "填报或修改过本报告的人员不能审核本报告";
        }
        if (approvers.contains(approver)) {
            return "同一人员不能审核两个级别";
        }
        return null;
    }
}
