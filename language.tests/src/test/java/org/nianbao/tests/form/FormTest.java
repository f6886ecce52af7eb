package org.nianbao.tests.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.nianbao.form.NationalForm;
import org.nianbao.form.FormResolver;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.Report;
import org.nianbao.issues.IssueCodes;
import org.nianbao.tests.support.Validation;
import org.nianbao.tests.support.TestInjector;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import com.google.inject.Inject;
import org.nianbao.tests.support.ReportText;

/** The built-in national form, and forms users write themselves. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TestInjector.class)
class FormTest {

	@Inject
	private FormResolver forms;

	@Test
	void theNationalFormIsValidAndHasTheOfficialShape() throws IOException {
		Resource resource = Validation.parse(ReportText.nationalForm());
		assertEquals(List.of(), Validation.issues(resource));
		Form form = (Form) resource.getContents().get(0);
		assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
				"五、存在的主要问题及改进情况", "六、其他需要报告的事项"), form.getParts().stream().map(p -> p.getLabel()).toList());
		assertEquals(6, org.nianbao.form.Forms.leafRows(form.getTables().get(0)).size());
		assertEquals(25, org.nianbao.form.Forms.leafRows(form.getTables().get(1)).size());
		assertEquals(7, org.nianbao.form.Forms.leafColumns(form.getTables().get(1)).size());
		assertEquals(15, org.nianbao.form.Forms.leafColumns(form.getTables().get(2)).size());
	}

	@Test
	void aRowOrColumnWithoutALabelIsLabelledWithItsName() throws IOException {
		Form form = (Form) Validation.parse(ReportText.nationalForm()).getContents().get(0);
		Map<String, String> labels = new LinkedHashMap<>();
		for (var table : form.getTables()) {
			org.nianbao.form.Forms.leafRows(table).forEach(r -> labels.put(r.getName(), r.getLabel()));
			org.nianbao.form.Forms.leafColumns(table).forEach(c -> labels.put(c.getName(), c.getLabel()));
		}
		assertEquals("自然人", labels.get("自然人")); // written without a label
		assertEquals("行政规范性文件", labels.get("行政规范性文件"));
		assertEquals("一、本年新收政府信息公开申请数量", labels.get("本年新收")); // written with one
		// a written report whose figures the printed table labels by name still reads and prints the same
		Resource report = Validation.parse(ReportText.ANHE_2024);
		assertEquals(List.of(), Validation.issues(report).stream()
				.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList());
	}

	@Test
	void aReportNamingNoFormUsesTheNationalOne() {
		Report report = (Report) Validation.parse(ReportText.ANHE_2024).getContents().get(0);
		Form form = forms.formOf(report);
		assertEquals(NationalForm.NAME, form.getName());
	}

	private static String provinceForm() throws IOException {
		return ReportText.nationalForm().replace("form 国家格式2021", "form 某省格式2024")
				.replace("part 其他事项   \"六、其他需要报告的事项\" prose mention \"信息处理费\"",
						"part 其他事项   \"六、其他需要报告的事项\" prose mention \"信息处理费\" mention \"网站年度报表\"");
	}

	@Test
	void aReportResolvesAFormInAnotherFileByName() throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("report.nianbao",
				ReportText.ANHE_2024.replaceAll("(?m)^\\s*previous .*\n", "").replace("（上年{previous.本年新收.总计}件）", "")
						.replace("report 安和县市场监管局2024", "report 安和县市场监管局2024 form 某省格式2024"));
		files.put("province.nianbao", provinceForm());
		XtextResourceSet set = Validation.load(files);
		List<Issue> issues = Validation.issues(set.getResources().get(0));
		assertEquals(List.of(IssueCodes.MISSING_MENTION), issues.stream().map(Issue::getCode).toList(),
				Validation.describe(issues));
		assertTrue(issues.get(0).getMessage().contains("网站年度报表"));
		Report report = (Report) set.getResources().get(0).getContents().get(0);
		assertEquals("某省格式2024", report.getForm().getName());
	}

	@Test
	void aMisspeltRowInARuleIsAnErrorInTheForm() throws IOException {
		String form = provinceForm().replace("本年新收 + 上年结转 = 办理结果总计", "本年新收 + 上年结砖 = 办理结果总计");
		List<Issue> issues = Validation.issues(form);
		assertEquals(List.of(IssueCodes.UNKNOWN_NAME), issues.stream().map(Issue::getCode).toList(),
				Validation.describe(issues));
		assertTrue(issues.get(0).getMessage().contains("上年结砖"));
	}

	@Test
	void aRuleOverColumnsCannotNameAColumn() throws IOException {
		String form = provinceForm().replace("本年新收 + 上年结转 = 办理结果总计", "本年新收 + 自然人 = 办理结果总计");
		assertEquals(List.of(IssueCodes.UNKNOWN_NAME), Validation.issues(form).stream().map(Issue::getCode).toList());
	}

	@Test
	void aTotalDefinedInTermsOfItselfIsAnError() throws IOException {
		String form = provinceForm().replace("总计 = 自然人 + 法人或其他组织", "总计 = 自然人 + 总计");
		assertEquals(List.of(IssueCodes.CYCLIC_TOTAL), Validation.issues(form).stream().map(Issue::getCode).toList());
	}

	@Test
	void aPhraseMustBeAValidPatternWithAGroup() throws IOException {
		String form = provinceForm().replace("部分公开(\\\\d+)件\" states", "部分公开\\\\d+件\" states");
		assertEquals(List.of(IssueCodes.INVALID_PATTERN),
				Validation.issues(form).stream().map(Issue::getCode).toList());
		String unknown = provinceForm().replace("states 予以公开.总计", "states 予以公开.合计");
		assertEquals(List.of(IssueCodes.UNKNOWN_REFERENCE),
				Validation.issues(unknown).stream().map(Issue::getCode).toList());
	}

	@Test
	void aNewReportSkeletonHasEveryPartAndHasNoErrorButItsPrompts() throws IOException {
		Form form = (Form) Validation.parse(ReportText.nationalForm()).getContents().get(0);
		String skeleton = org.nianbao.form.ReportSkeleton.of(form, "某县某镇人民政府", "2025", true);
		List<Issue> issues = Validation.issues(skeleton);
		// the prompts are errors until a clerk replaces them (a skeleton is no document to publish); nothing else is
		assertEquals(List.of(),
				issues.stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
						.filter(i -> !IssueCodes.UNFILLED_PROMPT.equals(i.getCode())).toList(),
				Validation.describe(issues));
		assertTrue(issues.stream().anyMatch(i -> IssueCodes.UNFILLED_PROMPT.equals(i.getCode())),
				Validation.describe(issues));
		for (var part : form.getParts()) {
			assertTrue(skeleton.contains("# " + part.getLabel() + "\n"), part.getLabel());
		}
		assertTrue(skeleton.contains("report 某县某镇人民政府2025\n"), skeleton);
	}

	@Test
	void rowNamesAreUniqueAcrossTheForm() throws IOException {
		String form = provinceForm().replace("      行政强制\n", "      行政处罚 \"行政强制\"\n");
		// the phrase stating 行政强制 no longer finds its row: that is said too
		assertEquals(List.of(IssueCodes.UNKNOWN_REFERENCE, IssueCodes.DUPLICATE_NAME),
				Validation.issues(form).stream().map(Issue::getCode).toList());
	}
}
