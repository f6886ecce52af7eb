package org.nianbao.validation;

import java.math.BigDecimal;
import java.util.List;

import org.nianbao.eval.Numbers;
import org.nianbao.eval.Term;
import org.nianbao.form.Labels;

/** Writes one side of an equation with its actual numbers: "一 + 二 = 5 + 1 = 6". */
final class Equations {

	private Equations() {
	}

	static String side(List<Term> terms, BigDecimal sum) {
		if (terms.isEmpty()) {
			return "各项均为 0";
		}
		String names = Labels.joinTerms(terms.stream().map(Term::label).toList());
		if (terms.size() == 1) {
			return names + " = " + Numbers.plain(sum);
		}
		String values = String.join(" + ", terms.stream().map(t -> Numbers.plain(t.value())).toList());
		return names + " = " + values + " = " + Numbers.plain(sum);
	}
}
