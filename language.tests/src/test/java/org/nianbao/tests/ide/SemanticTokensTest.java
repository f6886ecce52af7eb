package org.nianbao.tests.ide;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Semantic tokens colour what the grammar cannot know: cited figures, row names, totals the form computes. */
class SemanticTokensTest extends NianbaoServerTest {

	private static final String ANHE = example("anhe-scjg-2024.nianbao");

	private record Token(int line, int start, int length, String type, List<String> modifiers) {
		String text(String source) {
			return source.split("\n", -1)[line].substring(start, start + length);
		}
	}

	@Test
	void citedFiguresRowNamesAndComputedTotalsAreTokens() throws Exception {
		String uri = writeFile("anhe.nianbao", ANHE);
		SemanticTokensLegend legend = initialize().getCapabilities().getSemanticTokensProvider().getLegend();
		open(uri, ANHE);
		SemanticTokens tokens = languageServer
				.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))).get();
		List<Token> all = decode(tokens.getData(), legend);
		int row = lineStartingWith(ANHE, "本年新收");
		List<Token> onRow = all.stream().filter(t -> t.line() == row).toList();
		Assertions.assertEquals("本年新收", onRow.get(0).text(ANHE));
		Assertions.assertEquals("variable", onRow.get(0).type());
		// the 总计 column is computed by the form: 41 is marked, 33 is not
		Assertions.assertEquals(List.of("41"),
				onRow.stream().filter(t -> t.modifiers().contains("readonly")).map(t -> t.text(ANHE)).toList());
		Assertions.assertEquals("number",
				onRow.stream().filter(t -> t.text(ANHE).equals("41")).findFirst().orElseThrow().type());
		// the computed row 办理结果总计: every value is the table's
		int total = lineStartingWith(ANHE, "办理结果总计");
		Assertions.assertEquals(7,
				all.stream().filter(t -> t.line() == total && t.modifiers().contains("readonly")).count());
		// {本年新收.总计} in prose: row and column
		int prose = lineStartingWith(ANHE, "| 规范依申请公开");
		List<String> cited = all.stream().filter(t -> t.line() == prose).map(t -> t.type() + ":" + t.text(ANHE))
				.toList();
		Assertions.assertTrue(cited.containsAll(List.of("variable:本年新收", "property:总计")), cited::toString);
	}

	private static List<Token> decode(List<Integer> data, SemanticTokensLegend legend) {
		List<Token> tokens = new ArrayList<>();
		int line = 0;
		int start = 0;
		for (int i = 0; i + 4 < data.size(); i += 5) {
			int deltaLine = data.get(i);
			line += deltaLine;
			start = deltaLine == 0 ? start + data.get(i + 1) : data.get(i + 1);
			List<String> modifiers = new ArrayList<>();
			for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
				if ((data.get(i + 4) & (1 << bit)) != 0) {
					modifiers.add(legend.getTokenModifiers().get(bit));
				}
			}
			tokens.add(new Token(line, start, data.get(i + 2), legend.getTokenTypes().get(data.get(i + 3)), modifiers));
		}
		return tokens;
	}
}
