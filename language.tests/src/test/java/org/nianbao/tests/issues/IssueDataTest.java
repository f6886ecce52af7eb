package org.nianbao.tests.issues;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.nianbao.issues.IssueCodes;
import org.nianbao.issues.IssueData;
import org.nianbao.issues.IssueDatum;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

/** Every kind of issue datum survives Xtext's String[] and the LSP client's JSON as it went in. */
class IssueDataTest {

	/** One of each kind, with texts that a scheme joined by ':' or lines would break. */
	private static final List<IssueDatum> EACH = List.of(new IssueDatum.Replacement("12.36"),
			new IssueDatum.Citation("本年新收.总计"), new IssueDatum.OfficialHeading("三、收到和处理政府信息公开申请情况"),
			new IssueDatum.OfficialTitle("安和县市场监督管理局2024年政府信息公开工作年度报告"), new IssueDatum.Mention("信息处理费"),
			new IssueDatum.MissingRows(List.of("上年结转", "行政查询事项")), new IssueDatum.MissingParts(List.of("概述")),
			new IssueDatum.RowChoices(List.of("本年新收", "第三方合法权益")),
			new IssueDatum.ReportFiles(List.of("甲镇.nianbao", "../2023/甲镇 \"更正\".nianbao")),
			new IssueDatum.ValueToAppend(6, "="),
			new IssueDatum.ValueToInsert(5, "0", "其他"), new IssueDatum.UnitToDelete("万元"),
			new IssueDatum.TableUnit("万元"),
			new IssueDatum.UnresolvedName("\"4.保第三方权\""),
			new IssueDatum.Related(3, 18, 3, 20, "参与求和: 予以公开 {a:b}\n第二行 \"引号\" \\ 反斜杠"),
			new IssueDatum.Explained(12, 5, "本年有2件文件: 有效期届满失效\r\n另见 related:1:2:3:4:x"),
			new IssueDatum.ExplanationCode(IssueCodes.IN_FORCE_MISMATCH));

	@Test
	void theSamplesCoverEveryKind() {
		Set<Class<?>> kinds = Arrays.stream(IssueDatum.class.getPermittedSubclasses()).collect(Collectors.toSet());
		assertEquals(kinds, EACH.stream().map(Object::getClass).collect(Collectors.toSet()),
				"a new kind of datum needs a sample here");
	}

	@Test
	void everyKindComesBackFromXtextsArray() {
		String[] encoded = IssueData.encode(EACH);
		assertEquals(EACH.size(), encoded.length, "one element per datum");
		assertEquals(EACH, IssueData.decode(encoded));
		for (IssueDatum datum : EACH) {
			assertEquals(List.of(datum), IssueData.decode(IssueData.encode(datum)), datum::toString);
		}
	}

	@Test
	void everyKindComesBackFromTheClientsJson() {
		// lsp4j writes the String[] as a JSON array of strings; the client sends it back, Gson reads a JsonArray
		String wire = new Gson().toJson(IssueData.encode(EACH));
		JsonArray back = JsonParser.parseString(wire).getAsJsonArray();
		assertEquals(EACH, IssueData.decodeTransported(back));
		assertEquals(EACH, IssueData.decodeTransported(IssueData.encode(EACH)));
		assertEquals(List.of(), IssueData.decodeTransported(null));
	}

	@Test
	void whatIsNotOursIsSkippedAndTheRestKept() {
		String[] mixed = {"0", null, "related:1:2:3:4:x", "{", "{}", "{\"Unknown\":{}}", "{\"Replacement\":{}}",
				"{\"Replacement\":{\"text\":\"7\"},\"Citation\":{\"figure\":\"x\"}}",
				"{\"MissingRows\":{\"rows\":\"x\"}}",
				IssueData.encode(new IssueDatum.Replacement("7"))[0]};
		assertEquals(List.of(new IssueDatum.Replacement("7")), IssueData.decode(mixed));
		assertEquals(List.of(), IssueData.decode((String[]) null));
	}

	@Test
	void anIssueKeepsItsDataWhenOneIsAddedOrItIsCopied() {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		IssueData.set(issue,
				List.of(new IssueDatum.Replacement("43"), new IssueDatum.Related(1, 1, 1, 3, "参与求和：予以公开")));
		IssueData.add(issue, new IssueDatum.Explained(2, 1, "原因"));
		assertEquals(List.of(new IssueDatum.Replacement("43"), new IssueDatum.Related(1, 1, 1, 3, "参与求和：予以公开"),
				new IssueDatum.Explained(2, 1, "原因")), IssueData.of(issue));
		assertEquals(new IssueDatum.Explained(2, 1, "原因"), IssueData.first(issue, IssueDatum.Explained.class));
		assertEquals(List.of(), IssueData.all(issue, IssueDatum.Citation.class));

		Issue.IssueImpl copy = new Issue.IssueImpl();
		IssueData.carry(issue, copy);
		assertArrayEquals(issue.getData(), copy.getData());
	}
}
