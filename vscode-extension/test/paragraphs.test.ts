import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { EMPTY_PARAGRAPH_CONTEXT, isEmptyParagraphLine } from '../src/paragraphs';

const root = path.resolve(__dirname, '..', '..');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

test('Enter continues a paragraph line with "| ", not a heading, a row or an empty paragraph line', () => {
  const rules: { beforeText: string; action: { appendText?: string; indent: string } }[] = read('language-configuration.json').onEnterRules;
  const continues = (before: string) => rules.some(r => new RegExp(r.beforeText).test(before) && r.action.appendText === '| ');
  assert.ok(continues('| 全年共收到政府信息公开申请41件。'));
  assert.ok(continues('| 共收到{本年新收.总计}件'));
  for (const line of ['| ', '|', '# 一、总体情况', '本年新收 33 5 0 0 2 1 41', '## （一）主动公开', '']) {
    assert.ok(!continues(line), line);
  }
  assert.ok(rules.every(r => r.action.indent === 'none'));
});

test('Enter ends the run only on an empty "| " line with the cursor at its end', () => {
  assert.ok(isEmptyParagraphLine('| ', 2));
  assert.ok(isEmptyParagraphLine('|', 1));
  assert.ok(!isEmptyParagraphLine('| ', 1));
  assert.ok(!isEmptyParagraphLine('| 正文', 4));
  assert.ok(!isEmptyParagraphLine('', 0));
});

test('the keys: Enter on an empty paragraph line, Shift+Enter a plain line, Home/End the whole wrapped line', () => {
  const keys: { command: string; key: string; when: string }[] = read('package.json').contributes.keybindings;
  const enter = keys.find(k => k.key === 'enter')!;
  assert.equal(enter.command, 'nianbao.endParagraphs');
  assert.match(enter.when, new RegExp(`editorLangId == nianbao && .*${EMPTY_PARAGRAPH_CONTEXT.replace('.', '\\.')}`));
  assert.match(enter.when, /!suggestWidgetVisible/, 'Enter still accepts a completion');
  assert.equal(keys.find(k => k.key === 'shift+enter')?.command, 'nianbao.plainNewLine');
  assert.equal(keys.find(k => k.key === 'end')?.command, 'cursorLineEnd');
  assert.equal(keys.find(k => k.key === 'home')?.command, 'cursorLineStart');
  assert.ok(keys.every(k => k.when.startsWith('editorLangId == nianbao')));
});

test('inlay hints are not cut: table 4 names all fifteen values', () => {
  assert.equal(read('package.json').contributes.configurationDefaults['[nianbao]']['editor.inlayHints.maximumLength'], 0);
});
