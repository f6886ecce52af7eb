// The command line that starts the bundled language server.

/** Splits a vmargs setting into arguments, honouring double quotes: -Dx="a b" stays one argument. */
export function splitArgs(text: string | undefined | null): string[] {
  const args: string[] = [];
  if (!text) {
    return args;
  }
  let current = '';
  let quoted = false;
  let started = false;
  for (const ch of text) {
    if (ch === '"') {
      quoted = !quoted;
      started = true;
    } else if (/\s/.test(ch) && !quoted) {
      if (started) {
        args.push(current);
        current = '';
        started = false;
      }
    } else {
      current += ch;
      started = true;
    }
  }
  if (started) {
    args.push(current);
  }
  return args;
}

/**
 * The JVM's own log goes to standard output by default, where it would corrupt the protocol: only warnings are
 * kept, on standard error (a user's -Xlog in vmargs comes after and still applies).
 */
export function serverArgs(jar: string, vmargs: string | undefined | null, extra: string[] = []): string[] {
  return ['-Xlog:disable', '-Xlog:all=warning:stderr', ...splitArgs(vmargs), ...extra, '-Dfile.encoding=UTF-8', '-jar', jar, 'server'];
}

/** Java names files in the locale's charset: under a C locale it cannot open Chinese file names, so ask for UTF-8. */
export function serverEnvironment(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = { ...env };
  delete result.JAVA_TOOL_OPTIONS;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  if (platform !== 'win32' && !/utf-?8/i.test(locale)) {
    result.LC_ALL = 'C.UTF-8';
  }
  return result;
}
