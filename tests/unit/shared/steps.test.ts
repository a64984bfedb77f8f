import { describe, expect, it } from 'vitest';
import { runSteps, runStepsAsync } from '../../../shared/domain/steps';

function* counting(log: string[]): Generator<number, string> {
  for (let i = 1; i <= 3; i++) {
    log.push(`bước ${i}`);
    yield i / 3;
  }
  log.push('xong');
  return 'kết quả';
}

describe('steps', () => {
  it('run to their end at once', () => {
    const log: string[] = [];
    expect(runSteps(counting(log))).toBe('kết quả');
    expect(log).toEqual(['bước 1', 'bước 2', 'bước 3', 'xong']);
  });

  it('run to their end awaiting what is asked between steps, with what each yields, before the next', async () => {
    const log: string[] = [];
    const result = await runStepsAsync(counting(log), async (done) => {
      await Promise.resolve();
      log.push(`giữa ${done.toFixed(2)}`);
    });
    expect(result).toBe('kết quả');
    expect(log).toEqual(['bước 1', 'giữa 0.33', 'bước 2', 'giữa 0.67', 'bước 3', 'giữa 1.00', 'xong']);
  });
});
