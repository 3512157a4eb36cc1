import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.ts';
import { call, errorMessage } from './api.ts';

export interface Query<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** Loads one method's answer and reloads it when the input changes; `null` input waits. */
export function useQuery<M extends MethodName>(method: M, input: MethodInput<M> | null): Query<MethodOutput<M>> {
  const [data, setData] = useState<MethodOutput<M>>();
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const key = input === null ? null : JSON.stringify(input);
  const request = key === null ? null : `${method}|${version}|${key}`;
  // The request whose answer is on screen; loading while it differs from the one asked for.
  const [answered, setAnswered] = useState<string | null>(null);

  useEffect(() => {
    if (request === null || key === null) return undefined;
    let live = true;
    call(method, JSON.parse(key) as MethodInput<M>)
      .then((value) => {
        if (!live) return;
        setData(value);
        setError(null);
        setAnswered(request);
      })
      .catch((failure: unknown) => {
        if (!live) return;
        setError(errorMessage(failure));
        setAnswered(request);
      });
    return () => {
      live = false;
    };
  }, [method, key, request]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading: request !== null && answered !== request, reload };
}
