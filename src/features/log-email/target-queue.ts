const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `task` after every earlier task queued under the same key has settled. Logging to one record goes
 * through here, so a second submit (double-click, retry, a second screen) waits for the first and then
 * re-checks what is logged instead of racing it into a duplicate.
 */
export function runExclusively<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return run;
}
