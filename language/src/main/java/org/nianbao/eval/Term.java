package org.nianbao.eval;

import java.math.BigDecimal;

/** One term of an equation as a message shows it: its printed name and its value. */
public record Term(String label, BigDecimal value) {
}
