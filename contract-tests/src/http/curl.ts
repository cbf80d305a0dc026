import type { PreparedRequest } from '../types.js';

/** A shell-safe curl command line that replays the request. */
export function toCurl(request: PreparedRequest): string {
  const parts = ['curl', '-i', '-X', request.method, quote(request.url)];
  for (const [name, value] of Object.entries(request.headers)) parts.push('-H', quote(`${name}: ${value}`));
  const body = request.body;
  if (body?.kind === 'text') {
    const content = body.text.trimEnd();
    const padding = body.text.length - content.length;
    // A large whitespace tail (oversize-body cases) is rebuilt by the shell instead of printed.
    if (padding > 1024) parts.push('--data-binary', `"$(printf '%s%*s' ${quote(content)} ${padding} '')"`);
    else parts.push('--data-binary', quote(body.text));
  }
  if (body?.kind === 'form')
    for (const [name, value] of body.fields) parts.push('--data-urlencode', quote(`${name}=${value}`));
  if (body?.kind === 'multipart') {
    for (const part of body.parts) {
      // curl's -F cannot take file contents inline, so file parts are sent as typed fields with a filename.
      const suffix = `${part.filename ? `;filename=${part.filename}` : ''}${part.contentType ? `;type=${part.contentType}` : ''}`;
      parts.push('-F', quote(`${part.name}=${part.value}${suffix}`));
    }
  }
  return parts.join(' ');
}

function quote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
