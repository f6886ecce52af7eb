// End-to-end in a real VS Code: code-server driven by playwright-core in Debian's Chromium.
// Installs the packaged .vsix, opens a report with a wrong total, sees the diagnostic in the Problems
// panel and in a hover, hovers a table row, sees the column hints, the table summaries (code lenses) and the editor
// font, opens the preview from a code lens at its table, shows column hints only on rows with a problem, applies the
// quick fix from the light bulb, completes a missing row by name, formats the document, shows the Outline, generates
// the Word document from the command palette (.docx on disk), creates a new report and imports a published .docx
// (the preview switching to each), and reloads the window (the preview restored). Typing in a row leaves its column
// hints and the problem count still. A second test opens one file with no folder (rootUri null): diagnostics and
// generation work there too.
// A screenshot of each step goes to target/e2e; timings to target/e2e/timings.json. With
// NIANBAO_E2E_UPDATE_IMAGES=1 it also refreshes the README's pictures in docs/images (see docs/DEVELOPMENT.md).
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
const single = path.join(work, 'single');
const singleReport = path.join(single, 'wrong-total.nianbao');
const publishedDocx = path.join(workspace, 'pingtan-2023.docx');
const images = path.join(repo, 'docs', 'images');
const updateImages = process.env.NIANBAO_E2E_UPDATE_IMAGES === '1';
let url;
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
  // a published report as LibreOffice writes it, to import
  fs.copyFileSync(path.join(repo, 'language.tests', 'src', 'test', 'resources', 'import', 'pingtan-2023-libreoffice.docx'), publishedDocx);
  // a report opened on its own, without its folder, and last year's report beside it
  fs.mkdirSync(single, { recursive: true });
  fs.writeFileSync(singleReport, wrong);
  fs.copyFileSync(path.join(repo, 'examples', 'anhe-scjg-2023.nianbao'), path.join(single, 'anhe-scjg-2023.nianbao'));
  const settings = JSON.stringify({
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'editor.minimap.enabled': false,
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
  url = `http://127.0.0.1:${port}`;
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

const timings = {};

async function shot(name, image) {
  await page.waitForTimeout(300);
  const file = path.join(shots, `${name}.png`);
  await page.screenshot({ path: file });
  if (image && updateImages) {
    publishImage(file, image);
  }
}

/** A README picture: the screenshot, its colours reduced when pngquant is there (each should stay under 300 KB). */
function publishImage(file, image) {
  const target = path.join(images, image);
  try {
    execFileSync('pngquant', ['--force', '--skip-if-larger', '--quality=70-95', '--output', target, file], { stdio: 'ignore' });
  } catch {
    fs.copyFileSync(file, target); // no pngquant (or it could not do better): the screenshot as it is
  }
  if (!fs.existsSync(target)) {
    fs.copyFileSync(file, target);
  }
  timings.images = { ...timings.images, [image]: fs.statSync(target).size };
}

/** Nianbao: Column Hints…, then the mode by its label. */
async function chooseColumnHints(label) {
  await command('Nianbao: Column Hints…');
  const item = page.locator('.quick-input-widget .monaco-list-row', { hasText: label });
  await item.first().waitFor({ timeout: 30000 });
  await item.first().click();
}

/** The text of the visual line that starts with `start` in the active editor (hints included), or undefined. */
async function viewLine(start) {
  return page.evaluate(s => [...document.querySelectorAll('.monaco-editor .view-lines .view-line')]
    .map(l => l.textContent.replace(/\u00a0/g, ' ')).find(t => t.startsWith(s)), start);
}

async function command(title) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('F1');
    // a window that has just loaded may not take keys yet
    if (await input.waitFor({ timeout: 5000 }).then(() => true, () => false)) break;
    if (attempt === 3) throw new Error(`no command palette for ${title}`);
    await page.locator('.monaco-workbench .part.statusbar').click({ position: { x: 600, y: 5 } }).catch(() => undefined);
  }
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title.split(': ').pop() }).first().waitFor({ timeout: 30000 });
  await page.keyboard.press('Enter');
}

/** Puts the cursor on a 1-based line and column of the active editor. */
async function goTo(line, column = 1) {
  await page.keyboard.press('Control+KeyG');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
}

