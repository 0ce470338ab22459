// Served by devHostPlugin() (vite-plugin.ts): the demo conversations file, already validated at load.
// Typed unknown so the page still parses it at its own boundary.
declare module 'virtual:demo-conversations' {
  const conversations: unknown;
  export default conversations;
}
