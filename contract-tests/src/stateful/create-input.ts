import type { CaseContext } from '../cases/context.js';
import { cloneValues } from '../cases/values.js';
import type { RequestValues } from '../http/serialize.js';
import { flatten, type OperationModel } from '../specloom.js';

/**
 * A create body whose dates and times lie in the future, in window order:
 * members named as a start (`startsAt`, `validFrom`, `notBefore`) first,
 * members named as an end (`endsAt`, `validUntil`, `expiresAt`) last, the
 * rest between, each a day after the previous. That is the time-window rule
 * real APIs state only in prose ("end time can't be in the past", "start
 * must be before end"); specs list members alphabetically, so declaration
 * order cannot tell. `undefined` when the body has no date or time member,
 * or the result breaks the schema.
 */
export function withFutureTimes(
  context: CaseContext,
  create: OperationModel,
  values: RequestValues,
): RequestValues | undefined {
  const body = values.body;
  if (!body || body.raw || body.value === null || typeof body.value !== 'object' || Array.isArray(body.value))
    return undefined;
  const media = create.requestBody?.content.find((entry) => entry.mediaType === body.mediaType);
  if (!media?.schema) return undefined;
  const document = context.contract.spec.document;
  const properties = flatten(media.schema, { document }).properties ?? {};
  const next: Record<string, unknown> = { ...(body.value as Record<string, unknown>) };
  // A fixed day a year ahead keeps the run deterministic within a day; each member an hour later.
  const base = Date.UTC(new Date().getUTCFullYear() + 1, 0, 1);
  let step = 0;
  const ordered = Object.entries(properties).sort(([a], [b]) => windowRank(a) - windowRank(b));
  for (const [name, schema] of ordered) {
    if (!(name in next)) continue;
    const format = flatten(schema, { document }).format;
    const at = new Date(base + step * 3_600_000 * 24);
    if (format === 'date-time') next[name] = at.toISOString();
    else if (format === 'date') next[name] = at.toISOString().slice(0, 10);
    else continue;
    step += 1;
  }
  if (step === 0) return undefined;
  if (context.contract.requestValidator.validate(media.schema, next).length > 0) return undefined;
  const result = cloneValues(values);
  result.body = { ...body, value: next };
  return result;
}

const START = /(start|begin|from|since|after|open|notbefore|not_before)/i;
const END = /(end|until|till|expir|due|before|close|stop|finish|deadline)/i;

/** 0 for a window's start, 2 for its end, 1 otherwise (a stable sort keeps declaration order within each). */
function windowRank(name: string): number {
  if (/not_?before/i.test(name)) return 0;
  if (END.test(name)) return 2;
  return START.test(name) ? 0 : 1;
}