function lineOf(text, start) {
  return text.split('\n').findIndex(l => l.startsWith(start)) + 1;
}

/** The frame of the preview's webview (code-server nests it in two iframes). */
async function previewFrame() {
  for (let i = 0; i < 120; i++) {
    for (const frame of page.frames()) {
      if (await frame.evaluate(() => !!document.getElementById('report')).catch(() => false)) {
        return frame;
      }
    }
    await page.waitForTimeout(500);
  }
  throw new Error('no preview frame');
}

async function editorText() {
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')];
    return lines.map(l => l.textContent).join('\n');
  });
}

test('the editor shows, fixes, completes, formats, generates and imports a report', { timeout: 480000 }, async () => {
  try {
    await scenario();
  } catch (error) {
    await page.screenshot({ path: path.join(shots, 'failure.png') }).catch(() => undefined);
    throw error;
  } finally {
    fs.writeFileSync(path.join(shots, 'timings.json'), JSON.stringify(timings, null, 2));
  }
});

test('a report opened on its own, without a folder, is checked and generated', { timeout: 240000 }, async () => {
  try {
    await singleFile();
  } catch (error) {
    await page.screenshot({ path: path.join(shots, 'failure-single-file.png') }).catch(() => undefined);
    throw error;
  } finally {
    fs.writeFileSync(path.join(shots, 'timings.json'), JSON.stringify(timings, null, 2));
  }
});

