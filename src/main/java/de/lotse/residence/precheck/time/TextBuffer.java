package de.lotse.residence.precheck.time;

/**
 * A per-thread StringBuilder for composing one explanation at a time. Explanations are built on every pre-check, and
 * a fresh builder per explanation was a large share of the engine's allocation.
 *
 * <p>Use: {@code TextBuffer buffer = TextBuffer.start(); buffer.text().append(…); return buffer.finish();}, and
 * finish before calling anything that may compose another explanation. Nested use is detected and answered with a private
 * buffer, so a mistake costs an allocation, not a garbled text.
 */
public final class TextBuffer {

    private static final ThreadLocal<TextBuffer> BUFFERS = ThreadLocal.withInitial(() -> new TextBuffer(true));

    private final StringBuilder text = new StringBuilder(1024);
    private final boolean shared;
    private boolean inUse;

    private TextBuffer(boolean shared) {
        this.shared = shared;
    }

    /** An empty buffer, reused per thread unless already in use. */
    public static TextBuffer start() {
        TextBuffer buffer = BUFFERS.get();
        if (buffer.inUse) {
            return new TextBuffer(false);
        }
        buffer.inUse = true;
        buffer.text.setLength(0);
        return buffer;
    }

    public StringBuilder text() {
        return text;
    }

    /** The text composed, releasing the buffer for the next explanation. */
    public String finish() {
        String result = text.toString();
        if (shared) {
            inUse = false;
            if (text.capacity() > 8192) {
                text.setLength(0);
                text.trimToSize();
            }
        }
        return result;
    }
}
