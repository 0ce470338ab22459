/** ConvertedDate is a calendar day ('2026-03-14'): printed in UTC so it never shifts to the day before. */
export function formatConvertedDate(isoDate: string): string {
  const instant = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(instant)) return isoDate;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(instant);
}
