// Where the plugin may be, seen from the popup: the opener itself (a window the plugin opened), or a frame inside
// it (the dev host, or Front when it keeps the opener). Posting with this page's origin as the target origin
// means only our own plugin frames receive the message; any other window silently drops it.
const MAX_FRAME_DEPTH = 3;

function windowsUnder(root: Window, depth: number): Window[] {
  const found = [root];
  if (depth === 0) return found;
  for (let index = 0; index < root.frames.length; index += 1) {
    const frame = root.frames[index];
    if (frame) found.push(...windowsUnder(frame, depth - 1));
  }
  return found;
}

/**
 * Posts `message` to the opener and the frames inside it, then waits for a reply `isAck` accepts from this
 * origin. False when there is no opener or nobody answered in time.
 */
export function deliverToOpener(win: Window, message: unknown, isAck: (data: unknown) => boolean, timeoutMs: number): Promise<boolean> {
  const opener = win.opener as Window | null;
  if (!opener) return Promise.resolve(false);
  const origin = win.location.origin;
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin || !isAck(event.data)) return;
      done(true);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    function done(received: boolean) {
      clearTimeout(timer);
      win.removeEventListener('message', onMessage);
      resolve(received);
    }
    win.addEventListener('message', onMessage);
    try {
      for (const target of windowsUnder(opener, MAX_FRAME_DEPTH)) target.postMessage(message, origin);
    } catch {
      // The opener went away (closed, navigated): the handoff is the way left.
      done(false);
    }
  });
}
