// Finding a Java 17+ runtime for the language server: the setting, then JDK_HOME, JAVA_HOME, then the runtime
// bundled in a platform's package (jre/ in the extension), then PATH: the bundled one only when no Java is configured.
// Pure logic with its effects passed in, so that it can be tested without a real JDK.
import * as path from 'path';

export const MINIMUM_JAVA = 17;

export type JavaSource = 'nianbao.java.home' | 'JDK_HOME' | 'JAVA_HOME' | 'bundled' | 'PATH';

export interface JavaCandidate {
  source: JavaSource;
  executable: string;
}

export interface JavaProbe {
  /** Whether a file exists and is executable. */
  isExecutable(file: string): boolean;
  /** The output of `java -version` (stderr and stdout), or undefined when it could not run. */
  version(executable: string): Promise<string | undefined>;
}

export type JavaResult =
  | { ok: true; executable: string; version: number; source: JavaSource; settingProblem?: string }
  | { ok: false; message: string };

export function javaExecutable(home: string, platform: NodeJS.Platform): string {
  return path.join(home, 'bin', platform === 'win32' ? 'java.exe' : 'java');
}

export function candidates(setting: string | undefined | null, env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform, bundled?: string): JavaCandidate[] {
  const list: JavaCandidate[] = [];
  if (setting && setting.trim()) {
    list.push({ source: 'nianbao.java.home', executable: javaExecutable(setting.trim(), platform) });
  }
  for (const name of ['JDK_HOME', 'JAVA_HOME'] as const) {
    const home = env[name];
    if (home && home.trim()) {
      list.push({ source: name, executable: javaExecutable(home.trim(), platform) });
    }
  }
  if (bundled) {
    list.push({ source: 'bundled', executable: javaExecutable(bundled, platform) });
  }
  const pathVar = env.PATH ?? env.Path ?? '';
  for (const dir of pathVar.split(path.delimiter).filter(d => d)) {
    list.push({ source: 'PATH', executable: path.join(dir, platform === 'win32' ? 'java.exe' : 'java') });
  }
  return list;
}

/** The major version in `java -version` output: "17.0.15" → 17, "1.8.0_392" → 8. */
export function parseJavaVersion(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (!match) {
    return undefined;
  }
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** bundled: the home of the runtime a platform's package carries (absent from the universal package: skipped). */
export async function findJava(setting: string | undefined | null, env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform, probe: JavaProbe, bundled?: string): Promise<JavaResult> {
  const tried: string[] = [];
  let pathSeen = false;
  for (const candidate of candidates(setting, env, platform, bundled)) {
    if (candidate.source === 'PATH' && pathSeen) {
      continue;
    }
    if (!probe.isExecutable(candidate.executable)) {
      if (candidate.source !== 'PATH' && candidate.source !== 'bundled') {
        tried.push(`${candidate.source}（${candidate.executable} 不存在）`);
      }
      continue;
    }
    if (candidate.source === 'PATH') {
      pathSeen = true;
    }
    const output = await probe.version(candidate.executable);
    const version = output === undefined ? undefined : parseJavaVersion(output);
    if (version === undefined) {
      tried.push(`${candidate.source}（${candidate.executable} 无法运行）`);
    } else if (version < MINIMUM_JAVA) {
      tried.push(`${candidate.source}（${candidate.executable} 是 Java ${version}）`);
    } else {
      // a nianbao.java.home that could not be used is said even though another Java runs the server
      const settingProblem = tried.find(t => t.startsWith('nianbao.java.home'));
      const found = { ok: true as const, executable: candidate.executable, version, source: candidate.source };
      return settingProblem ? { ...found, settingProblem } : found;
    }
  }
  if (!pathSeen && !tried.some(t => t.startsWith('PATH'))) {
    tried.push('PATH（没有 java）');
  }
  return {
    ok: false,
    message: `Nianbao 需要 Java ${MINIMUM_JAVA} 或更高版本才能检查报告。已尝试：${tried.join('；')}。` +
      `请安装 JDK ${MINIMUM_JAVA}+（如 Eclipse Temurin 17），或在设置 nianbao.java.home 中填写其安装目录。`,
  };
}
