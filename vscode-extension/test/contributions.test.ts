import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(__dirname, '..', '..');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

test('package.json contributes the language, grammar, commands, menus and settings', () => {
  const pkg = read('package.json');
  const c = pkg.contributes;
  assert.deepEqual(c.languages[0].extensions, ['.nianbao']);
  assert.equal(c.languages[0].configuration, './language-configuration.json');
  assert.equal(c.grammars[0].scopeName, 'source.nianbao');
  assert.deepEqual(c.commands.map((x: { command: string }) => x.command).sort(),
    ['nianbao.chooseColumnHints', 'nianbao.generateWordDocument', 'nianbao.importPublishedReport', 'nianbao.newReport', 'nianbao.openPreviewAt', 'nianbao.openPreviewToSide',
      'nianbao.restartServer', 'nianbao.showServerLog']);
  assert.deepEqual(c.keybindings[0], { command: 'nianbao.openPreviewToSide', key: 'ctrl+k v', mac: 'cmd+k v',
    when: 'editorLangId == nianbao' });
  assert.ok(c.menus['editor/title'].some((m: { command: string }) => m.command === 'nianbao.openPreviewToSide'));
  assert.ok(c.commands.every((x: { category: string }) => x.category === 'Nianbao'));
  assert.ok(c.menus['editor/title'].every((m: { when: string }) => m.when === 'editorLangId == nianbao'));
  assert.equal(c.menus['explorer/context'][0].when, 'resourceExtname == .nianbao');
  // import is offered on the published reports' own files: Word documents, saved web pages, Markdown and PDF
  const importEntry = c.menus['explorer/context'].find((m: { command: string }) => m.command === 'nianbao.importPublishedReport');
  const when = new RegExp(/=~ \/(.*)\/$/.exec(importEntry.when)![1]);
  for (const ext of ['.docx', '.doc', '.html', '.htm', '.md', '.pdf', '.DOCX', '.DOC', '.PDF']) {
    assert.match(ext, when);
  }
  for (const ext of ['.nianbao', '.txt', '.docx.bak', '.pdf.bak']) {
    assert.doesNotMatch(ext, when);
  }
  assert.ok(pkg.activationEvents.includes('onCommand:nianbao.importPublishedReport'));
  assert.equal(c.configuration.properties['nianbao.java.home'].scope, 'machine');
  assert.ok('nianbao.server.vmargs' in c.configuration.properties);
  assert.ok('nianbao.output.directory' in c.configuration.properties);
  assert.ok(pkg.activationEvents.includes('onLanguage:nianbao'));
  const hints = c.configuration.properties['nianbao.inlayHints.columns'];
  assert.deepEqual([hints.enum, hints.default], [['all', 'errors', 'off'], 'all']);
});

test('reports open in a CJK monospace font that draws a Chinese character two columns wide', () => {
  const font: string = read('package.json').contributes.configurationDefaults['[nianbao]']['editor.fontFamily'];
  const faces = font.split(',').map(f => f.trim().replace(/'/g, ''));
  assert.deepEqual(faces.slice(0, 3), ['Sarasa Mono SC', 'Sarasa Term SC', 'Noto Sans Mono CJK SC']);
  assert.equal(faces[faces.length - 1], 'monospace', 'a generic family last');
});

test('the Marketplace listing has what vsce asks for, and the snippets are valid', () => {
  const pkg = read('package.json');
  assert.ok(fs.existsSync(path.join(root, pkg.icon)), pkg.icon);
  assert.ok(pkg.keywords.length >= 3 && pkg.categories.includes('Snippets'));
  assert.ok(fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8').startsWith('# Changelog'));
  const snippets = read(pkg.contributes.snippets[0].path);
  const table3: string[] = snippets['表三：收到和处理政府信息公开申请情况（全部行）'].body;
  assert.equal(table3.length, 25, '24 rows to fill in and the final cursor');
  assert.match(table3[0], /^本年新收 +\$\{1:0\} 0 0 0 0 0 =$/);
});

test('the language configuration auto-closes the Chinese quotes and brackets people type', () => {
  const config = read('language-configuration.json');
  const pairs = config.autoClosingPairs.map((p: { open: string; close: string }) => p.open + p.close);
  for (const pair of ['“”', '（）', '《》', '【】', '""', '{}']) {
    assert.ok(pairs.includes(pair), pair);
  }
  assert.deepEqual(config.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
});

test('the grammar matches what the language means', () => {
  const grammar = read('syntaxes/nianbao.tmLanguage.json');
  const repo = grammar.repository;
  const regex = (source: string) => new RegExp(source.replace('(?<=\\s)', '(?<=\\s)'));
  assert.match('# 一、总体情况', regex(repo.headings.patterns[1].match));
  assert.doesNotMatch('## （一）主动公开', regex(repo.headings.patterns[1].match));
  assert.match('## （一）主动公开', regex(repo.headings.patterns[0].match));
  assert.match('| 正文', regex(repo.prose.begin));
  assert.match('report 甲', regex(repo.keywords.patterns[0].match));
  assert.match('others zero', regex(repo.keywords.patterns[0].match));
  assert.match('rule 收支平衡 each column', regex(repo.keywords.patterns[1].match));
  assert.equal(regex(repo.numbers.patterns[1].match).exec('行政事业性收费 5949.088667')?.[0], '5949.088667');
  assert.equal(regex(repo.numbers.patterns[1].match).exec('行政处罚 ２４７')?.[0], '２４７');
  assert.match('规章 0 / 0', regex(repo.placeholder.match));
});

test('no command of the extension has the id of a server command (the language client registers those itself)', () => {
  const pkg = read('package.json');
  const protocol = fs.readFileSync(path.join(root, 'src', 'protocol.ts'), 'utf8');
  const block = /export const SERVER_COMMANDS = \{([\s\S]*?)\}/.exec(protocol)![1];
  const serverIds = [...block.matchAll(/'(nianbao\.[A-Za-z.]+)'/g)].map((m) => m[1]);
  assert.ok(serverIds.includes('nianbao.importReport'), serverIds.join(' '));
  const clientIds = pkg.contributes.commands.map((x: { command: string }) => x.command);
  assert.deepEqual(clientIds.filter((id: string) => serverIds.includes(id)), []);
});
