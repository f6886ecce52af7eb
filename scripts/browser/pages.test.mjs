// The generated report page and the audit page in a real browser (Debian's Chromium driven by playwright-core):
// merged cells and values of the three tables, phone width, sorting and filtering of the audit, its charts.
// Screenshots go to scripts/browser/target/ for people to look at. Needs the built jar (mvn package) and
// /usr/bin/chromium (../shared/tools/install-code-server.sh installs it; CHROMIUM may point elsewhere).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const shots = path.join(here, 'target');
const examples = path.join(repo, 'examples');
const browserPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-pages-'));
const folder = path.join(work, 'county');
let browser;

function nianbao(...args) {
  try {
    return execFileSync(path.join(repo, 'nianbao'), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    if (e.status === 1) return e.stdout; // reports with errors: the exit code says so, the output is still wanted
    throw e;
  }
}

function copy(from, to, edit = text => text) {
  fs.writeFileSync(to, edit(fs.readFileSync(from, 'utf8')));
}

before(async () => {
  assert.ok(fs.existsSync(path.join(repo, 'language.ide', 'target', 'nianbao.jar')), 'build the jar first');
  assert.ok(fs.existsSync(browserPath), `Chromium not found at ${browserPath}`);
  fs.rmSync(shots, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });
  // A county's folder: the examples, two reports with errors, and an office that copied another's part 五.
  fs.mkdirSync(folder, { recursive: true });
  for (const name of fs.readdirSync(examples).filter(n => n.endsWith('.nianbao'))) {
    copy(path.join(examples, name), path.join(folder, name));
  }
  fs.cpSync(path.join(examples, 'county'), path.join(folder, 'county'), { recursive: true });
  fs.rmSync(path.join(folder, 'county', 'hexi-2024.nianbao')); // a member without its report: 缺报
  copy(path.join(examples, 'errors', 'balance-rule-broken.nianbao'), path.join(folder, 'zrzy-2024.nianbao'),
    t => t.replace(/^report \S+/m, 'report 自然资源局2024').replace(/organ "[^"]*"/, 'organ "安和县自然资源局"'));
  copy(path.join(examples, 'errors', 'published-late.nianbao'), path.join(folder, 'jyj-2024.nianbao'),
    t => t.replace(/^report \S+/m, 'report 教育局2024').replace(/organ "[^"]*"/, 'organ "安和县教育局"'));
  copy(path.join(examples, 'anhe-scjg-2024.nianbao'), path.join(folder, 'wjw-2024.nianbao'),
    t => t.replace(/^report \S+/m, 'report 卫健委2024').replace(/organ "[^"]*"/, 'organ "安和县卫生健康委员会"')
      .replace(/^# 一、总体情况\n[\s\S]*?(?=^# 二)/m, '# 一、总体情况\n| 2024年，安和县卫生健康委员会认真落实政务公开各项要求。\n\n'));
  nianbao('generate', path.join(examples, 'anhe-scjg-2024.nianbao'), '--format', 'html', '-o', work);
  nianbao('validate', folder, '--report', path.join(work, 'audit.html'));
  browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** Each table's grid as the browser lays it out: every row must fill the same number of columns, no overlap. */
function gridOf(table) {
  const occupied = [];
  const cells = [];
  Array.from(table.rows).forEach((row, r) => {
    occupied[r] ??= [];
    let c = 0;
    for (const cell of row.cells) {
      while (occupied[r][c]) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        occupied[r + dr] ??= [];
        for (let dc = 0; dc < cell.colSpan; dc++) {
          if (occupied[r + dr][c + dc]) throw new Error(`overlap at ${r + dr},${c + dc}`);
          occupied[r + dr][c + dc] = true;
        }
      }
      cells.push({ row: r, column: c, rowSpan: cell.rowSpan, colSpan: cell.colSpan, text: cell.textContent,
        tag: cell.tagName, scope: cell.getAttribute('scope'), computed: cell.classList.contains('computed') });
      c += cell.colSpan;
    }
  });
  return { widths: occupied.map(r => r.filter(Boolean).length), cells };
}

test('the report page: three tables with the official merged layout and the figures', async () => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const requests = [];
  page.on('request', r => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  await page.goto('file://' + path.join(work, 'anhe-scjg-2024.html'));
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  const tables = await page.$$eval('table.figures', ts => ts.map(t => ({ caption: t.caption.textContent })));
  assert.deepEqual(tables.map(t => t.caption), ['主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况']);
  const grids = await page.$$eval('table.figures', (ts, fn) => ts.map(t => new Function(`return (${fn})`)()(t)), gridOf.toString());
  for (const grid of grids) {
    assert.equal(new Set(grid.widths).size, 1, 'every row fills the same grid: ' + grid.widths);
  }
  const t3 = grids[1].cells;
  const find = text => t3.find(c => c.text === text);
  assert.deepEqual([find('申请人情况').colSpan, find('申请人情况').scope], [7, 'colgroup']);
  assert.equal(find('法人或其他组织').colSpan, 5);
  assert.equal(find('自然人').rowSpan, 2, '自然人 stretches down to the bottom header line');
  assert.equal(find('三、本年度办理结果').rowSpan, 22);
  assert.equal(find('（三）不予公开').rowSpan, 8);
  assert.equal(find('（一）予以公开').colSpan, 2, 'a shallower row stretches its label to the right');
  const rowOf = label => t3.filter(c => c.row === find(label).row && c.tag === 'TD').map(c => c.text);
  assert.deepEqual(rowOf('一、本年新收政府信息公开申请数量'), ['33', '5', '0', '0', '2', '1', '41']);
  const secret = t3.filter(c => c.row === find('1.属于国家秘密').row && c.tag === 'TD');
  assert.equal(secret.at(-1).text, '0');
  assert.ok(secret.at(-1).computed, 'a total left out is computed, and marked so');
  const total = t3.filter(c => c.row === find('（七）总计').row && c.tag === 'TD').map(c => c.text);
  assert.equal(total.at(-1), '43', '办理结果总计 computed by the evaluator');
  const t4 = grids[2].cells;
  assert.equal(t4.find(c => c.text === '行政诉讼').colSpan, 10);
  assert.equal(t4.find(c => c.text === '行政复议').rowSpan, 2, 'the shallower group stretches down');
  assert.deepEqual(requests, [], 'nothing is loaded from elsewhere');
  await page.screenshot({ path: path.join(shots, 'report-desktop.png'), fullPage: true });
  await page.locator('table.figures').nth(1).screenshot({ path: path.join(shots, 'report-table3.png') });
  await page.close();
});

test('the report page at phone width: the wide tables scroll, the page does not', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 });
  await page.goto('file://' + path.join(work, 'anhe-scjg-2024.html'));
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    scrolls: Array.from(document.querySelectorAll('.scroll')).map(s => s.scrollWidth > s.clientWidth + 1),
  }));
  assert.ok(widths.page <= 376, 'the page itself is not wider than the phone: ' + widths.page);
  assert.deepEqual(widths.scrolls.slice(1), [true, true], 'tables 3 and 4 scroll sideways');
  await page.locator('table.figures').nth(1).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'report-phone.png') });
  await page.close();
});