async function scenario() {
  const source = fs.readFileSync(report, 'utf8');
  const opened = Date.now();
  await quickOpen('wrong-total.nianbao');
  // squiggles are drawn for the lines in view only: show the wrong row at once, then wait for its squiggle
  await goTo(lineOf(source, '予以公开'));
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 90000 });
  timings.openToFirstSquiggleMs = Date.now() - opened;
  await page.keyboard.press('Control+Shift+KeyM');
  await page.locator('.markers-panel').waitFor();
  await page.waitForFunction(() => document.querySelector('.markers-panel')?.textContent?.includes('合计不符'), null, { timeout: 90000 });
  const problems = await problemsText();
  assert.match(problems, /合计不符.*总计写为 20，而 自然人 \+ 商业企业 \+ 法律服务机构 \+ 其他 = 14 \+ 3 \+ 1 \+ 1 = 19/);
  await shot('01-diagnostic');
  await page.keyboard.press('Control+Shift+KeyM'); // close the panel again: more editor in the pictures

  // the message of the squiggle, in the hover at the wrong total
  const wrongLine = lineOf(source, '予以公开');
  const wrongColumn = source.split('\n')[wrongLine - 1].lastIndexOf('20') + 1;
  await page.locator('.monaco-editor .view-lines').first().click();
  await goTo(wrongLine, wrongColumn);
  await page.keyboard.press('Control+KeyK');
  await page.keyboard.press('Control+KeyI');
  await page.locator('.monaco-hover:not(.hidden)', { hasText: '合计不符' }).first().waitFor({ timeout: 30000 });
  await shot('02-diagnostic-hover', 'editor-diagnostic.png');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');

  // the font the extension sets for reports: CJK monospace, two columns per Chinese character
  const font = await page.locator('.monaco-editor .view-lines').first().evaluate(e => getComputedStyle(e).fontFamily);
  assert.match(font, /Sarasa Mono SC.*Noto Sans Mono CJK SC/, font);

  // table 3 in view: column hints, and the summary above the table
  const tableLine = lineOf(source, '本年新收');
  await goTo(tableLine + 12);
  await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .codelens-decoration')]
    .some(e => e.textContent.includes('本年新收')), null, { timeout: 60000 });
  const lens = await page.locator('.monaco-editor .codelens-decoration', { hasText: '本年新收' }).first().innerText();
  assert.match(lens, /本年新收 41 · 上年结转 3 · 办理结果 43 · 结转下年 1 · 合计不符 \d+ 处/, lens);
  // column hints, by default on every row
  await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-lines .view-line')]
    .some(l => l.textContent.startsWith('部分公开') && l.textContent.includes('自然人')), null, { timeout: 60000 });
  assert.match(await viewLine('予以公开') ?? '', /自然人.{0,3}14.{0,3}商业企业.{0,3}3/, 'the wrong row is named column by column');
  await shot('03-code-lens-and-column-hints', 'editor-column-hints.png');
  // table 4: all fifteen values named, none cut at editor.inlayHints.maximumLength
  await goTo(lineOf(source, '案件数'));
  await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-lines .view-line')]
    .some(l => l.textContent.startsWith('案件数') && l.textContent.includes('维持')), null, { timeout: 60000 });
  const table4 = await editorText();
  assert.ok(!table4.includes('…'), 'no hint cut short: ' + table4.split('\n').filter(l => l.includes('案件数') || l.includes('维持')).join(' / '));
  await typingHoldsStill(source);
  await goTo(tableLine + 12);
  // only the rows with a problem, chosen with Nianbao: Column Hints…
  await chooseColumnHints('只在有问题的行上');
  await page.waitForFunction(() => {
    const lines = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')].map(l => l.textContent);
    return lines.some(t => t.startsWith('予以公开') && t.includes('自然人'))
      && lines.some(t => t.startsWith('部分公开')) && !lines.some(t => t.startsWith('部分公开') && t.includes('自然人'));
  }, null, { timeout: 30000 });
  await shot('04-column-hints-on-errors');

  // the hover over a row shows each column's value
  await goTo(lineOf(source, '上年结转'), 2);
  await page.keyboard.press('Control+KeyK');
  await page.keyboard.press('Control+KeyI');
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: '二、上年结转' });
  await hover.first().waitFor({ timeout: 30000 });
  await shot('05-hover');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');

  // a click on the summary above table 3 opens the preview at that table, flashed
  await goTo(tableLine + 12);
  await page.locator('.monaco-editor .codelens-decoration a', { hasText: '本年新收' }).first().click();
  const frame = await previewFrame();
  await frame.waitForFunction(() => {
    const table = document.querySelector('#report table.flash');
    const top = table?.getBoundingClientRect().top;
    return table?.querySelector('caption')?.textContent?.includes('收到和处理政府信息公开申请情况')
      && top !== undefined && top >= 0 && top < window.innerHeight / 3;
  }, null, { timeout: 60000 });
  await shot('06-code-lens-preview');

  // the preview beside the source: the report as printed, the wrong total marked
  await command('Nianbao: Open Preview to the Side');
  await frame.waitForFunction(() => document.querySelector('#report .mark-error') !== null
    && document.querySelector('#report')?.textContent?.includes('收到和处理政府信息公开申请情况'), null, { timeout: 60000 });
  // the marked row in view, the table from its left edge (the marked 总计 cell is at its right end)
  await frame.evaluate(() => {
    const mark = document.querySelector('#report .mark-error');
    (mark?.closest('tr') ?? mark)?.scrollIntoView({ block: 'center', inline: 'start' });
  });
  const markTitle = await frame.evaluate(() => document.querySelector('#report .mark-error')?.getAttribute('title'));
  assert.match(markTitle ?? '', /合计不符/);
  const background = await frame.evaluate(() => getComputedStyle(document.querySelector('#report .report')).backgroundColor);
  assert.equal(background, 'rgb(255, 255, 255)', 'paper-white');
  const fits = await frame.evaluate(() => {
    const table = [...document.querySelectorAll('#report table')].find(t => t.querySelector('caption')?.textContent?.includes('收到和处理'));
    const scroll = table?.closest('.scroll');
    const within = table && table.getBoundingClientRect().right <= window.innerWidth + 1;
    const bar = scroll && scroll.scrollWidth > scroll.clientWidth && scroll.offsetHeight - scroll.clientHeight > 0;
    return { within, bar, right: table?.getBoundingClientRect().right, width: window.innerWidth };
  });
  timings.previewTable3 = fits;
  assert.ok(fits.within || fits.bar, 'table 3 fits the preview or scrolls with a visible bar: ' + JSON.stringify(fits));
  await goTo(wrongLine);
  await shot('07-preview-wrong-total', 'editor-preview.png');
  // a click on the marked cell puts the cursor on that value (not at column 1 of the row)
  await goTo(1);
  // the preview follows the cursor to the top: click once it has scrolled there and the cell stands still
  const still = () => frame.waitForFunction(() => new Promise(resolve => {
    const at = () => JSON.stringify([window.scrollY, document.querySelector('#report td.mark-error')?.getBoundingClientRect()]);
    const before = at();
    setTimeout(() => resolve(at() === before), 500);
  }), null, { timeout: 30000 });
  const cell = frame.locator('#report td.mark-error').first();
  const onLine = l => document.querySelector('[id="status.editor.selection"]')?.textContent?.includes(`Ln ${l},`);
  for (let attempt = 0; ; attempt++) {
    await still();
    await cell.scrollIntoViewIfNeeded();
    await still();
    await cell.click();
    // a click the page took while it still moved is lost: once more (where the cursor lands is asserted below)
    timings.previewClickAttempts = attempt + 1;
    if (await page.waitForFunction(onLine, wrongLine, { timeout: 15000 }).then(() => true, () => false)) break;
    if (attempt === 1) throw new Error('the click on the preview cell moved no cursor');
  }
  const cursor = await page.locator('[id="status.editor.selection"]').innerText();
  assert.match(cursor, new RegExp(`Ln ${wrongLine}, Col ${wrongColumn}\\b`), cursor);

  // the quick fix of the wrong total, from the light bulb
  await goTo(wrongLine, wrongColumn);
  // VS Code 1.100 draws the bulb in the gutter when the line is long; either way it is a light-bulb codicon
  const bulb = page.locator('.monaco-editor [class*="lightbulb"], .monaco-editor [class*="light-bulb"]').filter({ visible: true });
  const clicked = await bulb.first().waitFor({ timeout: 15000 }).then(() => bulb.first().click()).then(() => true, () => false);
  if (!clicked) {
    await page.keyboard.press('Control+Period'); // the same menu as the bulb's
  }
  timings.quickFixFrom = clicked ? 'light bulb' : 'Ctrl+.';
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: '改为计算值 19' });
  await fix.first().waitFor({ timeout: 30000 });
  assert.equal(await page.locator('.action-widget .monaco-list-row', { hasText: '改为计算值' }).count(), 1, 'one fix, at the cause');
  await shot('08-quick-fix');
  const edited = Date.now();
  await page.keyboard.press('Enter'); // the only fix, focused
  await frame.waitForFunction(() => document.querySelector('#report .mark-error') === null, null, { timeout: 60000 });
  timings.editToPreviewRefreshedMs = Date.now() - edited;
  await page.waitForFunction(() => !document.querySelector('.monaco-editor .squiggly-error'), null, { timeout: 60000 });
  await frame.evaluate(() => document.querySelector('#report table')?.scrollIntoView({ block: 'start' }));
  await shot('09-fixed-and-preview');

  // completion of a missing row by its name, aligned with its table
  const queryLine = lineOf(source, '行政查询事项');
  await goTo(queryLine);
  // the row's text replaced by the start of its name (Shift+End selects the whole line, also a wrapped one)
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('行政查');
  await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-lines .view-line')]
    .some(l => l.textContent.replace(/\u00a0/g, ' ') === '行政查'), null, { timeout: 10000 });
  // typing may have opened the suggestions already; else Ctrl+Space
  const suggestion = page.locator('.suggest-widget.visible .monaco-list-row', { hasText: '行政查询事项' });
  if (!await suggestion.first().waitFor({ timeout: 3000 }).then(() => true, () => false)) {
    await page.keyboard.press('Control+Space');
  }
  await suggestion.first().waitFor({ timeout: 30000 });
  await page.locator('.suggest-widget.visible .monaco-list-row.focused', { hasText: '行政查询事项' }).waitFor({ timeout: 10000 });
  await shot('10-completion');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.monaco-editor .view-lines')?.textContent?.includes('行政查询事项'), null,
    { timeout: 10000 });

  // Format Document lines the table up again after a careless edit
  const rowLine = lineOf(source, '第三方合法权益');
  await goTo(rowLine);
  await page.keyboard.press('Control+KeyL');
  await page.keyboard.type('第三方合法权益 2 1 0 0 0 0 3\n');
  await command('Format Document');
  await page.keyboard.press('Control+KeyS');
  await page.waitForFunction(() => document.querySelector('.monaco-editor .view-lines')?.textContent?.includes('第三方合法权益    2 1'), null,
    { timeout: 30000 }).catch(() => undefined);
  await page.waitForTimeout(1000);
  const saved = fs.readFileSync(report, 'utf8');
  assert.ok(saved.includes('\n第三方合法权益    2 1 0 0 0 0  3\n'), 'formatted: ' + saved.split('\n')[rowLine - 1]);
  assert.ok(saved.includes('\n行政查询事项      0 0 0 0 0 0  =\n'), 'completed and aligned: ' + saved.split('\n')[queryLine - 1]);
  await shot('11-formatted');

  // the Outline view lists the parts
  await command('Explorer: Focus on Outline View');
  await page.locator('.outline-pane .monaco-list-row', { hasText: '一、总体情况' }).first().waitFor({ timeout: 30000 });
  await shot('12-outline');

  await command('Nianbao: Generate Word Document');
  const docx = path.join(workspace, 'wrong-total.docx');
  const toast = page.locator('.notifications-toasts .notification-toast.notification-fade-in-done', { hasText: '已生成' });
  await toast.waitFor({ timeout: 60000 });
  await shot('13-generated');
  assert.ok(fs.existsSync(docx), `${docx} on disk`);
  const header = fs.readFileSync(docx).subarray(0, 2).toString('latin1');
  assert.equal(header, 'PK', 'a .docx is a zip archive');
  await page.keyboard.press('Escape');
  if (updateImages) {
    renderDocumentPage(docx);
  }

  // a new report from the command palette: organ and year asked, the skeleton opened, the preview follows it
  await recordPreviewStates(frame);
  await command('Nianbao: New Annual Report');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await input.fill('安和县某某镇人民政府');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  await input.fill('2024');
  await page.keyboard.press('Enter');
  // the workspace holds a 2023 report: offered as last year's (first), with 不引用上年报告 last; here none is taken
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('.quick-input-widget .monaco-list-row')].map(r => r.textContent);
    return rows.length >= 2 && rows[0].includes('anhe-scjg-2023.nianbao') && rows[rows.length - 1].includes('不引用上年报告');
  }, null, { timeout: 30000 });
  await input.fill('不引用上年报告');
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.monaco-editor .view-lines')?.textContent?.includes('安和县某某镇人民政府'),
    null, { timeout: 60000 });
  await previewSwitchedTo(frame, /^(?!.*wrong-total).*\.nianbao$/, '安和县市场监督管理局');
  await shot('14-new-report');
  await paragraphs();
  // the preview follows those edits: let it settle before the next step watches its states
  await frame.waitForFunction(() => document.body.dataset.state === 'shown'
    && /\|?\s*全年没有收到申请/.test(document.getElementById('report').textContent), null, { timeout: 30000 });
  await page.waitForTimeout(2000);

  // import a published Word document through the file picker (code-server's own dialog takes a typed path)
  await recordPreviewStates(frame);
  await command('Nianbao: Import Report…');
  const picker = page.locator('.quick-input-widget .quick-input-box input');
  await picker.waitFor();
  await page.waitForFunction(() => document.querySelector('.quick-input-widget .quick-input-box input')?.value?.startsWith('/'), null,
    { timeout: 30000 });
  await picker.fill(publishedDocx);
  await page.waitForTimeout(500);
  await page.keyboard.press('Enter');
  const imported = path.join(workspace, 'pingtan-2023.nianbao');
  // the editor's tab (the preview beside it follows and is titled 预览 pingtan-2023.nianbao as well)
  await page.locator('.tabs-container .tab.active[data-resource-name="pingtan-2023.nianbao"]').waitFor({ timeout: 60000 });
  assert.ok(fs.existsSync(imported), `${imported} on disk`);
  assert.match(fs.readFileSync(imported, 'utf8'), /nianbao import/);
  await page.waitForFunction(() => document.querySelector('.monaco-editor .view-lines')?.textContent?.includes('pingtan'), null,
    { timeout: 30000 });
  await previewSwitchedTo(frame, /pingtan-2023\.nianbao$/, '安和县某某镇人民政府');
  await shot('15-imported');

  await previewRestored();
}

