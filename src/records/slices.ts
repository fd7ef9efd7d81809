/**
 * Work over many records, written as a generator that yields after each one: the commands run it at once, the
 * page in slices of about 10 ms with a task between them, so no feed keeps the page from answering a key or tap.
 */
export type Steps<T> = Generator<unknown, T>;

export function run<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Lets the page run (a key, a tap, a frame) before going on. */
export const pause = () =>
  new Promise((resolve) => {
    // A message is a new task at once; setTimeout waits 4 ms or more once nested (a second when the tab is hidden).
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });

/**
 * Runs `steps` in slices of `ms` and gives `done` the result: at once when the first slice finishes them (small
 * sets, or every set with an `ms` of Infinity).
 */
export function sliced<T>(steps: Steps<T>, done: (value: T) => void, ms = 10): void {
  const go = (): unknown => {
    for (const start = performance.now(); performance.now() - start < ms; ) {
      const step = steps.next();
      if (step.done) return done(step.value);
    }
    return pause().then(go);
  };
  go();
}
