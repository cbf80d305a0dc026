import type { Faker } from '@faker-js/faker';
import type { JsonSchemaObject } from '../model/types.js';
import type { Random } from './random.js';

/**
 * Values people believe: a seeded faker picks a value by the schema's
 * `x-faker` hint, then by format, then by the property's name (`email`,
 * `firstName`, `price`, `createdAt`, ...). Every candidate is checked against
 * the schema's own bounds by the caller's rules here (length, range), and
 * `undefined` means "no opinion": the generic sampler takes over.
 */
export interface Realism {
  faker: Faker;
  /** Reference time (ms) for timestamps; generated dates lie within a month of it. */
  now: number;
}

/** Builds a {@link Realism} from a faker instance; `now` defaults to the start of the current UTC day, so a seed gives the same data all day. */
export function createRealism(faker: Faker, now?: number): Realism {
  const day = 86_400_000;
  return { faker, now: now ?? Math.floor(Date.now() / day) * day };
}

const DAY = 86_400_000;

/** Dates in the recent past; names that speak of the future (`expiresAt`, `dueDate`) get the near future. */
function timestamp(faker: Faker, realism: Realism, name: string): Date {
  const future = /expir|due|deadline|until|ends?_?at|end_?date|valid_?to|renew|next/i.test(name);
  const offset = faker.number.int({ min: 60_000, max: 30 * DAY });
  return new Date(future ? realism.now + offset : realism.now - offset);
}

const BY_FORMAT: Record<string, (faker: Faker, realism: Realism, name: string) => string> = {
  'date-time': (faker, realism, name) =>
    timestamp(faker, realism, name)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z'),
  date: (faker, realism, name) => timestamp(faker, realism, name).toISOString().slice(0, 10),
  email: (faker) => faker.internet.email({ provider: 'example.com' }).toLowerCase(),
  'idn-email': (faker) => faker.internet.email({ provider: 'example.com' }).toLowerCase(),
  uri: (faker) => faker.internet.url({ appendSlash: false }),
  url: (faker) => faker.internet.url({ appendSlash: false }),
  hostname: (faker) => faker.internet.domainName(),
  ipv4: (faker) => faker.internet.ipv4(),
  ipv6: (faker) => faker.internet.ipv6(),
  uuid: (faker) => faker.string.uuid(),
  password: (faker) => faker.internet.password({ length: 14 }),
};

/** Property-name rules, first match wins; names are compared without `_`/`-` and in lower case. */
const BY_NAME: [RegExp, (faker: Faker) => string][] = [
  [
    /^(e?mail|emailaddress|useremail)$/,
    (faker) => faker.internet.email({ provider: 'example.com' }).toLowerCase(),
  ],
  [/^(firstname|givenname)$/, (faker) => faker.person.firstName()],
  [/^(lastname|familyname|surname)$/, (faker) => faker.person.lastName()],
  [
    /^(fullname|displayname|username|name|author|owner|assignee|contactname)$/,
    (faker) => faker.person.fullName(),
  ],
  [/^(login|handle|nickname|screenname)$/, (faker) => faker.internet.username().toLowerCase()],
  [/(phone|mobile|telephone)/, (faker) => faker.phone.number({ style: 'international' })],
  [/^(city|town)$/, (faker) => faker.location.city()],
  [/^(country)$/, (faker) => faker.location.country()],
  [/^(countrycode)$/, (faker) => faker.location.countryCode()],
  [/^(street|streetaddress|address|addressline1|line1)$/, (faker) => faker.location.streetAddress()],
  [/^(zip|zipcode|postcode|postalcode)$/, (faker) => faker.location.zipCode()],
  [/^(state|region|province)$/, (faker) => faker.location.state()],
  [/^(company|companyname|organization|organisation|org)$/, (faker) => faker.company.name()],
  [
    /^(title|subject|headline|summary)$/,
    (faker) => faker.lorem.sentence({ min: 3, max: 6 }).replace(/\.$/, ''),
  ],
  [
    /^(description|body|content|text|comment|message|note|notes|bio|details)$/,
    (faker) => faker.lorem.sentences(2),
  ],
  [/(url|uri|link|href|website|homepage)$/, (faker) => faker.internet.url({ appendSlash: false })],
  [/(avatar|image|picture|photo|logo|icon)/, (faker) => faker.image.url()],
  [/^(color|colour)$/, (faker) => faker.color.human()],
  [/^(currency|currencycode)$/, (faker) => faker.finance.currencyCode()],
  [/^(locale|language|lang)$/, () => 'en-US'],
  [/^(timezone|tz)$/, (faker) => faker.location.timeZone()],
  [/(slug)$/, (faker) => faker.lorem.slug(2)],
  [/^(ip|ipaddress)$/, (faker) => faker.internet.ipv4()],
  [/^(domain|hostname|host)$/, (faker) => faker.internet.domainName()],
  [/^(filename)$/, (faker) => faker.system.fileName()],
  [/^(mimetype|contenttype)$/, (faker) => faker.system.mimeType()],
  [/^(version)$/, (faker) => faker.system.semver()],
  [/^(sha|hash|checksum|etag)$/, (faker) => faker.git.commitSha()],
  [/^(word|tag|label|category|keyword)$/, (faker) => faker.lorem.word()],
];

