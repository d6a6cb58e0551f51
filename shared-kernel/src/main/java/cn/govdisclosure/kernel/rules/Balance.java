package cn.govdisclosure.kernel.rules;

import java.util.List;

/**
 * An equation between two sums of cells that the format requires to hold. {@code statement} names both sides by
 * their labels; the violation message appends the expected and the actual value.
 */
record Balance(List<String> left, List<String> right, String statement) {

    Balance {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    List<String> cells() {
        return java.util.stream.Stream.concat(left.stream(), right.stream()).distinct().toList();
    }
}
