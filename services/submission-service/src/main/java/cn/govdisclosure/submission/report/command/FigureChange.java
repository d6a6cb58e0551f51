package cn.govdisclosure.submission.report.command;

import java.math.BigDecimal;
import java.util.Objects;

/** One cell's change: {@code oldValue} or {@code newValue} is null where the cell was or becomes blank. */
public record FigureChange(String cellId, BigDecimal oldValue, BigDecimal newValue) {

    public FigureChange {
        Objects.requireNonNull(cellId, "cellId");
    }
}
