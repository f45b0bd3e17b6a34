import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The README's contract for changes, checked over the source: every action and route handler is declared through it. */

const root = join(import.meta.dirname, '../..');
const httpMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** next-auth's catch-all: its handlers are next-auth's own, behind the same-site check of its POST. */
const exceptions = new Set(['app/api/auth/[...nextauth]/route.ts']);

function filesUnder(directory: string, wanted: (name: string) => boolean): string[] {
  return readdirSync(join(root, directory), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && wanted(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((file) => !exceptions.has(file))
    .sort();
}

/** What each export of a module is made by: the function a `const` is the call of, or what else it is. */
function exportsIn(text: string): Map<string, string> {
  const source = ts.createSourceFile('module.ts', text, ts.ScriptTarget.Latest);
  const madeBy = (expression: ts.Expression | undefined) =>
    expression && ts.isCallExpression(expression) && ts.isIdentifier(expression.expression) ? expression.expression.text : 'something else';
  const locals = new Map<string, string>();
  const exported = new Map<string, string>();
  const has = (node: ts.Node, kind: ts.SyntaxKind) =>
    ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((modifier) => modifier.kind === kind);
  const isExported = (node: ts.Node) => has(node, ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        locals.set(declaration.name.text, madeBy(declaration.initializer));
        if (isExported(statement)) exported.set(declaration.name.text, madeBy(declaration.initializer));
      }
    } else if (ts.isFunctionDeclaration(statement) && isExported(statement)) {
      exported.set(has(statement, ts.SyntaxKind.DefaultKeyword) ? 'default' : (statement.name?.text ?? 'default'), 'a function');
    } else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements)
        exported.set(element.name.text, locals.get((element.propertyName ?? element.name).text) ?? 'a re-export');
    } else if (ts.isExportAssignment(statement)) {
      const call = statement.expression;
      const handlers = ts.isCallExpression(call) && madeBy(call) === 'pagesApiRoute' ? call.arguments[1] : undefined;
      if (handlers && ts.isObjectLiteralExpression(handlers)) {
        for (const property of handlers.properties) {
          const handler = ts.isShorthandPropertyAssignment(property)
            ? property.name
            : ts.isPropertyAssignment(property)
              ? property.initializer
              : undefined;
          exported.set(
            `default ${property.name?.getText(source)}`,
            handler && ts.isIdentifier(handler) ? (locals.get(handler.text) ?? 'something else') : 'something else',
          );
        }
      } else {
        exported.set('default', madeBy(call));
      }
    }
  }
  return exported;
}

const exportsOf = (file: string) => exportsIn(readFileSync(join(root, file), 'utf8'));

const offending = (files: string[], allowed: (name: string, madeBy: string) => boolean) =>
  files.flatMap((file) =>
    [...exportsOf(file)].filter(([name, madeBy]) => !allowed(name, madeBy)).map(([name, madeBy]) => `${file}: ${name} is ${madeBy}`),
  );

describe('the contract for changes', () => {
  it('declares every server action with defineAction', () => {
    const actions = filesUnder('app', (name) => name === 'actions.ts');
    expect(actions.length).toBeGreaterThan(0);
    expect(offending(actions, (_name, madeBy) => madeBy === 'defineAction')).toEqual([]);
  });

  it('declares every route handler with defineRoute; a public GET with no input answering no JSON may be a readOnlyRoute', () => {
    const routes = filesUnder('app', (name) => name === 'route.ts');
    expect(routes.length).toBeGreaterThan(0);
    const allowed = (name: string, madeBy: string) =>
      !httpMethods.has(name) || madeBy === 'defineRoute' || (name === 'GET' && madeBy === 'readOnlyRoute');
    expect(offending(routes, allowed)).toEqual([]);
  });

  it('serves every reader API route (pages/api) through pagesApiRoute, with handlers declared by defineRoute', () => {
    const routes = filesUnder('pages/api', (name) => /\.tsx?$/u.test(name));
    expect(routes.length).toBeGreaterThan(0);
    const allowed = (name: string, madeBy: string) => (name.startsWith('default ') ? madeBy === 'defineRoute' : name !== 'default');
    expect(offending(routes, allowed)).toEqual([]);
    for (const route of routes)
      expect(
        [...exportsOf(route).keys()].some((name) => name.startsWith('default ')),
        route,
      ).toBe(true);
  });

  it('tells a declared handler from one that skips the contract', () => {
    expect([...exportsIn('export const POST = defineRoute({});')]).toEqual([['POST', 'defineRoute']]);
    expect([...exportsIn('export async function POST() {}')]).toEqual([['POST', 'a function']]);
    expect([...exportsIn('const handler = NextAuth(options);\nexport { handler as GET };')]).toEqual([['GET', 'NextAuth']]);
    expect([...exportsIn('export default async function handler() {}')]).toEqual([['default', 'a function']]);
    expect([...exportsIn('async function POST() {}\nexport default pagesApiRoute(params, { POST });')]).toEqual([
      ['default POST', 'something else'],
    ]);
  });
});
