// String formats the example checker holds values to, as their RFCs define them.
import { isIPv4, isIPv6 } from 'node:net';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(z|[+-]\d{2}(:?\d{2})?)?$/i;
const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HOSTNAME =
  /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i;

function validDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const days = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return month >= 1 && month <= 12 && day >= 1 && day <= (days[month - 1] ?? 0);
}

function validTime(text: string, zoneRequired: boolean): boolean {
  const match = TIME.exec(text);
  if (!match || (zoneRequired && match[5] === undefined)) return false;
  return Number(match[1]) <= 23 && Number(match[2]) <= 59 && Number(match[3]) <= 60;
}

/** The formats OpenAPI specs use most, as RFC 3339 / RFC 4122 / RFC 5321 define them; others are not checked. */
export const FORMATS: Record<string, (value: string) => boolean> = {
  date: validDate,
  time: (value) => validTime(value, false),
  'date-time': (value) => {
    const split = value.search(/[tT ]/);
    return split === 10 && validDate(value.slice(0, 10)) && validTime(value.slice(11), true);
  },
  uuid: (value) => UUID.test(value),
  email: (value) => EMAIL.test(value),
  hostname: (value) => HOSTNAME.test(value),
  ipv4: (value) => isIPv4(value),
  ipv6: (value) => isIPv6(value),
  uri: (value) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(value),
};
