package org.nianbao.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.nianbao.issues.IssueDatum;
import org.nianbao.issues.IssueData;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.issues.IssueCodes;
import org.nianbao.tests.support.Validation;
import org.nianbao.tests.support.ReportText;

/**
 * Figures stated in prose as real reports write them, checked against the non-zero example (新收 41, 上年结转 3,
 * （七）总计 43, 不予公开 7, 无法提供 9, 不予处理 3, 行政复议 2, 行政诉讼 1, 行政处罚 247, 行政强制 18, 收费 12.356800 万元;
 * last year 新收 34).
 */
class ProsePhrasesTest {

	private static final Set<String> PROSE_CODES = Set.of(IssueCodes.PROSE_CONTRADICTS_TABLE, IssueCodes.PROSE_ROUNDING,
			IssueCodes.PROSE_UNIT, IssueCodes.PROSE_CHANGE_MISMATCH);

	/** The example with one more paragraph under （二）依申请公开. */
	private static String with(String sentence) {
		String anchor = "## （二）依申请公开\n";
		assertTrue(ReportText.ANHE_2024.contains(anchor));
		return ReportText.ANHE_2024.replace(anchor, anchor + "| " + sentence + "\n");
	}

	private static List<Issue> prose(String text) {
		return Validation.issues(text).stream().filter(i -> PROSE_CODES.contains(i.getCode())).toList();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {"办结政府信息公开申请43件。", "本年度收到政府信息公开申请41件，共办结43件。", "答复申请人43件。", "依法答复政府信息公开申请43件。",
			"共办理政府信息公开申请43件。", "共处理政府信息公开申请43件。", "本年度办理结果总计43件。", "受理政府信息公开申请41件。",
			"共受理依申请公开申请41件。", "提起行政诉讼1件。", "被提起行政诉讼1起。", "行政强制18件。", "不予公开7件，无法提供9件，不予处理3件。",
			"其中不予公开7件。", "未经复议直接起诉1件，复议后起诉0件。", "被申请行政复议2件。",
			// numbers as extracted or written in words
			"收到申请四十一件。", "收到申请 41 件。", "新收政府信息公开申请 四十一 件。", "行政处罚二百四十七件。", "不予处理三件。", "无法提供九件。",
			"复议后起诉〇件。", "复议后起诉零件。", "行政许可3,186件。", "行政许可３１８６件。",
			// amounts: the table's figure, rounded half up, or in yuan
			"行政事业性收费12.356800万元。", "行政事业性收费12.3568万元。", "行政事业性收费12.36万元。", "行政事业性收费12.4万元。",
			"行政事业性收费12万元。", "行政事业性收费123568元。",
			// changes against last year (34 last year)
			"收到申请41件，比上年增加7件。", "收到申请41件，同比增长20.6%。", "收到申请41件，较上年度增加7件。",
			"收到申请{本年新收.总计}件，比上年增加7件。", "收到申请{本年新收.总计}件，同比增长20.6%。", "行政复议{案件数.复议总计}件。",
			"上年收到申请{previous.本年新收.总计}件，比上年增加3件。", "{本年新收.总计}件申请中，比上年增加的主要是企业申请。",
			// as text extracted from a published PDF reads (淮安市人民政府 2024, figures of this example)
			"全年共受理政府信息公开申请 41 件，答复 43 件（含上年度结转申请 3 件），结转下年度继续办理 1 件。",
			// numbers that merely sit near a phrase
			"依据国办函〔2020〕109号，本机关收到申请41件，联系电话0533-6315004。", "其中按期办结40件，延期办结3件。",
			"收到申请41件，其中按时答复40件，延期答复3件。", "结转下年度继续办理1件。", "承办县人大代表建议5件，均已办结。",
			"受理群众咨询120件。", "受理政务服务事项申请1200件。", "2024年1月1日至2024年12月31日收到申请41件。",
			"本机关不掌握相关政府信息无法提供7件。", "因属于重复申请不予处理1件。", "未经复议直接提起行政诉讼1件。",
			// one figure for several rows joined by 及/和/与/、 (予以公开 19 + 部分公开 4; 不予公开 7 + 无法提供 9)
			"予以公开及部分公开23件。", "予以公开、部分公开23件。", "部分公开和予以公开23件。", "不予公开、无法提供16件。",
			"不予公开与无法提供共16件。"})
	void whatAgreesWithTheTablesIsQuiet(String sentence) {
		List<Issue> issues = prose(with(sentence));
		assertEquals(List.of(), issues, Validation.describe(issues));
	}

