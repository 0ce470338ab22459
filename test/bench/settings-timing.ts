import type { Frame } from '@playwright/test';

/**
 * Picks an object in the open field settings screen from inside the page and times how long until its field
 * list is on screen (committed and painted), so Playwright's own round trips don't count.
 */
export function timeObjectSwitch(frame: Frame, sobject: string, listLabel: string): Promise<number> {
  return frame.evaluate(
    ([value, label]) =>
      new Promise<number>((resolve, reject) => {
        const picker = Array.from(document.querySelectorAll('select')).find((select) => select.labels?.[0]?.textContent?.startsWith('Object'));
        const valueProperty = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value');
        if (!picker || !valueProperty?.set) {
          reject(new Error('No "Object" picker on the settings screen'));
          return;
        }
        const started = performance.now();
        const rendered = () => document.querySelector(`[aria-label="${label}"]`) !== null;
        const observer = new MutationObserver(() => {
          if (!rendered()) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        // The picker is a React-controlled <select>: set its value the way a user's choice does, then tell React.
        valueProperty.set.call(picker, value);
        picker.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    [sobject, listLabel] as const,
  );
}
