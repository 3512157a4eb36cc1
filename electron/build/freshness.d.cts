export declare function isStale(root: string, recordFile: string): boolean;
export declare function writeRecord(root: string, recordFile: string, inputs: readonly string[], startedAt: number): void;
