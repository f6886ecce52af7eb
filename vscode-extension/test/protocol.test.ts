import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import {
  GENERATE_OPTION_KEYS, GENERATE_RESULT_KEYS, generateDocx, PREVIEW_RESULT_KEYS, reportSkeleton, RequestSender, SERVER_COMMANDS,
} from '../src/protocol';

const root = path.resolve(__dirname, '..', '..');
const commands = fs.readFileSync(path.join(root, '..', 'language.ide', 'src', 'main', 'java', 'org', 'nianbao', 'ide',
  'commands', 'NianbaoCommands.java'), 'utf8');
const all = (pattern: RegExp) => [...commands.matchAll(pattern)].map(m => m[1]).sort();

test('the extension knows exactly the commands the server offers', () => {
  const serverIds = all(/public static final String \w+ = "([^"]+)";/g);
  assert.ok(serverIds.length > 0, 'command ids read from NianbaoCommands.java');
  assert.deepEqual([...Object.values(SERVER_COMMANDS)].sort(), serverIds);
});

test('generate options and result keys are the ones the server reads and writes', () => {
  assert.deepEqual([...GENERATE_OPTION_KEYS].sort(), [...new Set(all(/options\.has\("(\w+)"\)/g))].sort());
  const written = new Set([...all(/\.put\("(\w+)"/g), 'error']);
  assert.deepEqual([...GENERATE_RESULT_KEYS].sort(), [...written].sort());
  assert.match(commands, /result\.put\("error", message\)/);
});

test('the preview answer has the keys the server writes', () => {
  const rendering = fs.readFileSync(path.join(root, '..', 'language.ide', 'src', 'main', 'java', 'org', 'nianbao', 'ide',
    'preview', 'PreviewRendering.java'), 'utf8');
  const written = new Set([...rendering.matchAll(/\.put\("(\w+)"/g)].map(m => m[1]));
  assert.deepEqual([...PREVIEW_RESULT_KEYS].sort(), [...written].sort());
});

test('the typed calls send workspace/executeCommand with the command id and its arguments', async () => {
  const sent: unknown[] = [];
  const client: RequestSender = { sendRequest: async (method, params) => { sent.push([method, params]); return 'text'; } };
  await generateDocx(client, ['file:///w/a.nianbao', { force: true }]);
  assert.equal(await reportSkeleton(client, ['某镇人民政府', '2024']), 'text');
  assert.deepEqual(sent, [
    ['workspace/executeCommand', { command: 'nianbao.generateDocx', arguments: ['file:///w/a.nianbao', { force: true }] }],
    ['workspace/executeCommand', { command: 'nianbao.reportSkeleton', arguments: ['某镇人民政府', '2024'] }],
  ]);
});
