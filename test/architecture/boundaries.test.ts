import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// STYLE B3's import rules, checked on every .ts/.tsx under shared/, electron/ and renderer/
// (VS Code's layer checker idea, without the tooling). eslint.config.js states the same rules
// for editors; this test is what CI enforces, and it also resolves relative paths.

const ROOT = path.resolve(__dirname, '../..');

interface SourceFacts {
  /** Repo-relative, with forward slashes: `electron/main/ipc.ts`. */
  file: string;
  /** Every module specifier: static and dynamic imports, re-exports, require(), import types. */
  specifiers: string[];
  /** Identifiers of Electron's IPC objects used anywhere in the file. */
  ipcIdentifiers: string[];
  /** Whether the file reads `window.hindsight` (or `globalThis.hindsight`). */
  readsBridgeGlobal: boolean;
}

function scan(file: string, text: string): SourceFacts {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const facts: SourceFacts = { file, specifiers: [], ipcIdentifiers: [], readsBridgeGlobal: false };
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      facts.specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression;
      if (
        callee.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(callee) && callee.text === 'require')
      ) {
        facts.specifiers.push(node.arguments[0].text);
      }
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      facts.specifiers.push(node.argument.literal.text);
    } else if (ts.isIdentifier(node) && (node.text === 'ipcMain' || node.text === 'ipcRenderer')) {
      facts.ipcIdentifiers.push(node.text);
    } else if (
      (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      ['window', 'globalThis', 'self'].includes(node.expression.text) &&
      (ts.isPropertyAccessExpression(node)
        ? node.name.text === 'hindsight'
        : ts.isStringLiteralLike(node.argumentExpression) && node.argumentExpression.text === 'hindsight')
    ) {
      facts.readsBridgeGlobal = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return facts;
}

/** Where a specifier points: a repo-relative path for relative imports, else the package name. */
function target(file: string, specifier: string): { local: string } | { external: string } {
  const bare = specifier.replace(/\?.*$/, '');
  if (!bare.startsWith('.')) return { external: bare };
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), bare));
  return { local: resolved };
}

