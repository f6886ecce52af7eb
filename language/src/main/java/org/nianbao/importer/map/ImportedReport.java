package org.nianbao.importer.map;

import java.util.List;
import java.util.Map;

/**
 * The report as the importer understood it, ready to be written: facts, preface, parts. {@code contact} holds
 * the language's contact fields (office, address, ...) in order, empty when the report prints none apart;
 * {@code images} the images its <code>image</code> lines name.
 */
public record ImportedReport(String name, String organ, Integer year, String published, List<String> title,
		Map<String, String> contact, List<ProseItem> preface, List<ImportedPart> parts, List<ImportedImage> images) {
}
