package org.nianbao.eval;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The compiled patterns of a form's {@code phrase} lines, compiled once per distinct text. */
public final class PhrasePatterns {

	private static final Map<String, Optional<Pattern>> PATTERNS = new ConcurrentHashMap<>();

	private PhrasePatterns() {
	}

	/** The phrase's pattern, or null when it does not compile or has no group for the number. */
	public static Pattern of(String regex) {
		if (regex == null) {
			return null;
		}
		return PATTERNS.computeIfAbsent(regex, r -> {
			try {
				Pattern pattern = Pattern.compile(r);
				return pattern.matcher("").groupCount() < 1 ? Optional.empty() : Optional.of(pattern);
			} catch (PatternSyntaxException e) {
				return Optional.empty();
			}
		}).orElse(null);
	}
}