const under = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`);

/** Every rule a file breaks, as readable sentences (empty when it keeps them all). */
function violations(facts: SourceFacts): string[] {
  const found: string[] = [];
  const { file } = facts;
  for (const specifier of facts.specifiers) {
    const to = target(file, specifier);
    const say = (rule: string) => found.push(`${file} imports "${specifier}": ${rule}`);
    if ('external' in to) {
      if (to.external === 'electron' && !under(file, 'electron/main') && !under(file, 'electron/preload')) {
        say("only electron/main and electron/preload may import 'electron'");
      }
      if (isBuiltin(to.external) && (under(file, 'shared') || under(file, 'renderer'))) {
        say('shared/ and renderer/ run without Node: no Node builtins');
      }
      continue;
    }
    if (under(file, 'shared') && (under(to.local, 'electron') || under(to.local, 'renderer'))) {
      say('shared/ imports nothing from electron/ or renderer/');
    }
    if (
      under(file, 'electron/core') &&
      (under(to.local, 'electron/main') || under(to.local, 'electron/preload'))
    ) {
      say('electron/core never depends on the Electron glue');
    }
    if (under(file, 'renderer') && under(to.local, 'electron')) {
      say('renderer/ reaches main only through window.hindsight (renderer/bridge)');
    }
  }
  if (
    facts.ipcIdentifiers.length > 0 &&
    file !== 'electron/main/ipc.ts' &&
    !under(file, 'electron/preload')
  ) {
    found.push(`${file} uses ${facts.ipcIdentifiers[0]}: only electron/main/ipc.ts and electron/preload may`);
  }
  if (facts.readsBridgeGlobal && !under(file, 'renderer/bridge')) {
    found.push(
      `${file} reads window.hindsight: only renderer/bridge may (everything else gets the api injected)`,
    );
  }
  return found;
}

function sourceFiles(folder: string): string[] {
  const dir = path.join(ROOT, folder);
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => `${folder}/${name.split(path.sep).join('/')}`);
}

const files = ['shared', 'electron', 'renderer'].flatMap(sourceFiles);
const check = (file: string, text: string) => violations(scan(file, text));

describe('architecture boundaries', () => {
  it('finds the source files it checks', () => {
    expect(files).toContain('shared/contract/index.ts');
    expect(files).toContain('electron/core/createCore.ts');
    expect(files).toContain('electron/main/ipc.ts');
  });

  it('finds no file that breaks an import rule', () => {
    const broken = files.flatMap((file) => check(file, fs.readFileSync(path.join(ROOT, file), 'utf8')));
    expect(broken).toEqual([]);
  });
});

// The checker itself, on sources written to break each rule: proof that the test above can fail.
describe('boundary checker', () => {
  it('catches shared/ importing Node, electron, the core or the renderer', () => {
    expect(check('shared/domain/x.ts', "import fs from 'node:fs';")).toHaveLength(1);
    expect(check('shared/domain/x.ts', "import path from 'path';")).toHaveLength(1);
    expect(check('shared/domain/x.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(
      check('shared/domain/x.ts', "import type { Core } from '../../electron/core/createCore';"),
    ).toHaveLength(1);
    expect(check('shared/x.ts', "export { App } from '../renderer/App';")).toHaveLength(1);
    expect(check('shared/x.ts', "const m = await import('node:os');")).toHaveLength(1);
  });

  it('catches the core importing electron or the glue', () => {
    expect(check('electron/core/x.ts', "import { dialog } from 'electron';")).toHaveLength(1);
    expect(
      check('electron/core/handlers/x.ts', "import { registerContract } from '../../main/ipc';"),
    ).toHaveLength(1);
    expect(check('electron/core/x.ts', "type W = import('electron').BrowserWindow;")).toHaveLength(1);
    expect(check('electron/cli/x.ts', "const { app } = require('electron');")).toHaveLength(1);
  });

  it('catches the renderer importing Node, electron or main-process code', () => {
    expect(check('renderer/App.tsx', "import fs from 'fs';")).toHaveLength(1);
    expect(check('renderer/App.tsx', "import { ipcRenderer } from 'electron';")).toHaveLength(2);
    expect(
      check('renderer/store/x.ts', "import { createCore } from '../../electron/core/createCore';"),
    ).toHaveLength(1);
  });

  it('catches window.hindsight read outside renderer/bridge', () => {
    expect(check('renderer/features/x/y.tsx', 'const api = window.hindsight;')).toHaveLength(1);
    expect(check('renderer/features/x/y.tsx', "const api = window['hindsight'];")).toHaveLength(1);
    expect(check('renderer/bridge/api.ts', 'export const api = window.hindsight;')).toEqual([]);
  });

  it('catches ipcMain or ipcRenderer outside ipc.ts and the preload', () => {
    expect(check('electron/main/windows.ts', "import { ipcMain } from 'electron';")).toHaveLength(1);
    expect(check('electron/main/ipc.ts', "import { ipcMain } from 'electron';")).toEqual([]);
    expect(check('electron/preload/index.ts', "import { ipcRenderer } from 'electron';")).toEqual([]);
  });

  it('allows packages, shared code and SQL text where they belong', () => {
    expect(check('shared/contract/x.ts', "import { z } from 'zod'; import { ok } from './errors';")).toEqual(
      [],
    );
    expect(check('renderer/App.tsx', "import { methodNames } from '../shared/contract';")).toEqual([]);
    expect(
      check('electron/core/db/x.ts', "import sql from './0001.sql?raw'; import fs from 'node:fs';"),
    ).toEqual([]);
    expect(check('electron/main/x.ts', "import { app } from 'electron';")).toEqual([]);
  });

  it('ignores the words in comments and strings', () => {
    expect(check('shared/x.ts', "// uses ipcMain in main\nconst text = 'window.hindsight';")).toEqual([]);
  });
});
