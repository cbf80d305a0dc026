/**
 * Cursor pagination: follow the page's next-cursor field back into the
 * cursor query parameter until the server says there is no next page.
 */

export interface PaginationFields {
  cursorParam: string;
  nextField: string;
  itemsField: string;
}

/** Every page, starting from `params` (its cursor, if any, is where reading starts). */
export async function* pages<Page>(
  fetchPage: (params: Record<string, unknown>) => Promise<Page>,
  params: Record<string, unknown>,
  fields: PaginationFields,
): AsyncGenerator<Page, void, undefined> {
  const seen = new Set<unknown>();
  let current = params;
  for (;;) {
    const page = await fetchPage(current);
    yield page;
    const next = (page as Record<string, unknown> | undefined)?.[fields.nextField];
    // A repeated cursor would loop forever; treat it as the end.
    if (next === null || next === undefined || next === '' || seen.has(next)) return;
    seen.add(next);
    current = { ...current, [fields.cursorParam]: next };
  }
}

/** Every item of every page. */
export async function* items<Item>(
  fetchPage: (params: Record<string, unknown>) => Promise<unknown>,
  params: Record<string, unknown>,
  fields: PaginationFields,
): AsyncGenerator<Item, void, undefined> {
  for await (const page of pages(fetchPage, params, fields)) {
    const list = (page as Record<string, unknown> | undefined)?.[fields.itemsField];
    if (Array.isArray(list)) yield* list as Item[];
  }
}
