package org.nianbao.tests.ide;

import java.util.List;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Inlay hints name each value by its column; a code lens above each table part sums up its state. */
class ColumnHintsTest extends NianbaoServerTest {

	private static final String ANHE = example("anhe-scjg-2024.nianbao");

	@Test
	void eachValueOfARowIsNamedByItsColumn() throws Exception {
		List<InlayHint> hints = hints(ANHE);
		int line = lineStartingWith(ANHE, "本年新收");
		List<InlayHint> row = hints.stream().filter(h -> h.getPosition().getLine() == line).toList();
		Assertions.assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
				row.stream().map(h -> h.getLabel().getLeft()).toList());
		Assertions.assertEquals(position(ANHE, "本年新收", "33"), row.get(0).getPosition());
		Assertions.assertEquals(position(ANHE, "本年新收", "41"), row.get(6).getPosition());
		// a narrower value: the name goes before the padding, so names and values stay in their columns
		int next = lineStartingWith(ANHE, "上年结转");
		List<InlayHint> carried = hints.stream().filter(h -> h.getPosition().getLine() == next).toList();
		Assertions.assertEquals(row.get(0).getPosition().getCharacter(), carried.get(0).getPosition().getCharacter());
		Assertions.assertEquals(row.get(6).getPosition().getCharacter(), carried.get(6).getPosition().getCharacter());
		Assertions.assertEquals("总计", row.get(6).getTooltip().getLeft());
	}

	@Test
	void aComputedMarkShowsTheValueTheTableComputes() throws Exception {
		String text = ANHE.replace("本年新收         33 5 0 0 2 1 41", "本年新收         33 5 0 0 2 1  =");
		int line = lineStartingWith(text, "本年新收");
		List<InlayHint> row = hints(text).stream().filter(h -> h.getPosition().getLine() == line).toList();
		Assertions.assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计", "41"),
				row.stream().map(h -> h.getLabel().getLeft()).toList());
		Position after = position(text, "本年新收", "=");
		Assertions.assertEquals(new Position(after.getLine(), after.getCharacter() + 1), row.get(7).getPosition());
	}

	@Test
	void table4NamesEachOfItsFifteenValues() throws Exception {
		int line = lineStartingWith(ANHE, "案件数");
		List<String> labels = hints(ANHE).stream().filter(h -> h.getPosition().getLine() == line)
				.map(h -> h.getLabel().getLeft()).toList();
		Assertions.assertEquals(15, labels.size(), labels::toString);
		Assertions.assertEquals(List.of("复议维持", "复议纠正", "复议其他", "复议未结", "复议总计"), labels.subList(0, 5));
		Assertions.assertEquals("复诉总计", labels.get(14));
	}

	@Test
	void aRowOfOneValueAndARowThatFitsNoColumnsGetNoHints() throws Exception {
		String text = ANHE.replace("上年结转          2 1 0 0 0 0  3", "上年结转 2 1 0 0");
		List<InlayHint> hints = hints(text);
		Assertions
				.assertTrue(hints.stream().noneMatch(h -> h.getPosition().getLine() == lineStartingWith(text, "行政许可")));
		Assertions
				.assertTrue(hints.stream().noneMatch(h -> h.getPosition().getLine() == lineStartingWith(text, "上年结转")));
		Assertions
				.assertTrue(hints.stream().anyMatch(h -> h.getPosition().getLine() == lineStartingWith(text, "本年新收")));
	}

	@Test
	void aLensAboveTable3SaysItsTotalsAndThatItAddsUp() throws Exception {
		CodeLens lens = lensAt(lenses(ANHE), ANHE, "# 三、");
		Assertions.assertEquals("本年新收 41 · 上年结转 3 · 办理结果 43 · 结转下年 1 · 勾稽关系 ✓", lens.getCommand().getTitle());
		Assertions.assertEquals("nianbao.openPreviewAt", lens.getCommand().getCommand());
		Assertions.assertEquals(lineStartingWith(ANHE, "# 三、"),
				((Number) lens.getCommand().getArguments().get(1)).intValue());
	}

	@Test
	void aLensCountsWhatDoesNotAddUp() throws Exception {
		String text = ANHE.replace("本年新收         33 5 0 0 2 1 41", "本年新收         33 5 0 0 2 1 42");
		List<? extends CodeLens> lenses = lenses(text);
		CodeLens lens = lensAt(lenses, text, "# 三、");
		Assertions.assertTrue(lens.getCommand().getTitle().startsWith("本年新收 42 · "), lens.getCommand().getTitle());
		Assertions.assertTrue(lens.getCommand().getTitle().matches(".* · 合计不符 \\d+ 处"),
				"the words of the message (合计不符…)");
		Assertions.assertEquals("复议总计 2 · 直诉总计 1 · 复诉总计 0 · 勾稽关系 ✓",
				lensAt(lenses, text, "# 四、").getCommand().getTitle());
	}

	@Test
	void table2WhichHasNoRuleSaysSo() throws Exception {
		Assertions.assertEquals("本表无合计与勾稽规则，只核对数值", lensAt(lenses(ANHE), ANHE, "# 二、").getCommand().getTitle());
	}

	@Test
	void table2SaysWhenItsDocumentsInForceDoNotFollowFromLastYear() throws Exception {
		writeFile("anhe-scjg-2023.nianbao", example("anhe-scjg-2023.nianbao"));
		// last year 8 in force, 2 issued and 1 repealed this year: 9, not 10
		String text = ANHE.replace("行政规范性文件 2 1 9", "行政规范性文件 2 1 10");
		Assertions.assertEquals("现行有效件数与上年不衔接 1 处", lensAt(lenses(text), text, "# 二、").getCommand().getTitle());
	}

	@Test
	void aTableWithoutANumberIsNotCalledReconciled() throws Exception {
		String table4 = "案件数 1 0 0 1 2  1 0 0 0 1  0 0 0 0 0";
		String text = ANHE.replace(table4, "案件数 _ _ _ _ _  _ _ _ _ _  _ _ _ _ _");
		String title = lensAt(lenses(text), text, "# 四、").getCommand().getTitle();
		Assertions.assertTrue(title.contains("尚未填写数字"), title);
		Assertions.assertFalse(title.contains("✓"), title);
	}

	private List<? extends CodeLens> lenses(String text) throws Exception {
		String uri = writeFile("anhe.nianbao", text);
		initialize();
		open(uri, text);
		return languageServer.codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))).get();
	}

	private static CodeLens lensAt(List<? extends CodeLens> lenses, String text, String heading) {
		int line = lineStartingWith(text, heading);
		return lenses.stream().filter(l -> l.getRange().getStart().getLine() == line).findFirst()
				.orElseThrow(() -> new AssertionError(lenses.toString()));
	}

	private List<InlayHint> hints(String text) throws Exception {
		String uri = writeFile("anhe.nianbao", text);
		initialize();
		open(uri, text);
		Range all = new Range(new Position(0, 0), new Position(text.split("\n").length, 0));
		return languageServer.inlayHint(new InlayHintParams(new TextDocumentIdentifier(uri), all)).get();
	}
}
