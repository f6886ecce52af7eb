package org.nianbao.importer.read.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The ruling lines of a page: stroked straight lines (WPS, Word, LibreOffice) and thin filled rectangles
 * (Chromium draws cell borders so). A filled rectangle thicker than {@value #THIN} points is a background (a
 * cell's shading, a page box) and no ruling; curves and slanted lines are never rulings. Also counts the page's
 * images, to tell a scan.
 */
final class PageRulings extends PDFGraphicsStreamEngine {

	static final double THIN = 2.5;

	private final Budget budget;
	private final PageFrame frame;
	/** The current point in user space, as PDFBox asks for it. */
	private Point2D.Float last = new Point2D.Float();
	private final List<Segment> segments = new ArrayList<>();
	/** The current path: sub-paths of points, null once it holds a curve. */
	private final List<List<Point2D>> path = new ArrayList<>();
	private List<Point2D> current;
	private boolean curved;
	private int images;

	private PageRulings(PDPage page, Budget budget) {
		super(page);
		this.budget = budget;
		this.frame = new PageFrame(page);
	}

	/** The page's rulings and images. */
	record Result(List<Segment> segments, int images) {
	}

	static Result read(PDPage page, Budget budget) throws IOException {
		PageRulings engine = new PageRulings(page, budget);
		engine.processPage(page);
		return new Result(engine.segments, engine.images);
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		budget.operator();
		super.processOperator(operator, operands);
	}

	private Point2D page(Point2D p) {
		return frame.shown(p.getX(), p.getY());
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		List<Point2D> rect = new ArrayList<>(List.of(page(p0), page(p1), page(p2), page(p3), page(p0)));
		path.add(rect);
		current = null;
	}

	@Override
	public void moveTo(float x, float y) {
		current = new ArrayList<>();
		last = new Point2D.Float(x, y);
		current.add(page(last));
		path.add(current);
	}

	@Override
	public void lineTo(float x, float y) {
		if (current == null) {
			moveTo(x, y);
			return;
		}
		last = new Point2D.Float(x, y);
		current.add(page(last));
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		curved = true;
		lineTo(x3, y3);
	}

	@Override
	public Point2D getCurrentPoint() {
		return current == null || current.isEmpty() ? new Point2D.Float() : last;
	}

	@Override
	public void closePath() {
		if (current != null && !current.isEmpty()) {
			current.add(current.get(0));
		}
	}

	@Override
	public void endPath() {
		path.clear();
		current = null;
		curved = false;
	}

	@Override
	public void strokePath() {
		if (!curved) {
			for (List<Point2D> sub : path) {
				for (int i = 1; i < sub.size(); i++) {
					line(sub.get(i - 1), sub.get(i));
				}
			}
		}
		endPath();
	}

	@Override
	public void fillPath(int windingRule) {
		if (!curved) {
			for (List<Point2D> sub : path) {
				thinRectangle(sub);
			}
		}
		endPath();
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		if (!curved) {
			for (List<Point2D> sub : path) {
				thinRectangle(sub);
				for (int i = 1; i < sub.size(); i++) {
					line(sub.get(i - 1), sub.get(i));
				}
			}
		}
		endPath();
	}

	private void line(Point2D a, Point2D b) {
		double dx = Math.abs(a.getX() - b.getX());
		double dy = Math.abs(a.getY() - b.getY());
		if (dy < 0.5 && dx > 0.5) {
			add(new Segment(true, (a.getY() + b.getY()) / 2, Math.min(a.getX(), b.getX()),
					Math.max(a.getX(), b.getX())));
		} else if (dx < 0.5 && dy > 0.5) {
			add(new Segment(false, (a.getX() + b.getX()) / 2, Math.min(a.getY(), b.getY()),
					Math.max(a.getY(), b.getY())));
		}
	}

	/** A filled axis-aligned rectangle thin in one direction, as the line it draws. */
	private void thinRectangle(List<Point2D> sub) {
		if (sub.size() < 4 || sub.size() > 5) {
			return;
		}
		double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y0 = Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
		for (Point2D p : sub) {
			x0 = Math.min(x0, p.getX());
			x1 = Math.max(x1, p.getX());
			y0 = Math.min(y0, p.getY());
			y1 = Math.max(y1, p.getY());
		}
		for (Point2D p : sub) {
			boolean corner = (Math.abs(p.getX() - x0) < 0.1 || Math.abs(p.getX() - x1) < 0.1)
					&& (Math.abs(p.getY() - y0) < 0.1 || Math.abs(p.getY() - y1) < 0.1);
			if (!corner) {
				return; // not an axis-aligned rectangle
			}
		}
		double w = x1 - x0, h = y1 - y0;
		if (h <= THIN && w > 2 * h && w > 1) {
			add(new Segment(true, (y0 + y1) / 2, x0, x1));
		} else if (w <= THIN && h > 2 * w && h > 1) {
			add(new Segment(false, (x0 + x1) / 2, y0, y1));
		}
	}

	private void add(Segment segment) {
		if (segments.size() < PdfLimits.MAX_RULINGS * 4) {
			segments.add(segment);
		}
	}

	/**
	 * Glyphs are no rulings: a Type 3 glyph (a browser's print) would otherwise be drawn path by path here, and the
	 * stroke of a 一 or a dash drawn as a thin rectangle would count as a table's line.
	 */
	@Override
	protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) {
	}

	@Override
	public void drawImage(PDImage image) {
		images++;
	}

	@Override
	public void clip(int windingRule) {
		// the clipping path is followed by n (endPath), which drops it
	}

	@Override
	public void shadingFill(COSName shadingName) {
	}
}
