import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * After a failed check the form's first field in error takes focus, so keyboard and screen-reader users land on
 * what to fix. Returns the form's ref and the function that asks for it; focus moves once React has marked the
 * fields invalid, which is why it waits for the next render rather than looking straight away.
 */
export function useFocusFirstInvalid<T extends HTMLElement>(): [RefObject<T | null>, () => void] {
  const container = useRef<T>(null);
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests > 0) container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [requests]);
  return [container, () => setRequests((count) => count + 1)];
}
