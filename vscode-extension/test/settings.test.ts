import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { openSettingCommand } from '../src/settings';

test('打开设置 opens the Remote tab in a remote window (code-server, Remote-SSH, WSL), the User tab otherwise', () => {
  assert.deepEqual(openSettingCommand('ssh-remote', 'nianbao.java.home'),
    { command: 'workbench.action.openRemoteSettings', args: ['nianbao.java.home'] });
  assert.deepEqual(openSettingCommand('localhost:8080', 'nianbao.java.home').command, 'workbench.action.openRemoteSettings');
  assert.deepEqual(openSettingCommand(undefined, 'nianbao.java.home'),
    { command: 'workbench.action.openSettings', args: ['nianbao.java.home'] });
});

test('the setting it opens is machine-scoped (so on the Remote tab in a remote window)', () => {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8'));
  assert.equal(pkg.contributes.configuration.properties['nianbao.java.home'].scope, 'machine');
});
