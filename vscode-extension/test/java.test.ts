import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { candidates, findJava, JavaProbe, parseJavaVersion } from '../src/java';

function probe(installed: Record<string, string>): JavaProbe {
  return {
    isExecutable: file => file in installed,
    version: async file => installed[file],
  };
}

const java = (home: string) => path.join(home, 'bin', 'java');
const V17 = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment';
const V11 = 'openjdk version "11.0.22" 2024-01-16';
const V8 = 'java version "1.8.0_392"';
const V21 = 'openjdk version "21" 2023-09-19';

test('parses the major version of every java -version style', () => {
  assert.equal(parseJavaVersion(V17), 17);
  assert.equal(parseJavaVersion(V11), 11);
  assert.equal(parseJavaVersion(V8), 8);
  assert.equal(parseJavaVersion(V21), 21);
  assert.equal(parseJavaVersion('no java here'), undefined);
});

test('candidates come in the order setting, JDK_HOME, JAVA_HOME, PATH', () => {
  const list = candidates('/opt/jdk', { JDK_HOME: '/jdk', JAVA_HOME: '/jh', PATH: ['/usr/bin', '/bin'].join(path.delimiter) }, 'linux');
  assert.deepEqual(list.map(c => c.source), ['nianbao.java.home', 'JDK_HOME', 'JAVA_HOME', 'PATH', 'PATH']);
  assert.equal(list[0].executable, java('/opt/jdk'));
  assert.equal(list[3].executable, path.join('/usr/bin', 'java'));
});

test('on Windows the executable is java.exe', () => {
  assert.ok(candidates('C:\\jdk', {}, 'win32')[0].executable.endsWith('java.exe'));
});

test('the setting wins over the environment', async () => {
  const result = await findJava('/opt/jdk17', { JAVA_HOME: '/jh21' }, 'linux', probe({ [java('/opt/jdk17')]: V17, [java('/jh21')]: V21 }));
  assert.deepEqual(result, { ok: true, executable: java('/opt/jdk17'), version: 17, source: 'nianbao.java.home' });
});

test('a too old Java is skipped for the next candidate', async () => {
  const result = await findJava(undefined, { JAVA_HOME: '/jh11', PATH: '/usr/bin' }, 'linux',
    probe({ [java('/jh11')]: V11, [path.join('/usr/bin', 'java')]: V17 }));
  assert.ok(result.ok);
  assert.equal(result.ok && result.source, 'PATH');
});

test('when nothing is usable, one message says what was tried and what to do', async () => {
  const result = await findJava('/nowhere', { JAVA_HOME: '/jh8', PATH: '/usr/bin' }, 'linux', probe({ [java('/jh8')]: V8 }));
  assert.equal(result.ok, false);
  const message = !result.ok ? result.message : '';
  assert.match(message, /Java 17 或更高版本/);
  assert.match(message, /nianbao\.java\.home（\/nowhere\/bin\/java 不存在）/);
  assert.match(message, /JAVA_HOME（\/jh8\/bin\/java 是 Java 8）/);
  assert.match(message, /PATH（没有 java）/);
  assert.match(message, /请安装 JDK 17\+/);
});

test('a java that cannot run is reported as such', async () => {
  const result = await findJava(undefined, { JAVA_HOME: '/broken' }, 'linux', { isExecutable: () => true, version: async () => undefined });
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.message : '', /JAVA_HOME（\/broken\/bin\/java 无法运行）/);
});

test('a nianbao.java.home that cannot be used is said even when a Java on PATH runs the server', async () => {
  const result = await findJava('/opt/missing', { PATH: '/usr/bin' }, 'linux', probe({ [path.join('/usr/bin', 'java')]: V17 }));
  assert.ok(result.ok);
  assert.equal(result.ok && result.source, 'PATH');
  assert.equal(result.ok && result.settingProblem, `nianbao.java.home（${java('/opt/missing')} 不存在）`);
  const old = await findJava('/opt/jdk11', { PATH: '/usr/bin' }, 'linux',
    probe({ [java('/opt/jdk11')]: V11, [path.join('/usr/bin', 'java')]: V17 }));
  assert.match(old.ok && old.settingProblem || '', /是 Java 11/);
});

test('the bundled runtime comes after every configured Java and before PATH', () => {
  const list = candidates('/opt/jdk', { JAVA_HOME: '/jh', PATH: '/usr/bin' }, 'linux', '/ext/jre');
  assert.deepEqual(list.map(c => c.source), ['nianbao.java.home', 'JAVA_HOME', 'bundled', 'PATH']);
  assert.equal(list[2].executable, java('/ext/jre'));
});

test('a configured Java wins over the bundled runtime; without one the bundled runtime runs, also with no java on PATH', async () => {
  const installed = { [java('/jh21')]: V21, [java('/ext/jre')]: V17 };
  assert.deepEqual(await findJava(null, { JAVA_HOME: '/jh21', PATH: '' }, 'linux', probe(installed), '/ext/jre'),
    { ok: true, executable: java('/jh21'), version: 21, source: 'JAVA_HOME' });
  assert.deepEqual(await findJava(null, { PATH: '' }, 'linux', probe(installed), '/ext/jre'),
    { ok: true, executable: java('/ext/jre'), version: 17, source: 'bundled' });
});

test('the universal package has no bundled runtime: it is skipped without a word', async () => {
  const result = await findJava(null, { PATH: '' }, 'linux', probe({}), '/ext/jre');
  assert.equal(result.ok, false);
  assert.ok(!result.ok && !result.message.includes('bundled'), JSON.stringify(result));
});
