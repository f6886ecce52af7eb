import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { archiveFileName, classDataSharingArgs } from '../src/classDataSharing';
import { serverArgs } from '../src/serverCommand';

test('the archive is recorded on the first start and used afterwards, unless the user set sharing up', () => {
  assert.deepEqual(classDataSharingArgs('/s/a.jsa', false, []), ['-XX:ArchiveClassesAtExit=/s/a.jsa']);
  assert.deepEqual(classDataSharingArgs('/s/a.jsa', true, ['-Xmx1g']), ['-XX:SharedArchiveFile=/s/a.jsa', '-Xshare:auto']);
  assert.deepEqual(classDataSharingArgs('/s/a.jsa', true, ['-Xshare:off']), []);
  assert.deepEqual(classDataSharingArgs('/s/a.jsa', false, ['-XX:SharedArchiveFile=/mine.jsa']), []);
});

test('each extension version and Java installation gets its own archive', () => {
  const name = archiveFileName('0.1.0', '/usr/lib/jvm/17/bin/java', 1000);
  assert.match(name, /^nianbao-server-[0-9a-f]{16}\.jsa$/);
  assert.equal(archiveFileName('0.1.0', '/usr/lib/jvm/17/bin/java', 1000), name);
  assert.notEqual(archiveFileName('0.2.0', '/usr/lib/jvm/17/bin/java', 1000), name);
  assert.notEqual(archiveFileName('0.1.0', '/usr/lib/jvm/21/bin/java', 1000), name);
  assert.notEqual(archiveFileName('0.1.0', '/usr/lib/jvm/17/bin/java', 2000), name, 'an updated JDK');
});

const jar = path.resolve(__dirname, '..', '..', 'server', 'nianbao.jar');
const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

test('the real server records the archive at exit, then starts with it, and never writes the JVM log to stdout',
  { skip: !fs.existsSync(jar) && 'the server jar is copied in by the build' }, () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cds-'));
    const archive = path.join(folder, archiveFileName('test', java, 0));
    const start = (exists: boolean) => spawnSync(java,
      serverArgs(jar, '-XX:+UseSerialGC -XX:TieredStopAtLevel=1', classDataSharingArgs(archive, exists, [])),
      { input: '', encoding: 'utf8', timeout: 60_000 });
    const first = start(false);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout, '', 'stdout is the protocol: nothing else may appear there');
    assert.ok(fs.existsSync(archive) && fs.statSync(archive).size > 1_000_000, 'the archive was written at exit');
    const second = start(true);
    assert.equal(second.status, 0, second.stderr);
    assert.equal(second.stdout, '');
    assert.doesNotMatch(second.stderr, /shared archive|CDS/i, 'the archive was accepted');
    fs.rmSync(folder, { recursive: true, force: true });
  });
