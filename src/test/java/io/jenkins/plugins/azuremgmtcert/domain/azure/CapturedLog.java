package io.jenkins.plugins.azuremgmtcert.domain.azure;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what a {@link java.util.logging} logger (and its children) logs at {@code level} or above until closed,
 * then restores the logger's level. The records stay readable after closing.
 */
public final class CapturedLog implements AutoCloseable {

    private final Logger logger;
    private final Level previous;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private CapturedLog(Logger logger, Level level) {
        this.logger = logger;
        this.previous = logger.getLevel();
        logger.setLevel(level);
        logger.addHandler(handler);
    }

    /** Starts recording the logger of {@code type}'s package at {@code level}. */
    public static CapturedLog ofPackage(Class<?> type, Level level) {
        return new CapturedLog(Logger.getLogger(type.getPackageName()), level);
    }

    /** What was logged so far. */
    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(previous);
    }
}
