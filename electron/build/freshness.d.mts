export function isStale(root: string, recordFile: string): boolean;
export function writeRecord(root: string, recordFile: string, inputs: readonly string[], startedAt: number): void;
