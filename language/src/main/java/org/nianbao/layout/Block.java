package org.nianbao.layout;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.nianbao.eval.TableFigures;
import org.nianbao.image.LoadedImage;
import org.nianbao.nianbao.FigureRef;

/**
 * One block of the printed document ({@link DocumentLayout}): what it says and where it comes from, nothing about
 * how a writer typesets it. {@code source} is the element of the report it was printed from (null when none), so
 * the preview can tie it to its line.
 */
public sealed interface Block {

	/** The title, line by line (the organ over the report's name when none is written). */
	record Title(List<String> lines) implements Block {
	}

	/**
	 * A heading: level 1 for a part (printed with its official heading when it matches a part of the form), 2 to 4
	 * for the report's own sub-headings. {@code part} counts the parts from 1; 0 for a sub-heading.
	 */
	record Heading(int level, String text, int part, EObject source) implements Block {
	}

	/** A paragraph of prose, its cited figures as their own spans. */
	record Text(List<Span> spans, EObject source) implements Block {

		/** The paragraph as printed, figures included. */
		public String plain() {
			StringBuilder out = new StringBuilder();
			spans.forEach(span -> out.append(span.text()));
			return out.toString();
		}
	}

	/** A piece of a paragraph: written text, or a cited figure as the evaluation prints it. */
	sealed interface Span {
		String text();
	}

	record Written(String text) implements Span {
	}

	/** {@code text} is the cell's printed figure, or the reference itself when it has none (a forced draft). */
	record Figure(String text, FigureRef ref) implements Span {
	}

	/** The contact sentence that closes the preface. */
	record Contact(String sentence, EObject source) implements Block {
	}

	/** A table of the form, laid out once, with its caption. */
	record Table(TableLayout layout, TableFigures figures, String caption) implements Block {
	}

	/** An image with its caption ("" when none); {@code image} says whether it could be read. */
	record Image(LoadedImage image, String caption, org.nianbao.nianbao.Image source) implements Block {
	}

	/**
	 * The signature: the organ ("" when none) and the publication date as printed (null until {@code published}
	 * is written); {@code day} is that date when it names a day of the calendar.
	 */
	record Signature(String organ, String date, LocalDate day) implements Block {
	}
}
