/** A stream the CLI prints to: `process.stdout`, `process.stderr` or a test's pipe. */
interface OutputStream {
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * `specloom check … | head -1` closes the pipe after one line: that is the
 * reader's choice, not an error worth a stack trace. A write to a closed pipe
 * (EPIPE) ends the process at once with the exit code set so far; any other
 * stream error is still thrown.
 */
export function endQuietlyOnClosedPipe(
  streams: readonly OutputStream[],
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  for (const stream of streams) {
    stream.on('error', (error) => {
      if (error.code !== 'EPIPE') throw error;
      const code = process.exitCode;
      exit(typeof code === 'number' ? code : 0);
    });
  }
}
