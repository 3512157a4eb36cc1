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
  const [loading, setLoading] = useState(input !== null);
  const [version, setVersion] = useState(0);
  const key = input === null ? null : JSON.stringify(input);

  useEffect(() => {
    if (key === null) return undefined;
    let live = true;
    setLoading(true);
    call(method, JSON.parse(key) as MethodInput<M>)
      .then((value) => {
        if (!live) return;
        setData(value);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (live) setError(errorMessage(failure));
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [method, key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload };
}
