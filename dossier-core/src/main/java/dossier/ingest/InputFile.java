package dossier.ingest;

import java.nio.file.Path;

/**
 * One file to read.
 *
 * @param source the path as the user gave it (a folder given as {@code ../x} yields {@code ../x/a.txt})
 * @param gzip whether the file is gzip-compressed
 * @param mtime last-modified time in milliseconds, used with {@code size} to see a file is unchanged
 */
public record InputFile(Path path, String source, InputKind kind, boolean gzip, long size, long mtime) {}
