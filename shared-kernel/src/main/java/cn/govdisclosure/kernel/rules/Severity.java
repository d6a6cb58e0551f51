package cn.govdisclosure.kernel.rules;

/** How a violated rule weighs: errors block acceptance, warnings need the agency's explanation, information does not. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告"),
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The Chinese word shown to agencies. */
    public String label() {
        return label;
    }
}
