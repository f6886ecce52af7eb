package org.nianbao.importer.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The characters of each page with their positions, as PDFBox's text extraction finds them (overprinted
 * duplicates of fake bold removed). A glyph whose font gives no Unicode for it is kept as U+FFFD and counted,
 * so that it is reported rather than dropped.
 */
final class PageGlyphs extends PDFTextStripper {

	static final String UNMAPPED = "\uFFFD";

	/** The characters of one page, and the fonts of those that had no Unicode mapping. */
	record Page(List<Glyph> glyphs, int unmapped, Set<String> unmappedFonts) {
	}

	private final Budget budget;
	private final List<Page> pages = new ArrayList<>();
	private List<Glyph> unmapped = new ArrayList<>();
	private Set<String> unmappedFonts = new TreeSet<>();
	private PageFrame frame;
	/** Set while PDFBox places a glyph of a simple font that has no Unicode (already kept as unmapped). */
	private boolean dropping;
	private int glyphs;

	private PageGlyphs(Budget budget) throws IOException {
		this.budget = budget;
		setSortByPosition(true);
	}

	static List<Page> read(PDDocument document, Budget budget) throws IOException {
		PageGlyphs stripper = new PageGlyphs(budget);
		stripper.getText(document);
		return stripper.pages;
	}

	@Override
	protected void startPage(PDPage page) throws IOException {
		frame = new PageFrame(page);
		unmapped = new ArrayList<>();
		unmappedFonts = new TreeSet<>();
		super.startPage(page);
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		budget.operator();
		super.processOperator(operator, operands);
	}

	@Override
	protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
		boolean none = font.toUnicode(code) == null;
		if (none) {
			// PDFBox's extraction drops such a glyph of a composite font, and gives the bare code (a control
			// character, a stray Latin letter) for one of a simple font (Type 3 glyphs of a browser's print): keep
			// its place, and say so
			java.awt.geom.Point2D at = frame.shown(matrix.getTranslateX(), matrix.getTranslateY());
			double x = at.getX();
			double baseline = at.getY();
			double size = Math.abs(matrix.getScalingFactorY());
			double width = Math.abs(displacement.getX() * matrix.getScalingFactorX());
			unmapped.add(new Glyph(UNMAPPED, x, x + width, baseline, size));
			unmappedFonts
					.add(font.getName() == null ? font.getSubType() : font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
		}
		dropping = none && font instanceof PDSimpleFont;
		try {
			super.showGlyph(matrix, font, code, displacement);
		} finally {
			dropping = false;
		}
	}

	@Override
	protected void processTextPosition(TextPosition text) {
		if (!dropping) {
			super.processTextPosition(text);
		}
	}

	@Override
	protected void writePage() throws IOException {
		List<Glyph> out = new ArrayList<>(unmapped);
		for (List<TextPosition> article : getCharactersByArticle()) {
			for (TextPosition p : article) {
				String text = PdfCharacters.normalise(p.getUnicode());
				if (text == null || text.isBlank()
						|| text.chars().allMatch(c -> Character.isSpaceChar(c) || c == 0xFEFF)) {
					continue; // spaces are found again from the gaps between glyphs
				}
				double size = p.getFontSizeInPt();
				if (!(size > 0.5) || size > 500) {
					size = Math.max(p.getHeightDir() * 1.4, 1);
				}
				out.add(new Glyph(text, p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj(), size));
			}
		}
		glyphs += out.size();
		if (glyphs > PdfLimits.MAX_GLYPHS) {
			throw new TooComplex("PDF 文字过多（超过 " + PdfLimits.MAX_GLYPHS + " 个字），不像年度报告，未读取");
		}
		pages.add(new Page(out, unmapped.size(), unmappedFonts));
	}
}
