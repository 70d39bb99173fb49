package dossier.web;

import dossier.store.ApiReader;
import java.util.function.Function;

/** What a handler sees: the checked parameters and the snapshot it reads. */
final class Request {
  final Params params;
  final View view;

  Request(Params params, View view) {
    this.params = params;
    this.view = view;
  }

  <T> T read(Function<ApiReader, T> work) {
    return view.read(work);
  }
}
