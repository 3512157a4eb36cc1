/**
 * True when two types are the same (each assignable to the other): a hand-written type and the
 * output of its zod schema are checked with it, so neither can drift from the other.
 * Use: `const check: SameType<z.output<typeof schema>, Written> = true;`
 */
export type SameType<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
