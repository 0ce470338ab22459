import type { SeedRecord } from '../seed-format';
import type { SeedCalendar } from './calendar';

type CaseRow = [
  key: string, contact: string, account: string | null, subject: string, status: string, priority: string,
  origin: string, openedDaysAgo: number, description: string,
];

const CASES: CaseRow[] = [
  ['maya.calibration', 'maya', 'acme', 'Robot arm calibration drifts after firmware 4.2', 'Working', 'High', 'Email', 6,
    'Arms on line 3 lose about 0.4 mm of accuracy per shift since the 4.2 update. Rolling back fixes it.'],
  ['maya.gripper', 'maya', 'acme', 'Replacement gripper pads on backorder', 'New', 'Medium', 'Phone', 2,
    'Needs 40 pads before the end of the month; asked for an ETA.'],
  ['maya.login', 'maya', 'acme', 'Dashboard login loop', 'Closed', 'Low', 'Web', 45,
    'Cleared cached SSO cookie; confirmed fixed.'],
  ['carmen.wifi', 'carmen', 'driftwood', 'Wi-Fi dropouts in the east wing', 'Escalated', 'High', 'Phone', 3,
    'Guests on floors 4-6 lose connection every evening around 8pm.'],
  ['sean.vat', 'sean', 'kestrel', 'Invoice shows the wrong VAT number', 'New', 'Medium', 'Email', 1,
    'Invoice INV-20931 lists the old VAT registration.'],
  ['zoe.parts', 'zoe', 'mueller', 'Ersatzteillieferung unvollständig', 'Working', 'Medium', 'Email', 4,
    'Zwei von fünf Sensoren fehlen in der Lieferung vom Dienstag.'],
  ['priya.limits', 'priya', 'nimbus', 'Questions about API rate limits', 'Closed', 'Low', 'Web', 30,
    'Explained burst and daily limits; sent the docs link.'],
  ['henry.sso', 'henry', 'cobalt', 'SSO configuration for the finance team', 'Working', 'High', 'Email', 8,
    'SAML assertion rejected: audience mismatch.'],
  ['dana.charge', 'dana', 'orchard', 'Duplicate charge on the March invoice', 'Closed', 'Medium', 'Email', 60,
    'Refunded the duplicate payment.'],
  ['misaki.tracking', 'misaki', 'sakura', 'Shipment tracking not updating', 'New', 'High', 'Web', 1,
    'Tracking for container SKTU 481516 has not changed for three days.'],
  ['ingrid.telemetry', 'ingrid', 'fjord', 'Telemetry gaps on vessel MS Nordlys', 'Escalated', 'High', 'Phone', 5,
    'No position data between 02:00 and 05:00 UTC on two consecutive nights.'],
  ['patricia.soc2', 'patricia', 'ironclad', 'Request for SOC 2 report', 'Closed', 'Low', 'Email', 20,
    'Sent the report under NDA.'],
  ['rebecca.assets', 'rebecca', null, 'Cannot download design assets', 'New', 'Low', 'Web', 0,
    'Download links in the welcome email return 403.'],
  ['jose.billing', 'jose', 'solera', 'Cambio de contacto de facturación', 'Closed', 'Low', 'Email', 15,
    'Actualizado el contacto de facturación a Lucía Fernández.'],
];

/** Case refs are "case.<key>"; closed cases carry the date they closed. */
export function cases(cal: SeedCalendar): SeedRecord[] {
  return CASES.map(([key, contact, account, subject, status, priority, origin, openedDaysAgo, description]) => ({
    ref: `case.${key}`,
    ContactId: `@contact.${contact}`,
    AccountId: account ? `@acct.${account}` : null,
    Subject: subject,
    Status: status,
    Priority: priority,
    Origin: origin,
    Description: description,
    OwnerId: '@user.noah',
    CreatedDate: cal.at(-openedDaysAgo, 14),
    ClosedDate: status === 'Closed' ? cal.at(-Math.max(openedDaysAgo - 2, 0), 16) : null,
  }));
}
