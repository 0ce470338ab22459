import type { FrontLink } from './front-context-data';

export type LinksByConversation = ReadonlyMap<string, readonly FrontLink[]>;

let linkSequence = 0;

/** A link as Front's addLink answers it; ids only need to be unique within the page. */
export function createFrontLink(url: string, name: string | undefined): FrontLink {
  linkSequence += 1;
  const id = `top_demo_${linkSequence}`;
  return { id, type: 'web', name, externalUrl: url, appUrl: `https://app.frontapp.com/open/${id}` };
}

export function withLink(links: LinksByConversation, conversationIds: readonly string[], link: FrontLink): LinksByConversation {
  const next = new Map(links);
  for (const id of conversationIds) next.set(id, [...(links.get(id) ?? []), link]);
  return next;
}
