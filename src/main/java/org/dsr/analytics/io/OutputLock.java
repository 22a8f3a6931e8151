package org.dsr.analytics.io;

/** One run at a time per output: held from {@link OutputDirectory#open} until closed. */
interface OutputLock extends AutoCloseable {
  /**
   * @throws OutputLockedException when the lock was lost while the run held it
   */
  void requireHeld();

  @Override
  void close();
}
