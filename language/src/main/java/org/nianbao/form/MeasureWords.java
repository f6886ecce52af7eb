package org.nianbao.form;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The units reports write after a figure (件, 起, 万元 …): in prose they follow a number; in a table cell they do not belong. */
public final class MeasureWords {

	public static final List<String> UNITS = List.of("件", "起", "条", "项", "个", "次", "人次", "元", "千元", "万元", "亿元");

	/** The units as a regex alternation, longest first (万元 before 元). */
	public static final String ALTERNATION = UNITS.stream().sorted(Comparator.comparingInt(String::length).reversed())
			.collect(Collectors.joining("|"));

	private MeasureWords() {
	}
}
