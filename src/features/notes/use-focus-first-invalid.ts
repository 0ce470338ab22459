import { useEffect, useState, type RefObject } from 'react';

/**
 * After a failed check the first field in error takes focus, so keyboard and screen-reader users land on what to
 * fix. Returns the function that asks for it; focus moves once React has marked the fields invalid.
 */
export function useFocusFirstInvalid(container: RefObject<HTMLElement | null>): () => void {
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests > 0) container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [container, requests]);
  return () => setRequests((count) => count + 1);
}
