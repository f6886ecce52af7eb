// Class-data sharing for the language server. The first start lists the classes the server loads; a minute later,
// when the editor is idle, a background JVM maps them into an archive; later starts map the archive instead of
// loading and verifying each class. A static archive, because EMF's classes are too old a class-file version for
// the dynamic kind that JDK 17 writes at exit.
import { spawn } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';

/** One archive per extension version and per Java installation: an archive only fits the JVM that wrote it. */
export function archiveFileName(extensionVersion: string, javaExecutable: string, javaModified: number): string {
  const key = createHash('sha256').update(`${extensionVersion}\n${javaExecutable}\n${javaModified}`).digest('hex');
  return `nianbao-server-${key.slice(0, 16)}.jsa`;
}

/** What to do about sharing at a start: use the archive, list classes for one, or nothing (the user decides). */
export type Sharing =
  | { kind: 'use'; args: string[] }
  | { kind: 'record'; args: string[]; classList: string }
  | { kind: 'none'; args: [] };

export function classDataSharing(archive: string, archiveExists: boolean, vmargs: string[]): Sharing {
  if (vmargs.some(arg => /SharedArchiveFile|ArchiveClassesAtExit|DumpLoadedClassList|^-Xshare:off$/.test(arg))) {
    return { kind: 'none', args: [] };
  }
  if (archiveExists) {
    return { kind: 'use', args: [`-XX:SharedArchiveFile=${archive}`, '-Xshare:auto'] };
  }
  const classList = `${archive}.${process.pid}.classlist`;
  return { kind: 'record', args: [`-XX:DumpLoadedClassList=${classList}`], classList };
}

/** The command that turns a class list into the archive (about 3 s on two cores). */
export function dumpArgs(jar: string, classList: string, archive: string): string[] {
  return ['-XX:+UseSerialGC', '-Xshare:dump', `-XX:SharedClassListFile=${classList}`, `-XX:SharedArchiveFile=${archive}`,
    '-cp', jar];
}

/** Makes the archive from the class list in a background JVM; it appears whole (renamed into place) or not at all. */
export function makeArchive(java: string, jar: string, classList: string, archive: string): Promise<boolean> {
  const temporary = `${archive}.${process.pid}.tmp`;
  return new Promise(resolve => {
    const child = spawn(java, dumpArgs(jar, classList, temporary), { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('exit', code => {
      try {
        if (code === 0 && fs.existsSync(temporary)) {
          fs.renameSync(temporary, archive);
          resolve(true);
          return;
        }
      } catch {
        // another window made it first, or the folder went away: the next start tries again
      } finally {
        fs.rmSync(temporary, { force: true });
      }
      resolve(false);
    });
  });
}

/**
 * Class lists and half-made archives left by windows that closed before their archive was made: their names carry
 * the process id of the extension host that wrote them, and that process is gone. (A live window's files stay.)
 */
export function leftoverFiles(names: string[], isAlive: (pid: number) => boolean): string[] {
  return names.filter(name => {
    const match = /^nianbao-server-[0-9a-f]{16}\.jsa\.(\d+)\.(classlist|tmp)$/.exec(name);
    return match !== null && !isAlive(Number(match[1]));
  });
}

/** Whether a process runs (signal 0 only checks); a process of another user counts as running. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
