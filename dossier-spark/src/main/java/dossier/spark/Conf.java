package dossier.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/** The job's Hadoop configuration as tasks get it (a Configuration is not serializable). */
final class Conf implements Serializable {
  private final Map<String, String> entries;
  private transient Configuration conf;

  Conf(Configuration c) {
    Map<String, String> m = new HashMap<>();
    c.forEach(e -> m.put(e.getKey(), e.getValue()));
    this.entries = m;
    this.conf = c;
  }

  Configuration get() {
    if (conf == null) {
      Configuration c = new Configuration(false);
      entries.forEach(c::set);
      conf = c;
    }
    return conf;
  }
}