/**
 * After a window reload (Developer: Reload Window, which saves the window's state first) the preview is back, showing
 * the report it showed. The extension activates for the restored panel and starts its server first: a generous
 * bound, polled, every frame asked with its own short timeout (a frame still loading does not answer).
 */
async function previewRestored() {
  // marks on the page and the preview before: neither may be taken for the reloaded ones
  await page.evaluate(() => { window.nianbaoBeforeReload = true; });
  for (const frame of page.frames()) {
    await frame.evaluate(() => { window.nianbaoBeforeReload = true; }).catch(() => undefined);
  }
  await command('Developer: Reload Window');
  await page.waitForFunction(() => !window.nianbaoBeforeReload && document.querySelector('.monaco-workbench'), null,
    { timeout: 120000, polling: 500 });
  const started = Date.now();
  let restored;
  while (!restored && Date.now() - started < 180000) {
    for (const frame of page.frames()) {
      const state = await Promise.race([
        frame.evaluate(() => document.getElementById('report') && !window.nianbaoBeforeReload
          ? { state: document.body.dataset.state, source: document.body.dataset.source } : null)
          .catch(() => null),
        new Promise(resolve => setTimeout(() => resolve(null), 2000)),
      ]);
      if (state?.state === 'shown' && /pingtan-2023\.nianbao$/.test(state.source ?? '')) {
        restored = frame;
        break;
      }
    }
    if (!restored) {
      await page.waitForTimeout(1000);
    }
  }
  assert.ok(restored, 'the preview restored after the reload, showing pingtan-2023.nianbao');
  timings.reloadToPreviewRestoredMs = Date.now() - started;
  assert.match(await restored.evaluate(() => document.getElementById('report').textContent), /收到和处理政府信息公开申请情况/);
  await shot('15b-preview-restored');
}

