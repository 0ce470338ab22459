import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Moves focus to the form's first invalid control after the render that marked it, so keyboard and
 * screen-reader users land on what needs fixing. Returns the form's ref and the function that asks for it.
 */
export function useFocusFirstInvalid<T extends HTMLElement>(): [RefObject<T | null>, () => void] {
  const container = useRef<T>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request]);
  return [container, () => setRequest((count) => count + 1)];
}
