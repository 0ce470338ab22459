// The fake org's sign-in + consent page: a small self-contained HTML document (no scripts, no external
// assets) so it renders the same in a popup, an iframe or a test. Allow and Deny post the authorize
// request back to the same endpoint with approve=1 or approve=0.
export interface ConsentPageInput {
  /** The authorize endpoint the form submits to. */
  action: string;
  /** The authorize request's parameters, carried through as hidden fields. */
  params: URLSearchParams;
  orgName: string;
  userName: string;
  username: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const STYLE = `
  body { font: 14px/1.4 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; background: #f3f3f3;
         color: #181818; margin: 0; display: flex; min-height: 100vh; align-items: center; justify-content: center; }
  main { background: #fff; border: 1px solid #dddbda; border-radius: 8px; padding: 24px; width: min(360px, 90vw); }
  h1 { font-size: 18px; margin: 0 0 4px; }
  p { margin: 8px 0; color: #444; }
  .actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 20px; }
  button { font: inherit; padding: 6px 16px; border-radius: 4px; border: 1px solid #0176d3; cursor: pointer; }
  button[value="1"] { background: #0176d3; color: #fff; }
  button[value="0"] { background: #fff; color: #0176d3; }`;

export function renderConsentPage(input: ConsentPageInput): string {
  const hidden = [...input.params]
    .filter(([name]) => name !== 'approve')
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n      ');
  const clientId = input.params.get('client_id') ?? '';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Allow Access? | ${escapeHtml(input.orgName)}</title>
  <style>${STYLE}</style>
</head>
<body>
  <main>
    <h1>Sign in to ${escapeHtml(input.orgName)} as ${escapeHtml(input.userName)}</h1>
    <p>Signed in as <strong>${escapeHtml(input.username)}</strong>.</p>
    <p>The app <code>${escapeHtml(clientId)}</code> is asking to access your data and to keep access when you are away.</p>
    <form method="post" action="${escapeHtml(input.action)}">
      ${hidden}
      <div class="actions">
        <button type="submit" name="approve" value="0">Deny</button>
        <button type="submit" name="approve" value="1">Allow</button>
      </div>
    </form>
  </main>
</body>
</html>`;
}
