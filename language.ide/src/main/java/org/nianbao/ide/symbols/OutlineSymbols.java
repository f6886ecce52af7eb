package org.nianbao.ide.symbols;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.nianbao.form.Labels;
import org.nianbao.ide.text.Nodes;
import org.nianbao.nianbao.Block;
import org.nianbao.nianbao.FigureRow;
import org.nianbao.nianbao.Figures;
import org.nianbao.nianbao.Form;
import org.nianbao.nianbao.FormPart;
import org.nianbao.nianbao.Part;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.RowGroup;
import org.nianbao.nianbao.RowNode;
import org.nianbao.nianbao.Table;
import org.nianbao.ide.text.HeadingSections;
import org.nianbao.ide.text.Headings;

import static org.nianbao.nianbao.NianbaoPackage.Literals.*;

/** The outline: a report's parts with their sub-headings, tables and rows; a form's parts, tables, blocks and rows. */
public class OutlineSymbols extends HierarchicalDocumentSymbolService {

	@Override
	public List<DocumentSymbol> getSymbols(Document document, XtextResource resource, DocumentSymbolParams params,
			CancelIndicator cancelIndicator) {
		List<DocumentSymbol> symbols = new ArrayList<>();
		if (resource.getContents().isEmpty()) {
			return symbols;
		}
		EObject root = resource.getContents().get(0);
		Builder b = new Builder(document);
		if (root instanceof Report report) {
			for (Part part : report.getParts()) {
				symbols.add(b.part(part));
			}
		} else if (root instanceof Form form) {
			for (FormPart part : form.getParts()) {
				b.add(symbols,
						b.symbol(part, FORM_PART__LABEL, part.getLabel(), SymbolKind.Namespace, part.getName(), null));
			}
			for (Table table : form.getTables()) {
				b.add(symbols, b.table(table));
			}
		}
		symbols.removeIf(s -> s == null);
		return symbols;
	}

	private static final class Builder {
		private final Document document;

		Builder(Document document) {
			this.document = document;
		}

		DocumentSymbol part(Part part) {
			List<DocumentSymbol> children = new ArrayList<>();
			headings(HeadingSections.of(part.getProse()), children);
			Figures figures = part.getFigures();
			if (figures != null) {
				List<DocumentSymbol> rows = new ArrayList<>();
				for (FigureRow row : figures.getRows()) {
					String name = Nodes.text(row, FIGURE_ROW__ROW);
					String detail = String.join(" ", row.getValues().stream()
							.map(org.nianbao.eval.ValueReader::written).toList());
					add(rows, symbol(row, FIGURE_ROW__ROW, name, SymbolKind.Field, detail, null));
				}
				String tableName = figures.getRows().isEmpty() ? "表格（all zero）" : "表格";
				add(children, symbol(figures, null, tableName, SymbolKind.Struct, rows.size() + " 行", rows));
			}
			headings(HeadingSections.of(part.getClosing()), children);
			return symbol(part, PART__HEADING, Headings.text(part.getHeading()), SymbolKind.Namespace, null, children);
		}

		/** "##" headings with their "###" items and those with their "####" items, each spanning its section. */
		void headings(List<HeadingSections.Section> sections, List<DocumentSymbol> out) {
			for (HeadingSections.Section section : sections) {
				List<DocumentSymbol> children = new ArrayList<>();
				headings(section.children(), children);
				String name = Headings.text(section.heading().getText());
				ITextRegion selection = Nodes.region(section.heading(), PROSE_ITEM__TEXT);
				if (name == null || name.isBlank() || selection == null) {
					continue;
				}
				DocumentSymbol symbol = new DocumentSymbol(name, SymbolKind.String, range(section.region()),
						range(selection), null);
				if (!children.isEmpty()) {
					symbol.setChildren(children);
				}
				out.add(symbol);
			}
		}

		DocumentSymbol table(Table table) {
			List<DocumentSymbol> blocks = new ArrayList<>();
			for (Block block : table.getBlocks()) {
				List<DocumentSymbol> rows = new ArrayList<>();
				block.getRows().forEach(r -> add(rows, row(r)));
				add(blocks, symbol(block, BLOCK__NAME, block.getName(), SymbolKind.Struct, block.getTitle(), rows));
			}
			return symbol(table, TABLE__NAME, table.getName(), SymbolKind.Class, table.getLabel(), blocks);
		}

		DocumentSymbol row(RowNode node) {
			List<DocumentSymbol> members = new ArrayList<>();
			if (node instanceof RowGroup group) {
				group.getMembers().forEach(m -> add(members, row(m)));
			}
			return symbol(node, TABLE_NODE__NAME, node.getName(), SymbolKind.Field, Labels.row(node), members);
		}

		void add(List<DocumentSymbol> list, DocumentSymbol symbol) {
			if (symbol != null) {
				list.add(symbol);
			}
		}

		DocumentSymbol symbol(EObject object, EStructuralFeature feature, String name, SymbolKind kind, String detail,
				List<DocumentSymbol> children) {
			ITextRegion whole = Nodes.region(object);
			if (whole == null || name == null || name.isBlank()) {
				return null;
			}
			ITextRegion selection = feature == null ? null : Nodes.region(object, feature);
			if (selection == null) {
				selection = whole;
			}
			DocumentSymbol symbol = new DocumentSymbol(name, kind, range(whole), range(selection), detail);
			if (children != null && !children.isEmpty()) {
				symbol.setChildren(children);
			}
			return symbol;
		}

		Range range(ITextRegion region) {
			return new Range(document.getPosition(region.getOffset()),
					document.getPosition(region.getOffset() + region.getLength()));
		}
	}
}
