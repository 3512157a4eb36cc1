// Whether a built file is older than what it was built from. Each build writes beside its output
// the list of project files that went into it (from the bundler, so an import added anywhere is
// seen); checking is then one stat per file instead of a walk of the source tree. Plain
// CommonJS, because the command-line runner checks before anything TypeScript is loaded and
// starts faster without Node's ES module loader.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/** Files whose change rebuilds everything: the packages installed and the build's own settings. */
const ALWAYS = ['package.json', 'package-lock.json'];

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** True when the record is missing, or a file it lists is missing or newer than the build. */
function isStale(root, recordFile) {
  let record;
  try {
    record = JSON.parse(fs.readFileSync(recordFile, 'utf8'));
  } catch {
    return true;
  }
  if (!Array.isArray(record.inputs) || typeof record.builtAt !== 'number') return true;
  for (const input of [...ALWAYS, ...record.inputs]) {
    if (mtime(path.join(root, input)) > record.builtAt) return true;
  }
  return false;
}

/**
 * Writes the record of a build that started at `startedAt` (a file edited during the build is
 * then seen as newer). Inputs under node_modules are left out: package-lock.json stands for them.
 */
function writeRecord(root, recordFile, inputs, startedAt) {
  const own = [...new Set(inputs.map((input) => path.relative(root, path.resolve(root, input)).split(path.sep).join('/')))]
    .filter((input) => !input.startsWith('..') && !input.startsWith('node_modules/') && !input.includes('\0'))
    .sort();
  fs.mkdirSync(path.dirname(recordFile), { recursive: true });
  fs.writeFileSync(recordFile, JSON.stringify({ builtAt: startedAt, inputs: own }));
}

module.exports = { isStale, writeRecord };
