package org.labelbench.imaging.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.core.runtime.ILog;

/**
 * PixelMed's log (through SLF4J to java.util.logging, logger {@code com.pixelmed}). PixelMed reports some broken files
 * only there: a truncated file is read as one without pixel data, and the reason is logged. While a decode runs on a
 * thread, its warnings are collected for the decode's error message; outside a decode they go to the Eclipse log.
 * Nothing reaches stderr.
 */
final class PixelMedLog {

	private static final Logger LOGGER = Logger.getLogger("com.pixelmed"); // held: JUL keeps loggers weakly
	private static final ThreadLocal<List<String>> COLLECTED = new ThreadLocal<>();

	private static final Handler HANDLER = new Handler() {
		@Override
		public void publish(LogRecord record) {
			String message = message(record);
			List<String> collected = COLLECTED.get();
			if (collected != null) {
				collected.add(message);
			} else {
				ILog.of(PixelMedLog.class).warn("PixelMed: " + message, record.getThrown());
			}
		}

		@Override
		public void flush() {
			// nothing buffered
		}

		@Override
		public void close() {
			// nothing held
		}
	};

	private PixelMedLog() {
	}

	static void install() {
		LOGGER.setUseParentHandlers(false);
		LOGGER.setLevel(Level.WARNING);
		LOGGER.addHandler(HANDLER);
	}

	/** Lets go of PixelMed's logger, for a bundle that stops. */
	static void uninstall() {
		LOGGER.removeHandler(HANDLER);
	}

	/** Collects PixelMed's warnings on this thread until {@link #stop()}. */
	static void start() {
		COLLECTED.set(new ArrayList<>());
	}

	/** @return the warnings since {@link #start()} */
	static List<String> stop() {
		List<String> collected = COLLECTED.get();
		COLLECTED.remove();
		return collected == null ? List.of() : collected;
	}

	private static String message(LogRecord record) {
		String message = record.getMessage() == null ? "" : record.getMessage().trim();
		Throwable thrown = record.getThrown();
		if (thrown != null && thrown.getMessage() != null) {
			message = (message.isEmpty() ? "" : message + ": ") + thrown.getMessage();
		}
		return message;
	}
}
