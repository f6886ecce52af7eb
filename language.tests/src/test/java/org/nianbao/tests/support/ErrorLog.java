package org.nianbao.tests.support;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * What Xtext logged at ERROR level on this thread while a block ran. Xtext swallows an exception thrown by a validator and only
 * logs it ("Error executing EValidator"); tests that must see such exceptions read them here.
 */
public final class ErrorLog extends AppenderSkeleton implements AutoCloseable {

	private final List<String> entries = new ArrayList<>();
	private final String thread = Thread.currentThread().getName();

	private ErrorLog() {
		setThreshold(Level.ERROR);
	}

	public static ErrorLog capture() {
		ErrorLog log = new ErrorLog();
		Logger.getRootLogger().addAppender(log);
		return log;
	}

	@Override
	protected synchronized void append(LoggingEvent event) {
		if (!event.getLevel().isGreaterOrEqual(Level.ERROR) || !thread.equals(event.getThreadName())) {
			return;
		}
		StringBuilder entry = new StringBuilder(event.getLoggerName() + ": " + event.getRenderedMessage());
		if (event.getThrowableStrRep() != null) {
			String[] lines = event.getThrowableStrRep();
			for (int i = 0; i < Math.min(lines.length, 12); i++) {
				entry.append('\n').append(lines[i]);
			}
		}
		entries.add(entry.toString());
	}

	public synchronized List<String> entries() {
		return List.copyOf(entries);
	}

	public synchronized void clear() {
		entries.clear();
	}

	@Override
	public void close() {
		Logger.getRootLogger().removeAppender(this);
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}
}