/**
 * Typing over a row's last value (the total deleted, a wrong one typed, deleted, the right one again), a key every
 * 150 ms: every column hint of the row stays, uncut, in every frame drawn, and the problem count never changes
 * (half-typed states are not shown).
 */
async function typingHoldsStill(source) {
  const start = '部分公开';
  const line = lineOf(source, start);
  await goTo(line);
  await page.keyboard.press('End');
  const labels = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
  await page.waitForFunction(([s, all]) => [...document.querySelectorAll('.monaco-editor .view-lines .view-line')]
    .some(l => l.textContent.startsWith(s) && all.every(a => l.textContent.includes(a))), [start, labels], { timeout: 60000 });
  await page.waitForTimeout(1500); // the hints and the problems settled after the cursor moved
  await page.evaluate(s => {
    window.nianbaoKeys = [];
    document.addEventListener('keydown', () => window.nianbaoKeys.push(Math.round(performance.now())), true);
    window.nianbaoSamples = [];
    window.nianbaoSampling = true;
    const tick = () => {
      const text = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')]
        .map(l => l.textContent.replace(/\u00a0/g, ' ')).find(t => t.startsWith(s));
      const problems = document.querySelector('[id="status.problems"]')?.getAttribute('aria-label');
      const last = window.nianbaoSamples.at(-1);
      if (!last || last.text !== text || last.problems !== problems) {
        window.nianbaoSamples.push({ t: Math.round(performance.now()), text, problems });
      }
      if (window.nianbaoSampling) requestAnimationFrame(tick);
    };
    tick();
  }, start);
  for (const key of ['Backspace', '5', 'Backspace', '4']) {
    await page.keyboard.press(key);
    await page.waitForTimeout(100);
  }
  // the hints' hold ends 0.9 s after the last key, the diagnostics' 0.5 s: sample past both
  await page.waitForTimeout(3000);
  const { samples, keys } = await page.evaluate(() => {
    window.nianbaoSampling = false;
    return { samples: window.nianbaoSamples, keys: window.nianbaoKeys };
  });
  timings.typingSamples = samples.length;
  const drawn = samples.filter(x => x.text !== undefined);
  assert.ok(drawn.some(x => / 5$/.test(x.text)) && / 4$/.test(drawn.at(-1).text), 'the keys arrived: ' + JSON.stringify(samples));
  for (const sample of drawn) {
    assert.ok(labels.every(l => sample.text.includes(l)) && !sample.text.includes('…'),
      'every hint, uncut: ' + JSON.stringify(sample) + ' of ' + JSON.stringify(samples));
  }
  // the diagnostics wait for a pause of 0.5 s: only keys that came faster than that say whether they held
  const slowest = Math.max(...keys.slice(1).map((k, i) => k - keys[i]));
  timings.typingSlowestKeyMs = slowest;
  if (keys.length === 4 && slowest < 400) {
    assert.equal(new Set(samples.map(x => x.problems)).size, 1,
      'the problem count held still: ' + JSON.stringify({ keys, samples }));
  }
  await shot('03b-typing-holds-still');
}

