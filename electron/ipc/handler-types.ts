import type { AreaMethodName, AreaName, MethodName, MethodOutput, ParsedInput } from '../../shared/api/contract.ts';
import type { ServiceContext } from '../services/core/context.ts';

/** A service call; it runs inside one database transaction, so it must be synchronous. */
export type SyncHandler<M extends MethodName> = (ctx: ServiceContext, input: ParsedInput<M>) => MethodOutput<M>;

/**
 * A call that waits on something (a save dialog, printing, reading a file). It runs outside the
 * dispatcher's transaction; when it writes, it does so inside one ctx.db.transaction of its own.
 */
export interface AsyncHandler<M extends MethodName> {
  async: (ctx: ServiceContext, input: ParsedInput<M>) => Promise<MethodOutput<M>>;
  /** It replaces the data under every other call (a restore): it waits for the calls running, and
   * calls that arrive meanwhile wait for it — none of them fails or sees half of it. */
  exclusive?: true;
}

export type Handler<M extends MethodName> = SyncHandler<M> | AsyncHandler<M>;

/** An area's part of the table: exactly its methods of the contract (extra or missing ones do not compile). */
export type AreaHandlers<A extends AreaName> = { [M in AreaMethodName<A>]: Handler<M> };

export type Handlers = { [M in MethodName]: Handler<M> };
