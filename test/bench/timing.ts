import { spawnSync } from 'node:child_process';

/** How the bench measures: medians of several runs, printed beside the issue's target. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function time(runs: number, action: () => unknown | Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await action();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export type Timer = typeof time;
export type Report = (label: string, ms: number, target?: string) => void;

/** Every figure printed, for `npm run bench -- --out FILE` (JSON). */
export interface Figure {
  section: string;
  label: string;
  value: number;
  unit: 'ms' | 'ratio' | 'kB' | 'MB';
  target?: string;
}
const figures: Figure[] = [];
let section = '';

export function recordedFigures(): readonly Figure[] {
  return figures;
}

export function record(label: string, value: number, unit: Figure['unit'], target?: string): void {
  figures.push({ section, label: label.trim(), value: Math.round(value * 100) / 100, unit, ...(target ? { target } : {}) });
}

export function report(label: string, ms: number, target?: string): void {
  record(label, ms, 'ms', target);
  console.log(`${label.padEnd(64)} ${ms.toFixed(1).padStart(9)} ms${target ? `   (mục tiêu ${target})` : ''}`);
}

export function heading(title: string): void {
  section = title;
  console.log(`\n${title}`);
}

interface Command {
  label: string;
  command: string;
  args: string[];
  /** Run before each timed run, untimed (a fresh copy of a database, say). */
  before?: () => void;
}

function runOnce(command: Command): number {
  command.before?.();
  const start = performance.now();
  const result = spawnSync(command.command, command.args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command.label} failed: ${result.stderr.split('\n')[0] ?? ''}`);
  return ms;
}

/**
 * Two whole processes timed in turn (A B A B …, after one warm-up of each), so a machine that
 * slows down or speeds up meanwhile weighs on both; the ratio is the median of the pairs' ratios.
 */
export function compareProcesses(a: Command, b: Command, pairs: number, target: string): void {
  runOnce(a);
  runOnce(b);
  const timesA: number[] = [];
  const timesB: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i += 1) {
    const msA = runOnce(a);
    const msB = runOnce(b);
    timesA.push(msA);
    timesB.push(msB);
    ratios.push(msA / msB);
  }
  report(a.label, median(timesA));
  report(`  thước đo: ${b.label}`, median(timesB));
  record(`${a.label} / ${b.label}`, median(ratios), 'ratio', target);
  console.log(`${'  tỉ lệ (trung vị của từng cặp)'.padEnd(64)} ${median(ratios).toFixed(2).padStart(9)}      (mục tiêu ${target})`);
}
