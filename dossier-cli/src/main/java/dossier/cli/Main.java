package dossier.cli;

/** Entry point of the {@code dossier} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("dossier: not built yet");
  }
}
