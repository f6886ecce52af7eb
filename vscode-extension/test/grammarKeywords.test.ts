import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(__dirname, '..', '..');
const xtext = path.join(root, '..', 'language', 'src', 'main', 'java', 'org', 'nianbao', 'Nianbao.xtext');

/** The word keywords of the Xtext grammar: quoted words in its parser rules (terminal rules hold character ranges). */
function grammarKeywords(): Set<string> {
  const text = fs.readFileSync(xtext, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/\bterminal\s+(fragment\s+)?\w+\s*(returns\s+\w+)?\s*:[\s\S]*?;/g, '');
  return new Set([...text.matchAll(/'([A-Za-z][A-Za-z_]*)'/g)].map(m => m[1]));
}

/** The words the TextMate grammar colours as keywords. */
function highlightedKeywords(): Set<string> {
  const grammar = JSON.parse(fs.readFileSync(path.join(root, 'syntaxes', 'nianbao.tmLanguage.json'), 'utf8'));
  const words = new Set<string>();
  for (const pattern of grammar.repository.keywords.patterns as { match: string }[]) {
    const alternatives = /\\b\(([^)]*)\)\\b/.exec(pattern.match);
    assert.ok(alternatives, pattern.match);
    alternatives[1].split('|').forEach(w => words.add(w));
  }
  return words;
}

test('the TextMate grammar colours every keyword of the Xtext grammar, and no other word', () => {
  const keywords = grammarKeywords();
  assert.ok(keywords.has('report') && keywords.has('rule'), 'keywords read from ' + xtext);
  const highlighted = highlightedKeywords();
  assert.deepEqual([...keywords].filter(k => !highlighted.has(k)).sort(), [], 'keywords the editor does not colour');
  assert.deepEqual([...highlighted].filter(k => !keywords.has(k)).sort(), [], 'coloured words that are no keywords');
});
