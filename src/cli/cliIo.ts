/** Where the CLI writes; tests pass buffers, main passes the process streams. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stderr is a terminal: progress is one line rewritten in place (absent: plain lines). */
  stderrIsTTY?: boolean;
  stderrColumns?: number;
  /** The clock of the progress line (tests pass their own). */
  now?: () => number;
}

export const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stderrIsTTY: process.stderr.isTTY === true,
  stderrColumns: process.stderr.columns,
};
