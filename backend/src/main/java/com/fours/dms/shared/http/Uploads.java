package com.fours.dms.shared.http;

import com.fours.dms.shared.error.ProblemException;
import com.fours.dms.shared.error.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The multipart part `file` of an import (price lists, campaign VIN lists): 400 naming it when it is missing. */
public final class Uploads {
    private Uploads() {}

    public static byte[] required(FileUpload file) {
        if (file == null) {
            throw ProblemException.validation(List.of(new Violation("file", "is required (multipart part `file`)")));
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