/** In the new report: Enter continues a "| " line; a line typed without it is one diagnostic, fixed by its quick fix. */
async function paragraphs() {
  // the new report as saved (the rendered lines are only those on screen, in no guaranteed order)
  const saved = fs.readdirSync(workspace).filter(f => f.endsWith('.nianbao'))
    .map(f => fs.readFileSync(path.join(workspace, f), 'utf8')).find(t => t.includes('安和县某某镇人民政府') && t.includes('【待填写】'));
  assert.ok(saved, 'the new report on disk');
  // a paragraph of part 一 (the preface is no part: a line there without "| " is still a syntax error)
  const lines = saved.split('\n');
  const part = lines.findIndex(l => l.startsWith('# '));
  const line = lines.findIndex((l, i) => i > part && l.startsWith('| ')) + 1;
  assert.ok(part >= 0 && line > 0, 'a paragraph of part 一 in the skeleton');
  await goTo(line);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('续写的段落。');
  await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-lines .view-line')]
    .some(l => l.textContent.replace(/\u00a0/g, ' ') === '| 续写的段落。'), null, { timeout: 10000 });
  // Shift+Enter: a plain line, typed without the bar; not while suggestions the typing opened are up (Shift+Enter
  // is theirs then)
  await page.waitForTimeout(500); // the typed text settles before the next key (it arrives as one insertText)
  if (await page.locator('.suggest-widget.visible').count() > 0) {
    await page.keyboard.press('Escape');
  }
  await page.waitForFunction(() => !document.querySelector('.suggest-widget.visible'), null, { timeout: 10000 });
  await page.keyboard.press('Shift+Enter');
  await page.waitForTimeout(500);
  await page.keyboard.type('全年没有收到申请');
  await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-lines .view-line')]
    .some(l => l.textContent.replace(/\u00a0/g, ' ') === '全年没有收到申请'), null, { timeout: 10000 });
  await page.keyboard.press('Control+Shift+KeyM');
  await page.waitForFunction(() => document.querySelector('.markers-panel')?.textContent?.includes('正文段落要以'), null, { timeout: 60000 });
  const problems = await problemsText();
  assert.equal((problems.match(/正文段落要以/g) ?? []).length, 1, 'one diagnostic for the line: ' + problems);
  assert.doesNotMatch(problems, /表格中没有名为“全年没有收到申请”|不应填写表格数据/, problems);
  await shot('14b-prose-without-bar');
  await page.keyboard.press('Control+Shift+KeyM');
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+Period');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: '在行首加上' });
  await fix.first().waitFor({ timeout: 30000 });
  // the menu's pointer guard takes clicks for a moment: choose the focused fix with the keyboard, as a user would
  await page.locator('.action-widget .monaco-list-row.focused', { hasText: '在行首加上' }).waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-lines .view-line')]
    .some(l => l.textContent.replace(/\u00a0/g, ' ') === '| 全年没有收到申请'), null, { timeout: 10000 });
}

