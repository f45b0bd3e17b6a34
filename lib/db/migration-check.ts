/**
 * Expand/contract, checked: during a rolling deploy the new release's migrations run while instances of the previous
 * release still serve readers, so a migration may not drop, rename or retype a table or column that the previous
 * release's Prisma schema still maps. Such a change is split over two releases: the first stops reading (removes the
 * field from prisma/schema.prisma, adds what replaces it), the next one's migration drops it. Pure: the caller reads
 * the files (scripts/check-migrations.ts).
 */

/** What a release's Prisma schema reads: table name → its mapped column names. */
export type SchemaReads = Record<string, string[]>;

/** A release as the check needs it: its newest migration and what its schema reads. */
export type ReleasedSchema = { migration: string; reads: SchemaReads };

export type Migration = { name: string; sql: string };

type Change =
  | { kind: 'drop-table' | 'rename-table'; table: string }
  | { kind: 'drop-column' | 'rename-column' | 'retype-column'; table: string; column: string };

const scalarTypes = new Set(['String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes', 'Unsupported']);

const mapped = (attributes: string, attribute: '@map' | '@@map') =>
  new RegExp(`${attribute}\\(\\s*(?:name:\\s*)?"([^"]+)"`, 'u').exec(attributes)?.[1];

/** Every model's table and scalar columns (relation fields are not columns), with @map/@@map applied. */
export function schemaReads(schema: string): SchemaReads {
  const withoutComments = schema.replace(/\/\/.*$/gmu, '');
  const models = [...withoutComments.matchAll(/^\s*model\s+(\w+)\s*\{([^}]*)\}/gmu)];
  const enums = new Set([...withoutComments.matchAll(/^\s*enum\s+(\w+)\s*\{/gmu)].map(([, name]) => name!));
  const reads: SchemaReads = {};
  for (const [, model, body] of models) {
    const lines = body!.split('\n').map((line) => line.trim());
    const table = lines.map((line) => (line.startsWith('@@') ? mapped(line, '@@map') : undefined)).find(Boolean) ?? model!;
    const columns: string[] = [];
    for (const line of lines) {
      const field = /^(\w+)\s+(\w+)(?:\([^)]*\))?(?:\[\])?\??(.*)$/u.exec(line);
      if (!field || line.startsWith('@@')) continue;
      const [, name, type, attributes] = field;
      if (scalarTypes.has(type!) || enums.has(type!)) columns.push(mapped(attributes!, '@map') ?? name!);
    }
    reads[table] = columns.sort();
  }
  return reads;
}

const identifier = String.raw`(?:"(?:[^"]|"")+"|\w+)`;
const qualified = String.raw`(?:${identifier}\s*\.\s*)?(${identifier})`;

function unquote(name: string): string {
  return name.startsWith('"') ? name.slice(1, -1).replace(/""/gu, '"') : name.toLowerCase();
}

/** SQL statements with comments removed; string literals are kept whole so a `;` inside one does not split. */
function statements(sql: string): string[] {
  const code = sql.replace(/--.*$/gmu, '').replace(/\/\*[\s\S]*?\*\//gu, '');
  return (code.match(/(?:'(?:[^']|'')*'|[^;'])+/gu) ?? []).map((statement) => statement.trim()).filter(Boolean);
}

/** The actions of `ALTER TABLE t a, b, …`, split at commas outside parentheses and string literals. */
function alterActions(actions: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const token of actions.match(/'(?:[^']|'')*'|"(?:[^"]|"")*"|[(),]|[^'"(),]+/gu) ?? []) {
    if (token === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    if (token === '(') depth++;
    if (token === ')') depth--;
    current += token;
  }
  return [...parts, current.trim()].filter(Boolean);
}

/** The drops, renames and type changes of tables and columns in a migration's SQL. */
export function destructiveChanges(sql: string): Change[] {
  const changes: Change[] = [];
  for (const statement of statements(sql)) {
    const dropTables = new RegExp(String.raw`^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(.+?)(?:\s+(?:CASCADE|RESTRICT))?$`, 'isu').exec(statement);
    if (dropTables) {
      for (const name of dropTables[1]!.split(',')) {
        const table = new RegExp(`^\\s*${qualified}\\s*$`, 'u').exec(name)?.[1];
        if (table) changes.push({ kind: 'drop-table', table: unquote(table) });
      }
      continue;
    }
    const alter = new RegExp(String.raw`^ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?${qualified}\s+([\s\S]+)$`, 'iu').exec(statement);
    if (!alter) continue;
    const table = unquote(alter[1]!);
    for (const action of alterActions(alter[2]!)) {
      const column = (pattern: string) => new RegExp(pattern, 'iu').exec(action)?.[1];
      if (/^RENAME\s+TO\s/iu.test(action)) changes.push({ kind: 'rename-table', table });
      const dropped = column(String.raw`^DROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?(?!CONSTRAINT\b)(${identifier})`);
      if (dropped) changes.push({ kind: 'drop-column', table, column: unquote(dropped) });
      const renamed = column(String.raw`^RENAME\s+(?:COLUMN\s+)?(?!TO\b|CONSTRAINT\b)(${identifier})\s+TO\s`);
      if (renamed) changes.push({ kind: 'rename-column', table, column: unquote(renamed) });
      const retyped = column(String.raw`^ALTER\s+(?:COLUMN\s+)?(${identifier})\s+(?:SET\s+DATA\s+)?TYPE\s`);
      if (retyped) changes.push({ kind: 'retype-column', table, column: unquote(retyped) });
    }
  }
  return changes;
}

const howToSplit: Record<Change['kind'], string> = {
  'drop-table': 'remove its model from prisma/schema.prisma in this release and drop the table in a migration of the next release',
  'rename-table':
    'create the new table in this release, write to both and read the new one, and drop the old table in a migration of the next release',
  'drop-column': 'remove the field from prisma/schema.prisma in this release and drop the column in a migration of the next release',
  'rename-column':
    'add the new column in this release, fill it and write both, read the new one, and drop the old column in a migration of the next release',
  'retype-column':
    'add a column of the new type in this release, fill it and write both, read the new one, and drop the old column in a migration of the next release',
};

const verb: Record<Change['kind'], string> = {
  'drop-table': 'drops table',
  'rename-table': 'renames table',
  'drop-column': 'drops column',
  'rename-column': 'renames column',
  'retype-column': 'changes the type of column',
};

/**
 * One sentence per change, in a migration newer than the released one, to a table or column the released schema
 * still reads; none when every new migration only adds, or removes what the released version no longer reads.
 */
export function migrationProblems(released: ReleasedSchema, migrations: readonly Migration[]): string[] {
  const problems: string[] = [];
  for (const migration of [...migrations].sort((a, b) => a.name.localeCompare(b.name))) {
    if (migration.name <= released.migration) continue;
    for (const change of destructiveChanges(migration.sql)) {
      const columns = released.reads[change.table];
      if (!columns) continue;
      const target = 'column' in change ? `${change.table}.${change.column}` : change.table;
      if ('column' in change && !columns.includes(change.column)) continue;
      problems.push(
        `Migration ${migration.name} ${verb[change.kind]} ${target}, which the running release (up to migration ${released.migration}) ` +
          `still reads: during a rolling deploy its instances would fail. Split it (expand, then contract): ${howToSplit[change.kind]}.`,
      );
    }
  }
  return problems;
}
