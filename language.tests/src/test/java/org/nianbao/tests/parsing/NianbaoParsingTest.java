package org.nianbao.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.eval.ReportEvaluator;
import org.nianbao.form.ProseText;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.ProseItem;
import org.nianbao.nianbao.Report;
import org.nianbao.tests.support.TestFiles;
import org.nianbao.tests.support.Validation;
import org.nianbao.tests.support.TestInjector;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import com.google.inject.Inject;

/** Parsing keeps prose exactly and reads the compact figures. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TestInjector.class)
class NianbaoParsingTest {

	@Inject
	private ReportEvaluator evaluator;

	static Stream<Path> examples() {
		return TestFiles.nianbaoFiles(TestFiles.examples()).stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void everyExampleParsesWithoutSyntaxErrors(Path file) {
		Resource resource = Validation.parse(TestFiles.read(file));
		assertEquals(List.of(), resource.getErrors(), file.toString());
	}

	@Test
	void proseIsKeptExactlyIncludingFullWidthPunctuationAndInnerSpaces() {
		Report report = (Report) Validation.parse("""
				report 新源镇2023
				  organ "新源县新源镇人民政府"
				  year 2023
				preface
				| 2023 年以来，新源镇深入贯彻《中华人民共和国政府信息公开条例》(以下简称《条例》)法律法规精神要求，“线上+线下”。\t
				|缩进的　全角空格 // 不是注释 # 也不是标题
				# 一、总体情况
				## （一）主动公开
				| 一是加强领导；二是突出重点。
				""").getContents().get(0);
		List<ProseItem> preface = report.getPreface();
		assertEquals("2023 年以来，新源镇深入贯彻《中华人民共和国政府信息公开条例》(以下简称《条例》)法律法规精神要求，“线上+线下”。",
				preface.get(0).getText());
		assertEquals("缩进的　全角空格 // 不是注释 # 也不是标题", preface.get(1).getText());
		Part part = report.getParts().get(0);
		assertEquals("一、总体情况", part.getHeading());
		assertEquals("（一）主动公开", part.getProse().get(0).getText());
		assertTrue(part.getProse().get(1) instanceof Paragraph);
	}

	@Test
	void seedProseSurvivesTranscription() {
		// every paragraph line of the gaocheng seed is a paragraph of the transcription, character for character
		Path seedFile = TestFiles.root().resolve("../shared/reference/seeds/gaocheng-2024.txt").normalize();
		org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(seedFile),
				"shared/ beside the checkout");
		String seed = TestFiles.read(seedFile);
		Report report = (Report) Validation.parse(TestFiles.read(TestFiles.examples().resolve("gaocheng-2024.nianbao")))
				.getContents().get(0);
		var evaluation = evaluator.evaluate(report);
		List<String> paragraphs = new ArrayList<>();
		report.getPreface().forEach(p -> paragraphs.add(ProseText.of(p, evaluation::text)));
		for (Part part : report.getParts()) {
			paragraphs.add(part.getHeading());
			part.getProse().forEach(p -> paragraphs.add(ProseText.of(p, evaluation::text)));
		}
		for (String line : seed.split("\n")) {
			String text = line.replaceAll("\\[bookmark: [^\\]]*\\]", "").strip();
			if (text.length() > 30 && !line.startsWith("\t")) { // tab-indented lines are table cells
				assertTrue(paragraphs.contains(text), "missing from the transcription: " + text);
			}
		}
	}

	@Test
	void aFigureReferenceSplitsTheParagraph() {
		Report report = (Report) Validation.parse("""
				report 甲2024
				# 一、总体情况
				| 共收到申请{本年新收.总计}件，其中自然人{本年新收.自然人}件。
				""").getContents().get(0);
		Paragraph paragraph = (Paragraph) report.getParts().get(0).getProse().get(0);
		assertEquals("共收到申请", paragraph.getText());
		assertEquals(List.of("件，其中自然人", "件。"), paragraph.getTexts());
		assertEquals("总计", paragraph.getRefs().get(0).getColumn().getName());
		assertEquals("本年新收", paragraph.getRefs().get(1).getRow().getName());
	}
}
