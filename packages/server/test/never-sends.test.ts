import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Upfront never sends mail: no code path may reach Graph's send actions (`POST /me/sendMail`,
// `POST /me/messages/{id}/send`, `…/reply`, `…/replyAll`, `…/forward`, the same under `/users/{id}`). Every
// string and template literal in every package's source is read with the TypeScript parser (comments saying
// "never call sendMail" are not code), and a Graph path with such a segment fails the test. The simulator is the
// other side of the wire: it answers those paths (and counts what would be sent), so it is the one package not
// scanned.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const SCANNED = ['core', 'contracts', 'graph', 'store', 'server', 'web'];
// `reply`, `replyAll` and `forward` send at once too (`createReply` and `createForward` only make drafts).
const SEND_PATH = /(^|\/)(sendMail|send|reply|replyAll|forward)(\/|\?|$)/i;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The literals of a file that name a Graph send action, as `file:line: text`. */
function sendPathsIn(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (SEND_PATH.test(node.text) && node.text.includes('/')) found.push(`${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no code path sends mail', () => {
  it('finds a send path wherever code could name one: literal, template, /users/{id} form', () => {
    const code = [
      "client.api('/me/sendMail').post(body);",
      'client.api(`/users/${id}/messages/${messageId}/send`).post({});',
      "const path = '/me/messages/' + id + '/send';",
      '// a comment may say /me/sendMail: it is not code',
      "const label = 'send it later';",
      'const reply = `${base}/messages/${id}/replyAll`;',
      "const draftReply = '/me/messages/' + id + '/createReply';",
    ].join('\n');
    expect(sendPathsIn('x.ts', code).map((f) => f.split(': ')[1])).toEqual(['/me/sendMail', '/send', '/send', '/replyAll']);
  });

  it('no package but the simulator names a Graph send action in its source', () => {
    const files = SCANNED.flatMap((pkg) => sourceFiles(join(root, 'packages', pkg, 'src')));
    // The scan covers the code that creates drafts (graph's mail) and the server's routes and services.
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.includes(join('packages', 'server', 'src', 'services')))).toBe(true);
    const found = files.flatMap((f) => sendPathsIn(relative(root, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
