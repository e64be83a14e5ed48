import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * PGlite lets two processes open the same data folder, and both then write to it: the end of the
 * database. Thuis writes this file into the folder while it has the folder open, and removes it on
 * close. (PGlite's own postmaster.pid always says process -42, so it cannot tell.)
 */
export const LOCK_FILE = 'thuis.pid';

interface LockOwner {
  pid: number;
  host: string;
}

export type LockState = { state: 'free' } | { state: 'mine' } | { state: 'running'; owner: LockOwner } | { state: 'unknown'; owner: LockOwner };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Who holds the folder: nobody (or a process that stopped without closing), this process, a live
 * process on this machine, or a process on another machine (a container) whose life cannot be seen.
 */
export function lockState(dataDir: string): LockState {
  let owner: LockOwner;
  try {
    owner = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')) as LockOwner;
  } catch {
    return { state: 'free' };
  }
  if (owner.host !== os.hostname()) return { state: 'unknown', owner };
  if (owner.pid === process.pid) return { state: 'mine' };
  return alive(owner.pid) ? { state: 'running', owner } : { state: 'free' };
}

export class DataDirInUseError extends Error {}

/**
 * Takes the folder for this process. A live holder on this machine is refused always; a holder on
 * another machine only when `strict` (the backup and restore commands; a server starting in a new
 * container after a crash finds the old container's file and takes over).
 */
export function lockDataDir(dataDir: string, options: { strict?: boolean } = {}): () => void {
  checkDataDirFree(dataDir, options);
  const file = path.join(dataDir, LOCK_FILE);
  fs.writeFileSync(file, JSON.stringify({ pid: process.pid, host: os.hostname() } satisfies LockOwner));
  return () => {
    if (lockState(dataDir).state === 'mine') fs.rmSync(file, { force: true });
  };
}

/** Throws a DataDirInUseError when the folder may not be opened (see lockDataDir). */
export function checkDataDirFree(dataDir: string, { strict = false }: { strict?: boolean } = {}): void {
  const current = lockState(dataDir);
  if (current.state === 'running' || (strict && current.state === 'unknown')) {
    const { pid, host } = current.owner;
    throw new DataDirInUseError(
      `The database folder ${dataDir} is in use by Thuis (process ${pid} on ${host}). Stop that server first.` +
        (current.state === 'unknown'
          ? ` If it is not running any more (it stopped without closing), remove ${path.join(dataDir, LOCK_FILE)} or pass --force.`
          : ''),
    );
  }
}
