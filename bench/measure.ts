import { performance } from 'node:perf_hooks';

/** Median time in ms of `runs` calls of `task` after one warm-up call. */
export async function median(runs: number, task: () => unknown | Promise<unknown>): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function once(task: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

export interface Row {
  dataset: string;
  work: string;
  ms: number;
  floorMs: number;
  floor: string;
  targetMs: number;
}

export function printTable(rows: Row[]): void {
  const fmt = (n: number) => n.toFixed(1).padStart(8);
  console.log(`| data set | work | ms | raw floor ms | floor is | target ms | ok |`);
  console.log(`| --- | --- | ---: | ---: | --- | ---: | --- |`);
  for (const r of rows) {
    console.log(
      `| ${r.dataset} | ${r.work} | ${fmt(r.ms)} | ${fmt(r.floorMs)} | ${r.floor} | ${r.targetMs} | ${r.ms <= r.targetMs ? 'yes' : 'NO'} |`,
    );
  }
}
