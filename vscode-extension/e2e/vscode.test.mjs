// End-to-end in a real VS Code: code-server driven by playwright-core in Debian's Chromium.
// Installs the packaged .vsix, opens a report with a wrong total, sees the diagnostic in the Problems
// panel, fixes it, generates the Word document from the command palette and finds the .docx on disk.
// Needs ../shared/tools/install-code-server.sh to have run (CODE_SERVER may point elsewhere).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const extensionDir = path.resolve(here, '..');
const repo = path.resolve(extensionDir, '..');
const vsix = path.join(extensionDir, 'target', 'nianbao.vsix');
const shots = path.join(extensionDir, 'target', 'e2e');
const codeServer = process.env.CODE_SERVER ?? path.join(os.homedir(), '.cache', 'code-server-e2e', 'node_modules', '.bin', 'code-server');
const browserPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

function javaHome() {
  if (process.env.JAVA_HOME && fs.existsSync(path.join(process.env.JAVA_HOME, 'bin', 'java'))) {
    return process.env.JAVA_HOME;
  }
  const java = fs.realpathSync(execFileSync('which', ['java'], { encoding: 'utf8' }).trim());
  return path.dirname(path.dirname(java));
}

function freePort() {
  return new Promise(resolve => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-e2e-'));
const workspace = path.join(work, 'workspace');
const userData = path.join(work, 'user');
const extensions = path.join(work, 'extensions');
const report = path.join(workspace, 'wrong-total.nianbao');
let server;
let browser;
let page;

before(async () => {
  assert.ok(fs.existsSync(vsix), `package the extension first: ${vsix}`);
  assert.ok(fs.existsSync(codeServer), `install code-server first (../shared/tools/install-code-server.sh): ${codeServer}`);
  fs.mkdirSync(workspace, { recursive: true });
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.rmSync(shots, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });
  const example = fs.readFileSync(path.join(repo, 'examples', 'anhe-scjg-2024.nianbao'), 'utf8');
  const wrong = example.replace(/^予以公开(\s+)14 3 0 0 1 1 19$/m, '予以公开$114 3 0 0 1 1 20');
  assert.notEqual(wrong, example);
  fs.writeFileSync(report, wrong);
  // the example names last year's report by relative path
  fs.copyFileSync(path.join(repo, 'examples', 'anhe-scjg-2023.nianbao'), path.join(workspace, 'anhe-scjg-2023.nianbao'));
  const settings = JSON.stringify({
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'nianbao.java.home': javaHome(),
  }, null, 2);
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), settings);
  // machine-scoped settings (nianbao.java.home) are read from the remote side's Machine settings
  fs.mkdirSync(path.join(userData, 'Machine'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'Machine', 'settings.json'), settings);
  execFileSync(codeServer, ['--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix], { stdio: 'ignore' });
  const port = await freePort();
  server = spawn(codeServer, ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userData,
    '--extensions-dir', extensions, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace],
  { detached: true, stdio: 'ignore', env: { ...process.env, VSCODE_CLI: '1' } });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch { /* not up yet */ }
    await new Promise(r => setTimeout(r, 500));
  }
  browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
});

after(async () => {
  if (page) {
    await page.goto('about:blank').catch(() => undefined);
    await new Promise(r => setTimeout(r, 1000));
  }
  await browser?.close().catch(() => undefined);
  if (server) {
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* gone */ }
  }
});

async function quickOpen(name) {
  await page.keyboard.press('Control+KeyP');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 30000 });
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

async function problemsText() {
  return page.locator('.markers-panel').innerText();
}

test('a wrong total is shown, fixed, and the Word document generated', { timeout: 240000 }, async () => {
  try {
    await scenario();
  } catch (error) {
    await page.screenshot({ path: path.join(shots, 'failure.png') }).catch(() => undefined);
    throw error;
  }
});

async function scenario() {
  await quickOpen('wrong-total.nianbao');
  await page.keyboard.press('Control+Shift+KeyM');
  await page.locator('.markers-panel').waitFor();
  await page.waitForFunction(() => document.querySelector('.markers-panel')?.textContent?.includes('合计不符'), null, { timeout: 90000 });
  const problems = await problemsText();
  assert.match(problems, /合计不符.*总计写为 20，而 自然人 \+ 商业企业 \+ 法律服务机构 \+ 其他 = 14 \+ 3 \+ 1 \+ 1 = 19/);
  await page.screenshot({ path: path.join(shots, '1-diagnostic.png') });

  // fix the figure in the editor: go to the line, replace it
  const line = fs.readFileSync(report, 'utf8').split('\n').findIndex(l => l.startsWith('予以公开')) + 1;
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+KeyG');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('予以公开 14 3 0 0 1 1 19');
  await page.keyboard.press('Control+KeyS');
  await page.waitForFunction(() => !document.querySelector('.markers-panel')?.textContent?.includes('合计不符'), null, { timeout: 30000 });
  await page.screenshot({ path: path.join(shots, '2-fixed.png') });

  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.fill('>Nianbao: Generate Word Document');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Generate Word Document' }).first().waitFor();
  await page.keyboard.press('Enter');
  const docx = path.join(workspace, 'wrong-total.docx');
  const toast = page.locator('.notifications-toasts .notification-toast.notification-fade-in-done', { hasText: '已生成' });
  await toast.waitFor({ timeout: 60000 });
  await page.screenshot({ path: path.join(shots, '3-generated.png') });
  assert.ok(fs.existsSync(docx), `${docx} on disk`);
  const header = fs.readFileSync(docx).subarray(0, 2).toString('latin1');
  assert.equal(header, 'PK', 'a .docx is a zip archive');
}