/** From now on, the preview's states (loading or shown, and which report) in the order the page went through them. */
async function recordPreviewStates(frame) {
  await frame.evaluate(() => {
    window.nianbaoStates = [];
    new MutationObserver(() => window.nianbaoStates.push({
      state: document.body.dataset.state, source: document.body.dataset.source,
      text: document.getElementById('report').textContent.slice(0, 200),
    })).observe(document.getElementById('report'), { childList: true });
  });
}

/** The preview went to the new report: first a neutral state (never the report shown before), then its rendering. */
async function previewSwitchedTo(frame, source, oldText) {
  await frame.waitForFunction(s => document.body.dataset.state === 'shown' && new RegExp(s).test(document.body.dataset.source ?? ''),
    source.source, { timeout: 60000 });
  const states = await frame.evaluate(() => window.nianbaoStates);
  assert.ok(states.length > 0, 'the preview changed');
  assert.equal(states[0].state, 'loading', `a neutral state first: ${JSON.stringify(states[0])}`);
  assert.match(states[0].source, source);
  for (const state of states) {
    assert.ok(!state.text.includes(oldText), `never the report shown before: ${JSON.stringify(state)}`);
  }
}

/** The README's picture of the generated document: the page with table 3, rendered through LibreOffice. */
function renderDocumentPage(docx) {
  const out = path.join(work, 'rendered');
  let pdf;
  try {
    pdf = execFileSync(path.join(repo, 'scripts', 'render.sh'), [docx, out], { encoding: 'utf8' }).split('\n')[0].trim();
  } catch (e) {
    console.log(`not rendered (scripts/render.sh needs LibreOffice and poppler-utils): ${e.message}`);
    return;
  }
  const pages = fs.readdirSync(out).filter(f => f.endsWith('.png'))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)[1]) - Number(/-(\d+)\.png$/.exec(b)[1]));
  // the page whose text has table 3's column heading
  const index = pages.findIndex((_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), pdf, '-'],
    { encoding: 'utf8' }).includes('申请人情况'));
  assert.ok(index >= 0, 'table 3 is on a page of the generated document');
  publishImage(path.join(out, pages[index]), 'document-page.png');
}

