/**
 * `multipart/form-data` bodies (RFC 7578): binary fields accept `Blob`/`File`
 * (browser), `Buffer`/`Uint8Array`/`ArrayBuffer` (Node); other fields are
 * sent as text, objects as JSON.
 */

function toBlob(value: unknown): Blob | undefined {
  if (value instanceof Blob) return value;
  if (value instanceof ArrayBuffer) return new Blob([value]);
  if (ArrayBuffer.isView(value)) return new Blob([value as Uint8Array<ArrayBuffer>]);
  return undefined;
}

function append(form: FormData, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  const blob = toBlob(value);
  if (blob) {
    // A File keeps its own name; other bytes get the field name so servers see a file part.
    const fileName = typeof File !== 'undefined' && blob instanceof File ? blob.name : name;
    form.append(name, blob, fileName);
    return;
  }
  form.append(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
}

/** Builds the `FormData` for a multipart body; arrays become repeated parts. */
export function toFormData(body: unknown): FormData {
  const form = new FormData();
  if (typeof body !== 'object' || body === null) return form;
  for (const [name, value] of Object.entries(body)) {
    if (Array.isArray(value)) for (const item of value) append(form, name, item);
    else append(form, name, value);
  }
  return form;
}
