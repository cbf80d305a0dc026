/*
 * File names come from the client (the multipart part's Content-Disposition)
 * and go back out in a download's Content-Disposition, so they are reduced to
 * a safe display name: no directories, no control, bidirectional-override or quoting characters, at
 * most 255 characters with the extension kept.
 */
const MAX_LENGTH = 255;
const FALLBACK = 'file';

/** A safe display name for a client-supplied file name. */
export function sanitizeFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed.
    .replace(/[\u0000-\u001f\u007f-\u009f"<>|:*?]/g, '')
    // Bidirectional controls reorder what is shown: "\u202Etxt.exe" displays as "exe.txt" (CVE-2021-42574 style).
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (cleaned === '') return FALLBACK;
  if (cleaned.length <= MAX_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 16 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_LENGTH - extension.length) + extension;
}

/**
 * `Content-Disposition: attachment` with the name both as an ASCII fallback
 * and, when it has other characters, as RFC 8187 `filename*` (RFC 6266 §4.3).
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  if (ascii === fileName) return `attachment; filename="${ascii}"`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