	@ParameterizedTest(name = "{0} → {2}")
	@CsvSource(delimiter = ';', value = {
			"办结政府信息公开申请44件。; 44; prose-contradicts-table; 办理结果总计.总计",
			"本年度收到政府信息公开申请41件，共办结42件。; 42; prose-contradicts-table; 办理结果总计.总计",
			"答复申请人42件。; 42; prose-contradicts-table; 办理结果总计.总计",
			"共办理政府信息公开申请40件。; 40; prose-contradicts-table; 办理结果总计.总计",
			"共处理政府信息公开申请45件。; 45; prose-contradicts-table; 办理结果总计.总计",
			"本年度办理结果总计44件。; 44; prose-contradicts-table; 办理结果总计.总计",
			"受理政府信息公开申请42件。; 42; prose-contradicts-table; 本年新收.总计",
			"提起行政诉讼2起。; 2; prose-contradicts-table; ",
			"行政强制19件。; 19; prose-contradicts-table; 行政强制",
			"不予公开8件。; 8; prose-contradicts-table; ",
			"予以公开19件、部分公开5件。; 5; prose-contradicts-table; 部分公开.总计",
			"不予公开7件、无法提供10件。; 10; prose-contradicts-table; ",
			"无法提供十件。; 十; prose-contradicts-table; ",
			"不予处理两件。; 两; prose-contradicts-table; ",
			"行政处罚一百零五件。; 一百零五; prose-contradicts-table; 行政处罚",
			"行政复议零件。; 零; prose-contradicts-table; 案件数.复议总计",
			"收到申请四十二件。; 四十二; prose-contradicts-table; 本年新收.总计",
			"收到申请 42 件。; 42; prose-contradicts-table; 本年新收.总计",
			"收到申请 二十四 件。; 二十四; prose-contradicts-table; 本年新收.总计",
			"行政许可3,187件。; '3,187'; prose-contradicts-table; 行政许可",
			"未经复议直接起诉2件。; 2; prose-contradicts-table; 案件数.直诉总计",
			"行政事业性收费12.35万元。; 12.35; prose-rounding; 12.36",
			"行政事业性收费13万元。; 13; prose-rounding; 12",
			"行政事业性收费12.36元。; 12.36; prose-unit; 万元",
			"行政事业性收费1235元。; 1235; prose-contradicts-table; 行政事业性收费",
			"收到申请41件，比上年增加8件。; 8; prose-change-mismatch; 7",
			"收到申请41件，同比增长20.5%。; 20.5; prose-change-mismatch; 20.6",
			"收到申请41件，比上年减少7件。; 7; prose-change-mismatch; ",
			"收到申请41件，与上年持平。; 与上年持平; prose-change-mismatch; ",
			"收到申请{本年新收.总计}件，比上年增加8件。; 8; prose-change-mismatch; 7",
			"收到申请{本年新收.总计} 件，同比下降20.6%。; 20.6; prose-change-mismatch; ",
			"新收申请{本年新收.总计}，与上年持平。; 与上年持平; prose-change-mismatch; "})
	void whatDiffersIsWarnedOnTheNumberAsWritten(String sentence, String flagged, String code, String data) {
		String text = with(sentence);
		List<Issue> issues = prose(text);
		assertEquals(1, issues.size(), Validation.describe(issues));
		Issue issue = issues.get(0);
		assertEquals(code, issue.getCode(), issue.getMessage());
		assertEquals(flagged, text.substring(issue.getOffset(), issue.getOffset() + issue.getLength()),
				issue.getMessage());
		List<IssueDatum> expectedData = data == null
				? List.of()
				: List.of(code.equals(IssueCodes.PROSE_CONTRADICTS_TABLE)
						? new IssueDatum.Citation(data)
						: code.equals(IssueCodes.PROSE_UNIT)
								? new IssueDatum.TableUnit(data)
								: new IssueDatum.Replacement(data));
		assertEquals(expectedData, IssueData.of(issue), issue.getMessage());
	}
}
