import { openBlankPopup, type AuthWindow } from '../../features/auth';

// The demo's sign-in window. The fake org answers only requests made from this page (msw's service worker serves
// the page that started it, and never navigations), so the popup cannot load the org's authorize page itself:
// this page fetches it from the org and shows it in the popup, sends the consent form back the same way, and
// sends the popup to wherever the org redirects — the real callback page. PKCE, the callback, the code exchange,
// storage, refresh and revoke are the production code.

type PopupWindow = Window & typeof globalThis;

export function openDemoAuthWindow(): AuthWindow {
  const popup = openBlankPopup() as PopupWindow;
  return {
    show: async (url) => follow(popup, new URL(url).origin, await fetch(url)),
    isClosed: () => popup.closed,
    close: () => popup.close(),
  };
}

// The org answers with its consent page, an error page, or a redirect to the callback URL, which fetch follows.
// (Through the service worker `response.redirected` is not reliable, so where the answer came from decides.)
async function follow(popup: PopupWindow, loginOrigin: string, response: Response): Promise<void> {
  if (new URL(response.url).origin !== loginOrigin) {
    popup.location.replace(response.url);
    return;
  }
  const body = await response.text();
  if (response.headers.get('Content-Type')?.startsWith('text/html')) render(popup, loginOrigin, body);
  else popup.document.body.textContent = body;
}

// The popup is about:blank and so inherits this page's Content-Security-Policy, which forbids inline <style>:
// the page's styles are applied as a constructed stylesheet instead, which CSP does not govern.
function render(popup: PopupWindow, loginOrigin: string, html: string): void {
  const page = new DOMParser().parseFromString(html, 'text/html');
  for (const script of page.querySelectorAll('script')) script.remove();
  const doc = popup.document;
  const styles = new popup.CSSStyleSheet();
  styles.replaceSync(Array.from(page.querySelectorAll('style'), (style) => style.textContent).join('\n'));
  doc.adoptedStyleSheets = [styles];
  doc.title = page.title;
  doc.body.replaceChildren(...Array.from(page.body.childNodes, (node) => doc.importNode(node, true)));
  doc.onsubmit = (event) => submit(popup, loginOrigin, event);
}

function submit(popup: PopupWindow, loginOrigin: string, event: SubmitEvent): void {
  const form = event.target;
  if (!(form instanceof popup.HTMLFormElement)) return;
  event.preventDefault();
  const body = new URLSearchParams();
  for (const [name, value] of new FormData(form, event.submitter)) if (typeof value === 'string') body.append(name, value);
  void fetch(form.action, { method: 'POST', body }).then((response) => follow(popup, loginOrigin, response));
}
