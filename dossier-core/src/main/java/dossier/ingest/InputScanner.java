package dossier.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Lists the files under the inputs a user named, recursively and lazily (a folder of a million
 * pages is never listed in memory at once), in a stable order within each folder. Hidden files and
 * folders are passed over; inputs that do not exist are reported, not thrown.
 */
public final class InputScanner {
  private final List<Path> exclude;

  /** A scanner that passes over everything under {@code exclude} (e.g. the output folder). */
  public InputScanner(List<Path> exclude) {
    this.exclude = exclude.stream().map(p -> p.toAbsolutePath().normalize()).toList();
  }

  /**
   * Streams every regular file under each input. Close the stream when done.
   *
   * @param problems told of each input that cannot be listed, with a message naming it
   */
  public Stream<InputFile> scan(List<String> inputs, Consumer<BadInputException> problems) {
    return inputs.stream().flatMap(given -> scanOne(given, problems));
  }

  private Stream<InputFile> scanOne(String given, Consumer<BadInputException> problems) {
    Path root = Path.of(given);
    if (!Files.exists(root)) {
      problems.accept(new BadInputException(given, "no such file or folder"));
      return Stream.empty();
    }
    if (Files.isRegularFile(root)) {
      return Stream.ofNullable(toInput(root, given, problems));
    }
    return walk(root, given, problems);
  }

  private Stream<InputFile> walk(Path dir, String source, Consumer<BadInputException> problems) {
    if (excluded(dir)) {
      return Stream.empty();
    }
    List<Path> children = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(p -> !p.getFileName().toString().startsWith(".")).forEach(children::add);
    } catch (IOException | UncheckedIOException e) {
      problems.accept(new BadInputException(source, "cannot list folder: " + e.getMessage()));
      return Stream.empty();
    }
    children.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return children.stream().flatMap(child -> {
      String childSource = source.endsWith("/") ? source + child.getFileName()
          : source + "/" + child.getFileName();
      // Linked folders are not followed: a link back up the tree would loop forever.
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        return walk(child, childSource, problems);
      }
      return Stream.ofNullable(Files.isRegularFile(child) ? toInput(child, childSource, problems) : null);
    });
  }

  private boolean excluded(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    return exclude.stream().anyMatch(abs::startsWith);
  }

  private static InputFile toInput(Path p, String source, Consumer<BadInputException> problems) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      String name = p.getFileName().toString();
      return new InputFile(p, source, InputKind.of(name), name.toLowerCase().endsWith(".gz"),
          a.size(), a.lastModifiedTime().toMillis());
    } catch (IOException e) {
      problems.accept(new BadInputException(source, "cannot read attributes: " + e.getMessage()));
      return null;
    }
  }
}