test('the audit page: counts, copied text, missing members, sorting, filtering, charts', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const failures = [];
  page.on('pageerror', e => failures.push(e.message));
  await page.goto('file://' + path.join(work, 'audit.html'));
  const count = id => page.textContent(`#count-${id} .number`).then(Number);
  const files = fs.readdirSync(folder, { recursive: true }).filter(n => String(n).endsWith('.nianbao')).length;
  assert.equal(await page.locator('#reports tbody tr').count(), files);
  assert.ok(await count('with-errors') >= 2, 'the two broken reports');
  assert.equal(await count('late'), 1);
  assert.ok(await count('copied') >= 2, 'the office that copied part 五, and the one it copied');
  const copies = await page.textContent('#copies');
  assert.match(copies, /内容雷同/);
  assert.match(copies, /安和县卫生健康委员会/);
  assert.match(await page.textContent('#missing'), /河西镇2024/);

  const errorsColumn = () => page.$$eval('#reports tbody tr', rows => rows.map(r => Number(r.cells[4].textContent)));
  await page.click('#reports th:nth-child(5) button');
  let errors = await errorsColumn();
  assert.deepEqual(errors, [...errors].sort((a, b) => a - b), 'ascending by errors');
  await page.click('#reports th:nth-child(5) button');
  errors = await errorsColumn();
  assert.deepEqual(errors, [...errors].sort((a, b) => b - a), 'descending by errors');
  assert.ok(errors[0] > 0);
  await page.click('#reports th:nth-child(1) button');
  const organs = await page.$$eval('#reports tbody tr', rows => rows.map(r => r.cells[0].firstChild.textContent));
  assert.deepEqual(organs, [...organs].sort((a, b) => a.localeCompare(b, 'zh-CN')), 'by organ');

  // the measures sort by their percentage; "—" (nothing to measure) stays last in either order
  for (const [column, name] of [[8, '实质公开率'], [12, '新收同比']]) {
    assert.equal(await page.textContent(`#reports th:nth-child(${column}) button`), name);
    const keys = () => page.$$eval('#reports tbody tr', (rows, c) => rows.map(r => r.cells[c - 1].dataset.sort), column);
    await page.click(`#reports th:nth-child(${column}) button`);
    let sorted = await keys();
    const numbers = sorted.filter(k => k !== '').map(Number);
    assert.ok(numbers.length >= 1, `${name}: some report has it`);
    assert.ok(sorted.includes(''), `${name}: some report has none`);
    assert.deepEqual(sorted.slice(0, numbers.length).map(Number), [...numbers].sort((a, b) => a - b), `${name} ascending`);
    assert.ok(sorted.slice(numbers.length).every(k => k === ''), `${name}: — last`);
    await page.click(`#reports th:nth-child(${column}) button`);
    sorted = await keys();
    assert.deepEqual(sorted.slice(0, numbers.length).map(Number), [...numbers].sort((a, b) => b - a), `${name} descending`);
    assert.ok(sorted.slice(numbers.length).every(k => k === ''), `${name}: — still last`);
  }
  assert.match(await page.textContent('#measure-substantive'), /实质公开率\s*[\d.]+%/);

  await page.check('#only-errors');
  const visible = await page.$$eval('#reports tbody tr', rows => rows.filter(r => !r.hidden).map(r => r.dataset.errors));
  assert.equal(visible.length, await count('with-errors'));
  assert.ok(visible.every(e => e !== '0'));
  assert.match(await page.textContent('#shown'), new RegExp(`有错误的 ${visible.length} 份`));

  const bars = await page.$$eval('#chart-results rect.bar', rs => rs.map(r => r.getBoundingClientRect().width));
  assert.equal(bars.length, 6, 'one bar per kind of result');
  assert.ok(bars[0] > 50, 'the largest kind fills the chart');
  assert.ok(await page.locator('#chart-offices rect.bar').count() >= 5);
  assert.ok(await page.locator('#chart-years rect.bar').count() >= 12, 'this year beside last year');

  await page.locator('#reports tbody tr:not([hidden]) a').first().click();
  assert.match(page.url(), /#f-\d+$/);
  const target = page.url().split('#')[1];
  assert.match(await page.textContent(`#${target}`), /第 \d+ 行/);
  assert.ok(await page.locator(`#${target} pre`).count() >= 1, 'the offending source line is shown');
  assert.deepEqual(failures, []);
  await page.uncheck('#only-errors');
  await page.goto('file://' + path.join(work, 'audit.html'));
  await page.screenshot({ path: path.join(shots, 'audit.png'), fullPage: true });
  await page.setViewportSize({ width: 1200, height: 1000 });
  await page.screenshot({ path: path.join(shots, 'audit-top.png') });
  await page.close();
});
