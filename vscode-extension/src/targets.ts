// Which report a command acts on, and how a generate request is phrased for the server.

import { GenerateArguments, GenerateOptions } from './protocol';

export interface UriLike {
  scheme: string;
  fsPath: string;
  toString(): string;
}

/** The explorer or editor-title argument when there is one, else the active editor's document. */
export function commandTarget<U extends UriLike>(argument: unknown, activeDocument: U | undefined): U | undefined {
  if (argument && typeof argument === 'object' && 'fsPath' in argument && 'scheme' in argument) {
    const uri = argument as U;
    return uri.fsPath.endsWith('.nianbao') ? uri : undefined;
  }
  if (activeDocument && activeDocument.fsPath.endsWith('.nianbao')) {
    return activeDocument;
  }
  return undefined;
}

export interface GenerateRequest {
  uri: string;
  force: boolean;
  outputDirectory?: string;
}

/** The arguments of the server's nianbao.generateDocx command. */
export function generateArguments(request: GenerateRequest): GenerateArguments {
  const options: GenerateOptions = { force: request.force };
  if (request.outputDirectory) {
    options.outputDirectory = request.outputDirectory;
  }
  return [request.uri, options];
}

/** A relative output directory is resolved against the workspace folder; an absolute one is kept. */
export function resolveOutputDirectory(setting: string | undefined | null, workspaceFolder: string | undefined,
  join: (...parts: string[]) => string, isAbsolute: (p: string) => boolean): string | undefined {
  if (!setting || !setting.trim()) {
    return undefined;
  }
  const dir = setting.trim();
  if (isAbsolute(dir) || !workspaceFolder) {
    return dir;
  }
  return join(workspaceFolder, dir);
}

/**
 * A report skeleton's file name from organ and year: the server's rule (`OutputPaths.reportFileName`), held to it by
 * the shared fixture test/organ-file-names.tsv. Without the characters file systems refuse, control characters and
 * spaces, without leading dots and hyphens, at most 40 characters of the organ; 报告 when nothing is left.
 */
export function reportFileName(organ: string, year: string): string {
  const safe = [...organ.replace(/[\\/:*?"<>|\p{Cc}\s]+/gu, '').replace(/^[.-]+/, '')].slice(0, 40).join('') || '报告';
  return `${safe}-${year}.nianbao`;
}

export function isYear(text: string): boolean {
  return /^(19|20|21)\d\d$/.test(text.trim());
}

/** The year a new report is for: last year's (reports are written in January for the year before). */
export function reportYear(today: Date): string {
  return String(today.getFullYear() - 1);
}

/**
 * Which reports in the workspace may be last year's for a new report: the file `nianbao new` would have written
 * for this organ and the year before first, then any other report whose name carries that year.
 */
export function lastYearsCandidates<U extends UriLike>(files: readonly U[], organ: string, year: string): U[] {
  const lastYear = String(Number(year) - 1);
  const exact = reportFileName(organ, lastYear);
  const name = (file: U) => file.fsPath.split(/[\\/]/).pop() ?? '';
  const named = files.filter(f => name(f).endsWith('.nianbao') && name(f).includes(lastYear));
  return [...named.filter(f => name(f) === exact), ...named.filter(f => name(f) !== exact)];
}
