// Class-data sharing for the language server: the first start records the classes it loads into an archive
// (written when the server exits); later starts map them instead of loading them, about a quarter faster.
import { createHash } from 'crypto';

/** One archive per extension version and per Java installation: an archive only fits the JVM that wrote it. */
export function archiveFileName(extensionVersion: string, javaExecutable: string, javaModified: number): string {
  const key = createHash('sha256').update(`${extensionVersion}\n${javaExecutable}\n${javaModified}`).digest('hex');
  return `nianbao-server-${key.slice(0, 16)}.jsa`;
}

/** The JVM options that use the archive, or record it; none when the user's vmargs already deal with sharing. */
export function classDataSharingArgs(archive: string, archiveExists: boolean, vmargs: string[]): string[] {
  if (vmargs.some(arg => /SharedArchiveFile|ArchiveClassesAtExit|^-Xshare:off$/.test(arg))) {
    return [];
  }
  return archiveExists ? [`-XX:SharedArchiveFile=${archive}`, '-Xshare:auto'] : [`-XX:ArchiveClassesAtExit=${archive}`];
}
