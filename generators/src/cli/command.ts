/**
 * A CLI sub-command. Each lives in `cli/commands/<name>.ts` and default-exports
 * one of these; `main.ts` loads it lazily so `specloom check` never pays for
 * the mock server's or the contract-test engine's imports.
 */
export interface Command {
  name: string;
  /** One line for `specloom --help`. */
  summary: string;
  /** Full usage text for `specloom <name> --help`. */
  usage: string;
  /** Runs the command and resolves to the process exit code. */
  run(argv: string[], io: CommandIO): Promise<number>;
}

/** Where a command prints; injected so tests can capture output. */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** `--debug` was given: print stack traces of unexpected errors. */
  debug: boolean;
  /** Set only when stdin and stdout are both terminals: a command may then ask questions. */
  terminal?: Terminal;
}

/** Where a person types answers and reads questions; injected so tests can drive a prompt. */
export interface Terminal {
  input: NodeJS.ReadableStream;
  output: { write(text: string): unknown };
}
