package org.nianbao.docx;

import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/** The contact sentence (see {@link org.nianbao.layout.ContactSentence}) as a Word paragraph. */
final class ContactLine {

	private ContactLine() {
	}

	/**
	 * Writes the sentence into {@code p} left-aligned (a justified line with a long e-mail address is stretched
	 * into gaps) with a non-breaking hyphen inside numbers, so 0533-6315004 never breaks at the hyphen.
	 */
	static void write(CTP p, String sentence) {
		CTPPr pPr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
		pPr.addNewJc().setVal(STJc.LEFT);
		String[] pieces = XmlText.clean(sentence).split("(?<=[0-9])-(?=[0-9])", -1);
		for (int i = 0; i < pieces.length; i++) {
			CTR r = p.addNewR();
			if (i > 0) {
				r.addNewNoBreakHyphen();
			}
			CTText t = r.addNewT();
			t.setStringValue(pieces[i]);
			t.setSpace(SpaceAttribute.Space.PRESERVE);
		}
	}

}
