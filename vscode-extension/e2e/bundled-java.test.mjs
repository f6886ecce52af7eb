// End-to-end of the linux-x64 package on a system without Java: code-server started with a PATH that holds only
// node (no /usr/bin, no /bin), JAVA_HOME and JDK_HOME unset and no nianbao.java.home, installs
// target/nianbao-linux-x64.vsix (mvn -P bundled-java package) and must show the diagnostic of a wrong total: the
// server can only have run on the Java inside the package. Opt-in, it is not part of `npm run e2e`'s default run:
//   NIANBAO_E2E_BUNDLED=1 node --test e2e/bundled-java.test.mjs     (npm run e2e:bundled)
// Needs ../shared/tools/install-code-server.sh to have run (CODE_SERVER may point elsewhere).
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const extensionDir = path.resolve(here, '..');
const repo = path.resolve(extensionDir, '..');
const vsix = path.join(extensionDir, 'target', 'nianbao-linux-x64.vsix');
const shots = path.join(extensionDir, 'target', 'e2e-bundled');
const codeServer = process.env.CODE_SERVER ?? path.join(os.homedir(), '.cache', 'code-server-e2e', 'node_modules', '.bin', 'code-server');
const browserPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

function freePort() {
  return new Promise(resolve => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The environment of a machine with node but no Java: PATH is one folder holding a link to node. */
function withoutJava(work) {
  const bin = path.join(work, 'bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.symlinkSync(process.execPath, path.join(bin, 'node'));
  const env = { ...process.env, PATH: bin, VSCODE_CLI: '1' };
  delete env.JAVA_HOME;
  delete env.JDK_HOME;
  const found = spawnSync('/usr/bin/env', ['java', '-version'], { env });
  assert.notEqual(found.status, 0, 'java must not be found on the PATH of this test');
  return env;
}

test('the linux-x64 package checks a report with no Java on the system', { skip: process.env.NIANBAO_E2E_BUNDLED !== '1', timeout: 300000 }, async () => {
  assert.ok(fs.existsSync(vsix), `package the platform extension first (mvn -P bundled-java package): ${vsix}`);
  assert.ok(fs.existsSync(codeServer), `install code-server first (../shared/tools/install-code-server.sh): ${codeServer}`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-e2e-bundled-'));
  const workspace = path.join(work, 'workspace');
  const userData = path.join(work, 'user');
  const extensions = path.join(work, 'extensions');
  fs.mkdirSync(workspace, { recursive: true });
  fs.rmSync(shots, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });
  const example = fs.readFileSync(path.join(repo, 'examples', 'anhe-scjg-2024.nianbao'), 'utf8');
  const wrong = example.replace(/^予以公开(\s+)14 3 0 0 1 1 19$/m, '予以公开$114 3 0 0 1 1 20');
  assert.notEqual(wrong, example);
  fs.writeFileSync(path.join(workspace, 'wrong-total.nianbao'), wrong);
  fs.copyFileSync(path.join(repo, 'examples', 'anhe-scjg-2023.nianbao'), path.join(workspace, 'anhe-scjg-2023.nianbao'));
  const settings = JSON.stringify({
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
  }, null, 2);
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), settings);
  const env = withoutJava(work);
  execFileSync(process.execPath, [codeServer, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix],
    { stdio: 'ignore', env });
  const port = await freePort();
  const server = spawn(process.execPath, [codeServer, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userData,
    '--extensions-dir', extensions, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace],
  { detached: true, stdio: 'ignore', env });
  const url = `http://127.0.0.1:${port}`;
  let browser;
  let page;
  try {
    for (let i = 0; i < 240; i++) {
      try {
        if ((await fetch(`${url}/healthz`)).ok) break;
      } catch { /* not up yet */ }
      await new Promise(r => setTimeout(r, 500));
    }
    browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`, { timeout: 120000, waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench', { timeout: 120000 });
    await page.keyboard.press('Control+KeyP');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill('wrong-total.nianbao');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'wrong-total.nianbao' }).first().waitFor({ timeout: 30000 });
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines').first().waitFor();
    await page.keyboard.press('Control+Shift+KeyM');
    await page.locator('.markers-panel').waitFor();
    await page.waitForFunction(() => document.querySelector('.markers-panel')?.textContent?.includes('合计不符'), null, { timeout: 150000 });
    assert.match(await page.locator('.markers-panel').innerText(), /合计不符.*总计写为 20/);
    await page.screenshot({ path: path.join(shots, 'bundled-java-diagnostic.png') });
  } catch (error) {
    await page?.screenshot({ path: path.join(shots, 'failure.png') }).catch(() => undefined);
    throw error;
  } finally {
    await browser?.close().catch(() => undefined);
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* gone */ }
  }
});
