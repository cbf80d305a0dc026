/** The one line a usage mistake gets: what is wrong, then where the options are listed. */
export function usageLine(command: string, message: string): string {
  return `specloom ${command}: ${message} (run "specloom ${command} --help" for the options)\n`;
}
