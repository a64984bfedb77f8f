/** What a step-by-step computation (a generator pausing between slices) gives when run to its end at once. */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
