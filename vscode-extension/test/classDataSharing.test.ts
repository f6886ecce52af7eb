import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { archiveFileName, classDataSharing, leftoverFiles, makeArchive, processAlive } from '../src/classDataSharing';
import { serverArgs } from '../src/serverCommand';

test('the first start lists classes, later ones use the archive, unless the user set sharing up', () => {
  const first = classDataSharing('/s/a.jsa', false, []);
  assert.equal(first.kind, 'record');
  assert.ok(first.kind === 'record' && first.args[0] === `-XX:DumpLoadedClassList=${first.classList}`);
  assert.ok(first.kind === 'record' && first.classList.startsWith('/s/a.jsa.'));
  assert.deepEqual(classDataSharing('/s/a.jsa', true, ['-Xmx1g']), { kind: 'use', args: ['-XX:SharedArchiveFile=/s/a.jsa', '-Xshare:auto'] });
  assert.deepEqual(classDataSharing('/s/a.jsa', true, ['-Xshare:off']), { kind: 'none', args: [] });
  assert.deepEqual(classDataSharing('/s/a.jsa', false, ['-XX:SharedArchiveFile=/mine.jsa']), { kind: 'none', args: [] });
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

test('the real server lists its classes, the archive is made from the list, the next start uses it; stdout stays the protocol',
  { skip: !fs.existsSync(jar) && 'the server jar is copied in by the build' }, async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cds-'));
    const archive = path.join(folder, archiveFileName('test', java, 0));
    const start = () => {
      const sharing = classDataSharing(archive, fs.existsSync(archive), []);
      const run = spawnSync(java, serverArgs(jar, '-XX:+UseSerialGC -XX:TieredStopAtLevel=1', sharing.args),
        { input: '', encoding: 'utf8', timeout: 60_000 });
      return { sharing, run };
    };
    const first = start();
    assert.equal(first.run.status, 0, first.run.stderr);
    assert.equal(first.run.stdout, '', 'stdout is the protocol: nothing else may appear there');
    assert.ok(first.sharing.kind === 'record' && fs.statSync(first.sharing.classList).size > 10_000, 'the classes were listed');
    assert.equal(await makeArchive(java, jar, first.sharing.kind === 'record' ? first.sharing.classList : '', archive), true);
    assert.ok(fs.statSync(archive).size > 1_000_000, 'the archive was made');
    assert.deepEqual(fs.readdirSync(folder).filter(f => f.endsWith('.tmp')), [], 'no temporary file is left');
    const second = start();
    assert.equal(second.sharing.kind, 'use');
    assert.equal(second.run.status, 0, second.run.stderr);
    assert.equal(second.run.stdout, '');
    assert.doesNotMatch(second.run.stderr, /shared archive|CDS|sharing/i, 'the archive was accepted');
    fs.rmSync(folder, { recursive: true, force: true });
  });

test('files of windows that closed before their archive was made are found; a live window keeps its own', () => {
  const names = ['nianbao-server-0123456789abcdef.jsa', 'nianbao-server-0123456789abcdef.jsa.111.classlist',
    'nianbao-server-0123456789abcdef.jsa.222.classlist', 'nianbao-server-0123456789abcdef.jsa.111.tmp', 'notes.txt',
    'nianbao-server-0123456789abcdef.jsa.333.classlist.bak'];
  const alive = (pid: number) => pid === 222;
  assert.deepEqual(leftoverFiles(names, alive), ['nianbao-server-0123456789abcdef.jsa.111.classlist',
    'nianbao-server-0123456789abcdef.jsa.111.tmp']);
  assert.equal(processAlive(process.pid), true);
});
