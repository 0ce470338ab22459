import type { LeadConvertResult } from './convert-lead';
import { element } from './soap-xml';

// <convertLeadResponse>: one <result> per lead, children in the WSDL's (alphabetical) order. A success
// carries no <errors>; a failure carries nil IDs, as in the createResponse/deleteResponse fixtures.
function renderErrors(errors: LeadConvertResult['errors']): string {
  return errors
    .map(
      (error) =>
        `<errors>${error.fields.map((field) => element('fields', field)).join('')}` +
        `${element('message', error.message)}${element('statusCode', error.statusCode)}</errors>`,
    )
    .join('');
}

function renderResult(result: LeadConvertResult): string {
  return (
    '<result>' +
    element('accountId', result.accountId) +
    element('contactId', result.contactId) +
    renderErrors(result.errors) +
    element('leadId', result.leadId) +
    element('opportunityId', result.opportunityId) +
    element('success', result.success) +
    '</result>'
  );
}

export function convertLeadResponse(results: LeadConvertResult[]): string {
  return `<convertLeadResponse>${results.map(renderResult).join('')}</convertLeadResponse>`;
}
