import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, link, lstat, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { UsageError } from "./cliArgs";

/** An `--out` file that passed every check; hand it to {@link writeOutputFile} after computing. */
export interface OutputTarget {
  path: string;
  /** --force: an existing file other than an input may be replaced. */
  force: boolean;
}

/**
 * Checks an `--out` file before any computation, so a run never ends in "cannot write" after
 * minutes of work, and never replaces a user's file: an input (compared by file identity, so a
 * symlink or hard link to it is caught too) is refused even with --force; any other existing
 * file only with --force.
 */
export async function checkOutputTarget(
  out: string,
  inputs: readonly string[],
  force: boolean,
): Promise<OutputTarget> {
  if (extname(out).toLowerCase() !== ".xlsx")
    throw new UsageError(`--out ${out}: the result is an Excel workbook; name the file with .xlsx`);
  const folder = dirname(resolve(out));
  const folderStat = await stat(folder).catch(() => null);
  if (!folderStat?.isDirectory())
    throw new UsageError(`--out ${out}: the folder ${folder} does not exist; create it or choose another`);
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw new UsageError(
      `--out ${out}: the folder ${folder} is not writable; choose a folder you can write to`,
    );
  }
  // lstat: a dangling symlink is an existing name too, and replacing it needs --force.
  const existing = await lstat(out).catch(() => null);
  if (!existing) return { path: out, force };
  const target = await stat(out).catch(() => null);
  if (target?.isDirectory())
    throw new UsageError(`--out ${out} is a folder; name a file inside it, e.g. ${join(out, "result.xlsx")}`);
  if (target) {
    for (const input of inputs) {
      const s = await stat(input).catch(() => null);
      if (s && s.dev === target.dev && s.ino === target.ino)
        throw new UsageError(
          `--out ${out} is the input ${input}${out === input ? "" : " (through a link)"}: ` +
            "the input is never rewritten; --out must name a new file",
        );
    }
  }
  if (!force)
    throw new UsageError(`--out ${out} already exists; name a new file, or add --force to replace it`);
  return { path: out, force };
}

/**
 * Writes the result next to its final name and moves it into place, so a crash or a kill
 * mid-write leaves the old file (or no file) and never a truncated one. Without --force the
 * move is a hard link, which fails if someone created the name since the check; filesystems
 * without hard links fall back to a rename after a last look. `content` is the bytes, or a
 * function that writes the file at the path it is given (a streaming writer).
 */
export async function writeOutputFile(
  target: OutputTarget,
  content: Uint8Array | ((tempPath: string) => Promise<void>),
): Promise<void> {
  const temp = join(
    dirname(resolve(target.path)),
    `.${basename(target.path)}.${randomBytes(6).toString("hex")}.tmp`,
  );
  const removeTemp = () => unlink(temp).catch(() => undefined);
  const onSignal = (signal: NodeJS.Signals) => {
    void removeTemp().finally(() => {
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    });
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    if (typeof content === "function") {
      // Created empty first, so a name taken by someone else is never written through.
      await (await open(temp, "wx")).close();
      await content(temp);
    }
    const handle = await open(temp, typeof content === "function" ? "r+" : "wx");
    try {
      if (typeof content !== "function") await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await moveIntoPlace(temp, target);
  } catch (e) {
    await removeTemp();
    if (e instanceof UsageError) throw e;
    throw new UsageError(`Cannot write ${target.path}: ${describeFsError(e)}`);
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}

async function moveIntoPlace(temp: string, target: OutputTarget): Promise<void> {
  if (target.force) return rename(temp, target.path);
  try {
    await link(temp, target.path);
    await unlink(temp);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST")
      throw new UsageError(`--out ${target.path} appeared while computing; name a new file, or add --force`);
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw e;
    if (await lstat(target.path).catch(() => null))
      throw new UsageError(`--out ${target.path} appeared while computing; name a new file, or add --force`);
    await rename(temp, target.path);
  }
}

function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === "ENOSPC") return "the disk is full; free some space or choose another folder";
  if (err.code === "EACCES" || err.code === "EPERM")
    return "permission denied; choose a folder you can write to";
  return err.code ?? err.message;
}
