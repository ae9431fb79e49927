/**
 * Hands the event loop back to other work once `budgetMs` of synchronous
 * work has passed since the last hand-back. A refresh assesses thousands of
 * entities and `await`s only promises that are already settled (and, on
 * SQLite, queries that run synchronously), so without this it would hold the
 * loop for its whole run and stall every request of the backend.
 */
export function createLoopYielder(budgetMs = 10): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await handBackToLoop();
    since = performance.now();
  };
}

/**
 * Lets pending I/O and requests run before going on; between the statements
 * of a long write or read, since SQLite runs each one synchronously.
 */
export function handBackToLoop(): Promise<void> {
  return new Promise<void>(resolve => setImmediate(resolve));
}
