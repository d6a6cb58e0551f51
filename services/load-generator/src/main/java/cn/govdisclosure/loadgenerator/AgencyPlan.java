package cn.govdisclosure.loadgenerator;

import cn.govdisclosure.kernel.agency.CreditCode;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * One simulated agency and how it files: its identity, its clerk and approver, how many editing rounds it makes
 * and how many cells each round after the first changes, and whether its first submission fails validation.
 *
 * @param seed makes the figures it enters reproducible
 */
public record AgencyPlan(String creditCode, String agencyName, String regionCode, int year, String clerk,
                         String approver, String password, int editingRounds, int cellsPerRound,
                         boolean failsValidationFirst, long seed) {

    /** City-level regions: their bodies may make rules, so the 规章 rows are theirs to fill (rule T2-5). */
    private static final List<String> REGIONS = List.of("140500", "140100", "350100", "440300", "510100", "610100");
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public AgencyPlan {
        Objects.requireNonNull(creditCode, "creditCode");
        if (editingRounds < 1) {
            throw new IllegalArgumentException("An agency makes at least one editing round");
        }
    }

    /**
     * The year whose report is due next, by 31 January of the year after (rule X-3): filing it today raises no
     * deadline warning.
     */
    public static int yearDueNext(java.time.LocalDate today) {
        return today.getMonthValue() == 1 ? today.getYear() - 1 : today.getYear();
    }

    public String reportId() {
        return creditCode + "-" + year;
    }

    /**
     * The plans of a surge of {@code agencies}: distinct credit codes for {@code runTag} (so runs against the same
     * system do not collide), {@code failingShare} of them (spread evenly) fail validation first.
     */
    public static List<AgencyPlan> surge(long runTag, int agencies, int year, int editingRounds, int cellsPerRound,
                                         double failingShare) {
        SplittableRandom random = new SplittableRandom(runTag);
        return java.util.stream.IntStream.range(0, agencies).mapToObj(index -> {
            String region = REGIONS.get(index % REGIONS.size());
            String code = creditCode(region, runTag, index);
            boolean fails = Math.floor((index + 1) * failingShare) > Math.floor(index * failingShare);
            return new AgencyPlan(code, "压力测试机关" + index, region, year, "clerk-" + code.toLowerCase(),
                    "approver-" + code.toLowerCase(), String.format("surge-%016x", runTag), editingRounds,
                    cellsPerRound, fails, random.nextLong());
        }).toList();
    }

    /** 11 (机关), the region, then 4 characters of the run and 5 of the index in the code's alphabet, and the check. */
    private static String creditCode(String region, long runTag, int index) {
        String first17 = "11" + region + base31(Math.floorMod(runTag, 923_521L), 4) + base31(index, 5);
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static String base31(long value, int digits) {
        char[] text = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            text[i] = ALPHABET.charAt((int) (value % 31));
            value /= 31;
        }
        return new String(text);
    }
}
