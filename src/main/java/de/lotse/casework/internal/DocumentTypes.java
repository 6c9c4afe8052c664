package de.lotse.casework.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * Which documents the journal accepts: PDF, JPEG and PNG, decided by the bytes alone (Tika's magic numbers).
 * Neither the file name nor the browser's content type is asked, so a program or a web page renamed to
 * .pdf is refused, and what is stored can be sent back with the type it really has.
 */
@Component
class DocumentTypes {

    /** Larger uploads are refused before they reach us (spring.servlet.multipart) and here again. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");

    // Only the magic-number detector: no name, no metadata, so a misleading name cannot sway it.
    private final Detector detector = MimeTypes.getDefaultMimeTypes();

    /** The accepted content type of these bytes, or empty if they are none of PDF, JPEG or PNG. */
    Optional<String> acceptedType(byte[] content) {
        try {
            MediaType type = detector.detect(new ByteArrayInputStream(content), new Metadata());
            String base = type.getBaseType().toString();
            return ACCEPTED.contains(base) ? Optional.of(base) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
