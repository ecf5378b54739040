/**
 * One promise helper for every Office call. Office callbacks can fail, throw synchronously,
 * never come, or come twice; each case ends in exactly one settled promise with the
 * operation named, so the pane can say what went wrong.
 */
import { OfficeCallError } from './types';
import type { Callback } from './office-like';

export const DEFAULT_CALL_TIMEOUT_MS = 3000;

export function officeCall<T>(operation: string, invoke: (callback: Callback<T>) => void, timeoutMs = DEFAULT_CALL_TIMEOUT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => settle(() => reject(new OfficeCallError(operation, 'timeout', `${operation}: Outlook did not answer within ${timeoutMs} ms`))), timeoutMs);
    function settle(action: () => void): void {
      if (settled) return; // a second callback is ignored
      settled = true;
      clearTimeout(timer);
      action();
    }
    try {
      invoke((result) =>
        settle(() => {
          if (result && result.status === 'succeeded') resolve(result.value);
          else reject(new OfficeCallError(operation, result?.error?.code, `${operation}: ${result?.error?.message ?? 'the call failed'}`));
        }),
      );
    } catch (e) {
      settle(() => reject(new OfficeCallError(operation, 'exception', `${operation}: ${(e as Error)?.message ?? String(e)}`)));
    }
  });
}
