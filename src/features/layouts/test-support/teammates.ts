import type { HostContext, HostTeammate } from '../../../host';

export const agent: HostTeammate = {
  id: 'tea_agent',
  name: 'Alex Morgan',
  username: 'alex',
  email: 'alex@northwind-support.example',
  isAdmin: false,
};
export const admin: HostTeammate = { ...agent, id: 'tea_admin', name: 'Sam Rivera', username: 'sam', email: 'sam@northwind-support.example', isAdmin: true };

/** Front's context for a teammate with no conversation open: all the settings screen needs from Front. */
export function contextOf(teammate: HostTeammate): HostContext {
  return { type: 'noConversation', id: `ctx_${teammate.id}`, teammate, company: { id: 'cmp_3kq1', name: 'Northwind Support' } };
}
