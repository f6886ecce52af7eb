import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { RestartPolicy } from '../src/restartPolicy';
import { serverArgs, serverEnvironment, splitArgs } from '../src/serverCommand';
import { commandTarget, generateArguments, isYear, lastYearsCandidates, reportFileName, reportYear, resolveOutputDirectory } from '../src/targets';

const uri = (fsPath: string) => ({ scheme: 'file', fsPath, toString: () => `file://${fsPath}` });

test('vmargs are split like a shell would, quotes kept together', () => {
  assert.deepEqual(splitArgs('-Xmx512m  -Dname="a b" -XX:+UseSerialGC'), ['-Xmx512m', '-Dname=a b', '-XX:+UseSerialGC']);
  assert.deepEqual(splitArgs(''), []);
  assert.deepEqual(splitArgs(undefined), []);
});

test('the server is started with the jar and the server verb after the vmargs', () => {
  assert.deepEqual(serverArgs('/ext/server/nianbao.jar', '-Xmx1g', ['-XX:SharedArchiveFile=/s/a.jsa']),
    ['-Xlog:disable', '-Xlog:all=warning:stderr', '-Xmx1g', '-XX:SharedArchiveFile=/s/a.jsa', '-Dfile.encoding=UTF-8',
      '-jar', '/ext/server/nianbao.jar', 'server']);
});

test('the command acts on the explorer selection, else on the active report', () => {
  const active = uri('/w/active.nianbao');
  assert.equal(commandTarget(uri('/w/clicked.nianbao'), active)?.fsPath, '/w/clicked.nianbao');
  assert.equal(commandTarget(undefined, active)?.fsPath, '/w/active.nianbao');
  assert.equal(commandTarget(undefined, uri('/w/notes.txt')), undefined);
  assert.equal(commandTarget(uri('/w/notes.txt'), active), undefined);
});

test('generate arguments carry the uri, force and the output directory only when set', () => {
  assert.deepEqual(generateArguments({ uri: 'file:///w/a.nianbao', force: false }), ['file:///w/a.nianbao', { force: false }]);
  assert.deepEqual(generateArguments({ uri: 'file:///w/a.nianbao', force: true, outputDirectory: '/out' }),
    ['file:///w/a.nianbao', { force: true, outputDirectory: '/out' }]);
});

test('a relative output directory is resolved in the workspace folder', () => {
  assert.equal(resolveOutputDirectory('docs', '/w', path.posix.join, path.posix.isAbsolute), '/w/docs');
  assert.equal(resolveOutputDirectory('/abs', '/w', path.posix.join, path.posix.isAbsolute), '/abs');
  assert.equal(resolveOutputDirectory('  ', '/w', path.posix.join, path.posix.isAbsolute), undefined);
  assert.equal(resolveOutputDirectory(null, '/w', path.posix.join, path.posix.isAbsolute), undefined);
});

test('a new report file is named from organ and year, without unsafe characters', () => {
  assert.equal(reportFileName('高青县 高城镇/人民政府', '2024'), '高青县高城镇人民政府-2024.nianbao');
  assert.equal(reportFileName('***', '2024'), '报告-2024.nianbao');
  assert.ok(isYear('2024'));
  assert.ok(!isYear('24'));
  assert.ok(!isYear('二〇二四'));
});

test('a new report is for last year, in January as in December', () => {
  assert.equal(reportYear(new Date(2025, 0, 15)), '2024');
  assert.equal(reportYear(new Date(2025, 11, 20)), '2024');
});

test('crashes restart the server a bounded number of times within the window', () => {
  const policy = new RestartPolicy(3, 1000);
  assert.ok(policy.shouldRestart(0));
  assert.ok(policy.shouldRestart(10));
  assert.ok(policy.shouldRestart(20));
  assert.ok(!policy.shouldRestart(30), 'the fourth crash in the window stops restarting');
  assert.ok(policy.shouldRestart(5000), 'old crashes fall out of the window');
  policy.reset();
  assert.ok(policy.shouldRestart(5001));
});

test('the server runs under a UTF-8 locale so Chinese file names can be opened', () => {
  assert.equal(serverEnvironment({ LANG: 'C' }, 'linux').LC_ALL, 'C.UTF-8');
  assert.equal(serverEnvironment({ LANG: 'zh_CN.UTF-8' }, 'linux').LC_ALL, undefined);
  assert.equal(serverEnvironment({}, 'win32').LC_ALL, undefined);
  assert.equal(serverEnvironment({ JAVA_TOOL_OPTIONS: '-Xmx1m', LANG: 'en_US.utf8' }, 'linux').JAVA_TOOL_OPTIONS, undefined);
});

test('a new report file is named by the same rule as the server names it (shared fixture)', () => {
  const fixture = fs.readFileSync(path.resolve(__dirname, '..', '..', 'test', 'organ-file-names.tsv'), 'utf8');
  const cases = fixture.split('\n').filter(line => line && !line.startsWith('#')).map(line => line.split('\t'));
  assert.ok(cases.length >= 8);
  for (const [organ, year, expected] of cases) {
    assert.equal(reportFileName(organ, year), expected, organ);
  }
});

test('a report year is accepted by the same rule as the server\'s (shared fixture)', () => {
  const fixture = fs.readFileSync(path.resolve(__dirname, '..', '..', 'test', 'report-years.tsv'), 'utf8');
  const cases = fixture.split('\n').filter(line => line && !line.startsWith('#')).map(line => line.split('\t'));
  assert.ok(cases.length >= 8);
  for (const [text, expected] of cases) {
    assert.equal(isYear(text), expected === 'yes', text);
  }
});

test('last year\'s report is offered for a new one: the file nianbao new wrote for the organ first', () => {
  const files = [uri('/w/notes-2023.txt'), uri('/w/某镇-2023.nianbao'), uri('/w/旧/某县某镇人民政府-2023.nianbao'),
    uri('/w/某县某镇人民政府-2024.nianbao'), uri('/w/2022.nianbao')];
  assert.deepEqual(lastYearsCandidates(files, '某县某镇人民政府', '2024').map(f => f.fsPath),
    ['/w/旧/某县某镇人民政府-2023.nianbao', '/w/某镇-2023.nianbao']);
  assert.deepEqual(lastYearsCandidates(files, '某县某镇人民政府', '2026'), []);
});
