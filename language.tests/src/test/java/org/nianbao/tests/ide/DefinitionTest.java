package org.nianbao.tests.ide;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Go to definition from a report's row name lands on the row's declaration in the built-in national form. */
class DefinitionTest extends NianbaoServerTest {

	@Test
	void rowNameLeadsToTheNationalFormsRow() throws IOException {
		String report = example("anhe-scjg-2024.nianbao");
		String form;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("nianbao/forms/national-2021.nianbao")) {
			form = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Position at = position(report, "上年结转", "上年结转");
		Location[] found = new Location[1];
		testDefinition(c -> {
			c.setModel(report);
			c.setLine(at.getLine());
			c.setColumn(at.getCharacter() + 1);
			c.setAssertDefinitions((List<? extends Location> locations) -> {
				Assertions.assertEquals(1, locations.size(), locations::toString);
				found[0] = locations.get(0);
			});
		});
		Location location = found[0];
		Assertions.assertTrue(
				location.getUri().startsWith("file:")
						&& location.getUri().endsWith("/nianbao/forms/national-2021.nianbao"),
				location.getUri());
		Position declaration = position(form, "      上年结转 ", "上年结转");
		Assertions.assertEquals(declaration, location.getRange().getStart());
	}

	@Test
	void aFigureReferenceInProseLeadsToTheColumnsDeclaration() throws IOException {
		String report = example("anhe-scjg-2024.nianbao");
		String form;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("nianbao/forms/national-2021.nianbao")) {
			form = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		int line = lineStartingWith(report, "| 规范依申请公开");
		int column = report.split("\n")[line].indexOf("{本年新收.总计}") + "{本年新收.".length();
		Location[] found = new Location[1];
		testDefinition(c -> {
			c.setModel(report);
			c.setLine(line);
			c.setColumn(column + 1);
			c.setAssertDefinitions((List<? extends Location> locations) -> {
				Assertions.assertEquals(1, locations.size(), locations::toString);
				found[0] = locations.get(0);
			});
		});
		Position declaration = position(form, "        总计 = 自然人", "总计");
		Assertions.assertEquals(declaration, found[0].getRange().getStart());
	}
}
