import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const vsix = path.resolve(__dirname, '..', '..', 'target', 'nianbao.vsix');

test('the .vsix holds the bundled client, the server jar, the grammar and the configuration', { skip: !fs.existsSync(vsix) && 'run npm run package first' }, () => {
  const listing = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n');
  for (const entry of ['extension/package.json', 'extension/dist/extension.js', 'extension/server/nianbao.jar',
    'extension/syntaxes/nianbao.tmLanguage.json', 'extension/language-configuration.json', 'extension/snippets/nianbao.json',
    'extension/images/icon.png', 'extension/changelog.md']) {
    assert.ok(listing.includes(entry), `${entry} in ${vsix}`);
  }
  assert.ok(!listing.some(e => e.startsWith('extension/src/') || e.startsWith('extension/node_modules/typescript')),
    'sources and dev dependencies stay out');
  const jar = execFileSync('unzip', ['-l', vsix, 'extension/server/nianbao.jar'], { encoding: 'utf8' });
  const size = Number(/^\s*(\d+)/m.exec(jar.split('\n').slice(3).join('\n'))?.[1]);
  assert.ok(size > 5_000_000, `the jar is the real server (${size} bytes)`);
});

test('every picture the extension README shows is in the .vsix (VS Code resolves them in the installed extension)', { skip: !fs.existsSync(vsix) && 'run npm run package first' }, () => {
  const listing = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n');
  const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
  const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map(m => m[1]);
  assert.ok(pictures.length >= 3, pictures.join());
  for (const picture of pictures) {
    assert.doesNotMatch(picture, /^(\w+:|\.\.)/, 'a picture inside the extension');
    assert.ok(listing.includes(`extension/${picture}`), `${picture} in ${vsix}`);
  }
});