async function singleFile() {
  // a new window with no folder and one file, as after a double-click on the report: VS Code's web payload openFile
  await page.goto('about:blank');
  await page.waitForTimeout(1000);
  const opened = Date.now();
  const file = `vscode-remote://${new URL(url).host}${singleReport}`;
  await page.goto(`${url}/?ew=true&payload=${encodeURIComponent(JSON.stringify([['openFile', file]]))}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  const tab = page.locator('.tabs-container .tab.active[data-resource-name="wrong-total.nianbao"]');
  if (!await tab.waitFor({ timeout: 30000 }).then(() => true, () => false)) {
    // else through File: Open File… (code-server's own dialog takes a typed path)
    timings.singleFileOpenedBy = 'Open File dialog';
    await command('File: Open File...');
    const picker = page.locator('.quick-input-widget .quick-input-box input');
    await page.waitForFunction(() => document.querySelector('.quick-input-widget .quick-input-box input')?.value?.startsWith('/'), null,
      { timeout: 30000 });
    await picker.fill(singleReport);
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    await tab.waitFor({ timeout: 60000 });
  }
  assert.equal(await page.locator('.explorer-folders-view .monaco-list-row').count(), 0, 'no folder is open');
  const source = fs.readFileSync(singleReport, 'utf8');
  await page.locator('.monaco-editor .view-lines').first().waitFor();
  await page.locator('.monaco-editor .view-lines').first().click();
  await goTo(lineOf(source, '予以公开'));
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 90000 });
  timings.singleFileOpenToFirstSquiggleMs = Date.now() - opened;
  await page.keyboard.press('Control+Shift+KeyM');
  await page.waitForFunction(() => document.querySelector('.markers-panel')?.textContent?.includes('合计不符'), null, { timeout: 90000 });
  const problems = await problemsText();
  // last year's report, named by its path, is found beside the file: no complaint about it
  assert.doesNotMatch(problems, /no-previous-report|report-not-found|previous-year-mismatch/, problems);
  await shot('16-single-file-diagnostic');
  await page.keyboard.press('Control+Shift+KeyM');

  await command('Nianbao: Generate Word Document');
  // the report has an error: the dialog's default is the safe button; it says draft and names the first error
  const anyway = page.locator('.monaco-dialog-box .monaco-button', { hasText: '仍然生成' });
  await anyway.waitFor({ timeout: 30000 });
  const dialog = await page.locator('.monaco-dialog-box').innerText();
  assert.match(dialog, /草稿/, dialog);
  assert.match(dialog, /第一个错误（第 \d+ 行）：合计不符/, dialog);
  const focused = await page.evaluate(() => document.activeElement?.closest('.monaco-dialog-box') ? document.activeElement.textContent : '');
  assert.match(focused ?? '', /查看问题/, 'the focused (default) button is the safe one');
  await shot('16b-generate-dialog');
  await anyway.click();
  const toast = page.locator('.notifications-toasts .notification-toast.notification-fade-in-done', { hasText: '已生成' });
  await toast.waitFor({ timeout: 60000 });
  const docx = path.join(single, 'wrong-total.docx');
  assert.ok(fs.existsSync(docx), `${docx} beside the report`);
  await shot('17-single-file-generated');
}