const NUMBER_BY_NAME: [RegExp, (faker: Faker, integer: boolean) => number][] = [
  [
    /(price|amount|cost|total|balance|fee|salary|subtotal)$/,
    (faker, integer) =>
      integer ? faker.number.int({ min: 100, max: 99_999 }) : Number(faker.commerce.price()),
  ],
  [/^(age)$/, (faker) => faker.number.int({ min: 18, max: 90 })],
  [/(count|total|size|quantity|qty)$/, (faker) => faker.number.int({ min: 0, max: 250 })],
  [/^(lat|latitude)$/, (faker) => faker.location.latitude()],
  [/^(lng|lon|long|longitude)$/, (faker) => faker.location.longitude()],
  [/(year)$/, (faker) => faker.number.int({ min: 2000, max: 2030 })],
  [/(rating|score|stars)$/, (faker) => faker.number.int({ min: 1, max: 5 })],
  [/(percent|percentage)$/, (faker) => faker.number.int({ min: 0, max: 100 })],
];

/**
 * `x-faker` as json-schema-faker and orval spell it: a faker path
 * (`internet.email`, `person.firstName`), or an object `{ "path": [args] }`.
 */
function fromHint(faker: Faker, hint: unknown): unknown {
  const [path, args] =
    typeof hint === 'string'
      ? [hint, [] as unknown[]]
      : typeof hint === 'object' && hint !== null
        ? (Object.entries(hint)[0] ?? ['', []])
        : ['', []];
  let target: unknown = faker;
  let owner: unknown;
  for (const segment of String(path).split('.')) {
    owner = target;
    target = (target as Record<string, unknown> | undefined)?.[segment];
  }
  if (typeof target !== 'function') return undefined;
  try {
    return (target as (...values: unknown[]) => unknown).apply(owner, Array.isArray(args) ? args : [args]);
  } catch {
    return undefined;
  }
}

/** A believable string for a property, or undefined when nothing fits the schema's bounds. */
export function realisticString(
  realism: Realism,
  random: Random,
  schema: JsonSchemaObject,
  name: string | undefined,
): string | undefined {
  const faker = seeded(realism, random);
  const key = (name ?? '').replace(/[-_\s]/g, '').toLowerCase();
  const candidates: (() => unknown)[] = [];
  if (schema['x-faker'] !== undefined) candidates.push(() => fromHint(faker, schema['x-faker']));
  const format = schema.format === undefined ? undefined : BY_FORMAT[schema.format];
  if (format) candidates.push(() => format(faker, realism, name ?? ''));
  else if (
    schema.format === undefined &&
    /(at|date|time|timestamp)$/.test(key) &&
    /(created|updated|modified|deleted|expires|published|started|ended|due|last|since|until)/.test(key)
  )
    candidates.push(() => BY_FORMAT['date-time']?.(faker, realism, name ?? ''));
  if (schema.format === undefined || format === undefined) {
    for (const [pattern, generate] of BY_NAME) if (pattern.test(key)) candidates.push(() => generate(faker));
  }
  for (const candidate of candidates) {
    const value = candidate();
    const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
    if (text !== undefined && fits(text, schema)) return text;
  }
  return undefined;
}

/** A believable number for a property, or undefined when nothing fits the schema's bounds. */
export function realisticNumber(
  realism: Realism,
  random: Random,
  schema: JsonSchemaObject,
  name: string | undefined,
  integer: boolean,
): number | undefined {
  const faker = seeded(realism, random);
  const key = (name ?? '').replace(/[-_\s]/g, '').toLowerCase();
  const candidates: (() => unknown)[] = [];
  if (schema['x-faker'] !== undefined) candidates.push(() => fromHint(faker, schema['x-faker']));
  for (const [pattern, generate] of NUMBER_BY_NAME)
    if (pattern.test(key)) candidates.push(() => generate(faker, integer));
  for (const candidate of candidates) {
    const value = candidate();
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    if (integer && !Number.isInteger(value)) continue;
    if (inRange(value, schema)) return value;
  }
  return undefined;
}

function seeded(realism: Realism, random: Random): Faker {
  realism.faker.seed(random.int(0, 2_147_483_646));
  return realism.faker;
}

function fits(text: string, schema: JsonSchemaObject): boolean {
  const length = [...text].length;
  if (schema.minLength !== undefined && length < schema.minLength) return false;
  if (schema.maxLength !== undefined && length > schema.maxLength) return false;
  if (schema.pattern !== undefined) {
    try {
      if (!new RegExp(schema.pattern, 'u').test(text)) return false;
    } catch {
      return false;
    }
  }
  return true;
}

function inRange(value: number, schema: JsonSchemaObject): boolean {
  if (schema.minimum !== undefined && value < schema.minimum) return false;
  if (schema.maximum !== undefined && value > schema.maximum) return false;
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return false;
  if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) return false;
  if (
    schema.multipleOf !== undefined &&
    Math.abs(value / schema.multipleOf - Math.round(value / schema.multipleOf)) > 1e-9
  )
    return false;
  return true;
}
