package org.msmepulse.config;

/** A bad configuration value or key; its message is one line that names the key. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
