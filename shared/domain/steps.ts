/** What a step-by-step computation (a generator pausing between slices) gives when run to its end at once. */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, awaiting `between` with what each step yields before the next (a turn of the event loop, so that
 * other work goes on; a progress report).
 */
export async function runStepsAsync<Y, T>(
  steps: Generator<Y, T>,
  between: (yielded: Y) => Promise<unknown>,
): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await between(step.value);
  }
}
