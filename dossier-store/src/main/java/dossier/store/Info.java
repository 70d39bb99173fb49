package dossier.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A summary of a dossier for {@code dossier info}.
 *
 * @param filesByStatus number of input files per status
 * @param problems the skipped and failed files, with their reasons
 * @param earliest earliest possible publication day over the articles with a known date, or null
 * @param latest latest possible publication day over those articles, or null
 * @param outlets article count per outlet, most first
 * @param credits article count per wire credit, most first
 */
public record Info(
    long articles, Map<String, Long> filesByStatus, List<FileRecord> problems, LocalDate earliest,
    LocalDate latest, Map<String, Long> outlets, Map<String, Long> credits) {}
