package cn.govdisclosure.kernel.agency;

import java.util.Objects;

/** 行政区划代码: the 6-digit code of the administrative region an agency belongs to (GB/T 2260). */
public record RegionCode(String value) {

    public RegionCode {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[1-9][0-9]{5}")) {
            throw new IllegalArgumentException("行政区划代码应为6位数字");
        }
    }

    /** True for county-level and lower regions, whose bodies have no rule-making power (rule T2-5). */
    public boolean isCountyLevel() {
        return !value.endsWith("00");
    }

    @Override
    public String toString() {
        return value;
    }
}
