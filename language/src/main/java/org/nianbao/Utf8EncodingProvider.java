package org.nianbao;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.parser.IEncodingProvider;

/** Reports are read and written as UTF-8 on every platform. */
public class Utf8EncodingProvider implements IEncodingProvider {
	@Override
	public String getEncoding(URI uri) {
		return "UTF-8";
	}
}
