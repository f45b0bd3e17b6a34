#!/usr/bin/env node
/**
 * Prisma's schema engine, run from its WebAssembly build.
 *
 * The Prisma CLI (`prisma migrate …`, `prisma db …`) drives a native "schema engine" binary that it
 * downloads from Prisma's binary host on first use. Air-gapped newsrooms and CI cannot reach that
 * host. `prisma.config.ts` points `PRISMA_SCHEMA_ENGINE_BINARY` at this script instead: it speaks the
 * binary's command-line and JSON-RPC protocol and forwards the work to the same engine compiled to
 * WebAssembly (`@prisma/schema-engine-wasm`), which reaches PostgreSQL through `@prisma/adapter-pg`.
 *
 * The CLI runs this script in two ways:
 *   schema-engine.mjs --datasource '{"url":…}' cli can-connect-to-database | create-database
 *     One-off checks, answered with `pg` directly. On failure the CLI skips the first stderr line
 *     and reads a JSON log line carrying the Prisma error code (P1001 and so on).
 *   schema-engine.mjs --datamodels <schema file>… --datasource '{"url":…,"shadowDatabaseUrl":…}'
 *     A JSON-RPC 2.0 server: one JSON object per line on stdin/stdout, logs as JSON lines on stderr.
 *
 * Versions must match: `@prisma/schema-engine-wasm` is pinned to the engine build of the `prisma`
 * package. Background and known limits: the "Prisma without internet" notes in the project docs.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import readline from 'node:readline';

import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as wasmBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';

// pg-connection-string is pg's own URL parser; resolve it through pg so both always agree.
const { parseIntoClientConfig } = createRequire(createRequire(import.meta.url).resolve('pg'))(
  'pg-connection-string',
);

const DEFAULT_CONNECT_TIMEOUT_SECONDS = 5; // Prisma's default for `connect_timeout`
const RPC_SERVER_ERROR = 4466; // the code the native engine uses for every failed request
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

await main(process.argv.slice(2));

async function main(argv) {
  const args = parseArguments(argv);
  if (args.version) {
    const { version } = await loadWasmEngine();
    process.stdout.write(`schema-engine-cli ${version()}\n`);
    return;
  }
  if (args.cliCommand) {
    await runCliCommand(args.cliCommand, args.datasource.url);
    return;
  }
  serveJsonRpc(startEngine(args));
}

function parseArguments(argv) {
  const args = { datasource: {}, datamodelPaths: [], cliCommand: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    switch (argv[i]) {
      case '--datasource':
        args.datasource = JSON.parse(argv[++i]);
        break;
      case '--datamodels':
        args.datamodelPaths.push(argv[++i]);
        break;
      case '--version':
        args.version = true;
        break;
      case 'cli':
        args.cliCommand = argv[++i];
        break;
      // --enabled-preview-features and --extension-types: the wasm engine takes neither.
      default:
        if (argv[i].startsWith('--') && argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) i++;
    }
  }
  return args;
}

// ---------------------------------------------------------------------------------------------
// One-off commands: `cli can-connect-to-database` and `cli create-database`

async function runCliCommand(command, url) {
  try {
    if (command === 'can-connect-to-database') {
      await withClient(connectionConfig(url), () => {});
    } else if (command === 'create-database') {
      await createDatabase(url);
    } else {
      throw new Error(`Unsupported schema engine command: cli ${command}`);
    }
  } catch (error) {
    reportCliFailure(describeConnectionError(error, url));
  }
}

async function createDatabase(url) {
  const { database } = connectionConfig(url);
  const maintenance = { ...connectionConfig(url), database: 'postgres' };
  await withClient(maintenance, (client) => client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`));
}

/** The CLI ignores the first stderr line and parses every following line as a JSON log entry. */
function reportCliFailure({ code, message }) {
  const fields = code ? { error_code: code, message } : { message };
  process.stderr.write(`Schema engine error: ${message.split('\n')[0]}\n`);
  process.stderr.write(JSON.stringify({ level: 'ERROR', target: 'schema_engine::logger', fields }));
  process.exitCode = 1;
}

/** Maps a `pg` connection failure to the Prisma error the native engine would report. */
function describeConnectionError(error, url) {
  let config;
  try {
    config = connectionConfig(url);
  } catch {
    return { code: 'P1013', message: `The provided database string is invalid. ${error.message}` };
  }
  const server = `${config.host ?? 'localhost'}:${config.port ?? 5432}`;
  switch (error.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EAI_AGAIN':
      return {
        code: 'P1001',
        message: `Can't reach database server at \`${server}\`\n\nPlease make sure your database server is running at \`${server}\`.`,
      };
    case '3D000':
      return {
        code: 'P1003',
        message: `Database \`${config.database}\` does not exist on the database server at \`${server}\`.`,
      };
    case '28P01':
    case '28000':
      return {
        code: 'P1000',
        message: `Authentication failed against database server at \`${server}\`, the provided database credentials for \`${config.user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${server}\`.`,
      };
    case '42P04':
      return { code: 'P1009', message: `Database \`${config.database}\` already exists on the database server at \`${server}\`` };
  }
  if (/timeout/i.test(error.message)) {
    return {
      code: 'P1002',
      message: `The database server at \`${server}\` was reached but timed out.\n\nPlease try again.\n\nPlease make sure your database server is running at \`${server}\`.`,
    };
  }
  return { message: error.message };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL connections

/**
 * A `pg` config parsed from the datasource URL. Explicit fields matter: `pg` lets a
 * `connectionString` override `database`, which silently pointed shadow databases at the main one.
 */
function connectionConfig(url) {
  if (!url) {
    throw new Error('The datasource URL is empty: set DATABASE_URL (read by prisma.config.ts).');
  }
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error('This schema engine supports PostgreSQL URLs only (postgresql://…).');
  }
  const config = parseIntoClientConfig(url);
  const timeoutSeconds = Number(config.connect_timeout ?? DEFAULT_CONNECT_TIMEOUT_SECONDS);
  const schema = config.schema;
  delete config.schema;
  delete config.connect_timeout;
  return {
    ...config,
    connectionTimeoutMillis: timeoutSeconds * 1000,
    // The engine's SQL names tables without a schema, so `?schema=` only works through search_path.
    ...(schema && { options: `-c search_path=${pg.escapeIdentifier(schema).replace(/ /g, '\\ ')}` }),
  };
}

function schemaOf(url) {
  return parseIntoClientConfig(url).schema ?? 'public';
}

async function withClient(config, work) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The engine reads PostgreSQL catalogues whose columns have the internal `"char"` type (OID 18),
 * which `@prisma/adapter-pg` refuses to decode. Its text form is a one-character string, so this
 * process relabels such columns as `text` before `pg` picks their parsers.
 */
function readCharColumnsAsText() {
  const { addFields } = pg.Result.prototype;
  pg.Result.prototype.addFields = function addFieldsWithCharAsText(fieldDescriptions) {
    for (const field of fieldDescriptions) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
    return addFields.call(this, fieldDescriptions);
  };
}

// ---------------------------------------------------------------------------------------------
// The driver adapter the engine runs its SQL through

function createAdapterFactory({ url, shadowDatabaseUrl }) {
  const config = connectionConfig(url);
  const schema = schemaOf(url);
  const main = new PrismaPg(config, { schema });
  return bindMigrationAwareSqlAdapterFactory({
    provider: main.provider,
    adapterName: main.adapterName,
    async connect() {
      await createSchemaIfMissing(config, schema);
      return runScriptsWhole(await main.connect());
    },
    connectToShadowDb: shadowDatabaseUrl
      ? () => connectToConfiguredShadowDatabase(shadowDatabaseUrl, url)
      : () => connectToTemporaryShadowDatabase(config, schema),
  });
}

async function createSchemaIfMissing(config, schema) {
  if (schema === 'public') return;
  await withClient(config, (client) => client.query(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(schema)}`));
}

/**
 * Without `shadowDatabaseUrl`, migrate commands replay the migrations in a database of their own,
 * created for the occasion. Its pool must be closed before the drop, or PostgreSQL refuses it.
 */
async function connectToTemporaryShadowDatabase(mainConfig, schema) {
  const database = `prisma_migrate_shadow_db_${randomUUID()}`;
  const quoted = pg.escapeIdentifier(database);
  await withClient(mainConfig, (client) => client.query(`CREATE DATABASE ${quoted}`));
  const shadowConfig = { ...mainConfig, database };
  await createSchemaIfMissing(shadowConfig, schema);
  const adapter = await new PrismaPg(shadowConfig, { schema }).connect();
  return runScriptsWhole(adapter, async () => {
    await withClient(mainConfig, (client) => client.query(`DROP DATABASE IF EXISTS ${quoted}`));
  });
}

/** A configured shadow database is reused, so it starts each use empty (else P3006 next time). */
async function connectToConfiguredShadowDatabase(shadowUrl, mainUrl) {
  const shadowConfig = connectionConfig(shadowUrl);
  const mainConfig = connectionConfig(mainUrl);
  if (
    shadowConfig.host === mainConfig.host &&
    shadowConfig.port === mainConfig.port &&
    shadowConfig.database === mainConfig.database
  ) {
    throw new Error('The shadow database you configured appears to be the same as the main database.');
  }
  const schema = pg.escapeIdentifier(schemaOf(shadowUrl));
  await withClient(shadowConfig, (client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`));
  return runScriptsWhole(await new PrismaPg(shadowConfig, { schema: schemaOf(shadowUrl) }).connect());
}

/**
 * `@prisma/adapter-pg` splits scripts on every `;`, which breaks function bodies, `DO` blocks and
 * string literals in migrations. Like the native engine, send each script whole, as one simple query
 * (PostgreSQL runs it as a single implicit transaction). `afterDispose` runs once the pool is closed.
 */
function runScriptsWhole(adapter, afterDispose) {
  const pool = adapter.underlyingDriver();
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      adapter.onError(error); // the adapter's own mapping of pg errors to Prisma errors; throws
    }
  };
  if (afterDispose) {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await afterDispose();
    };
  }
  return adapter;
}

// ---------------------------------------------------------------------------------------------
// The WebAssembly engine

/** The package is built for bundlers; Node has to instantiate the module and wire its glue code. */
async function loadWasmEngine() {
  const wasmUrl = new URL('schema_engine_bg.wasm', import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const { instance } = await WebAssembly.instantiate(await readFile(wasmUrl), {
    './schema_engine_bg.js': wasmBindings,
  });
  wasmBindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return wasmBindings;
}

/** The engine's glue code writes the text of a Rust panic here before the wasm trap surfaces. */
function createPanicRegistry() {
  let message = '';
  return {
    get: () => message,
    set_message: (text) => {
      message = `RuntimeError: ${text}`;
    },
  };
}

async function startEngine({ datasource, datamodelPaths }) {
  readCharColumnsAsText();
  globalThis.PRISMA_WASM_PANIC_REGISTRY = createPanicRegistry();
  const { SchemaEngine } = await loadWasmEngine();
  const datamodels = await Promise.all(datamodelPaths.map(async (path) => [path, await readFile(path, 'utf8')]));
  const adapterFactory = createAdapterFactory(datasource);
  const writeLog = (line) => process.stderr.write(`${line}\n`);
  return SchemaEngine.new({ datamodels: datamodels.length > 0 ? datamodels : undefined }, writeLog, adapterFactory);
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC over stdin/stdout

/**
 * Requests run one at a time, in order. Replies to our own `print` requests can arrive while a
 * request is running, so they are matched as soon as they are read.
 */
function serveJsonRpc(enginePromise) {
  // A failed start (unreachable server, bad URL) is reported as the answer to each request:
  // exiting instead would make the CLI fail with exit code 1 and no message.
  const engine = enginePromise.catch((error) => ({ startError: error }));
  const rpc = createRpcChannel();
  let queue = Promise.resolve();

  readline.createInterface({ input: process.stdin, crlfDelay: Infinity })
    .on('line', (line) => {
      const message = parseMessage(line);
      if (!message) return;
      if (message.method === undefined) {
        rpc.settle(message);
        return;
      }
      queue = queue.then(() => answer(message));
    })
    .on('close', () => queue.then(() => process.exit(0)));

  async function answer(request) {
    try {
      const started = await engine;
      if (started.startError) throw started.startError;
      rpc.send({ jsonrpc: '2.0', id: request.id, result: await runMethod(started, request, rpc) });
    } catch (error) {
      rpc.send({ jsonrpc: '2.0', id: request.id, error: toRpcError(error) });
    }
  }
}

function parseMessage(line) {
  if (!line.trim()) return null;
  try {
    return JSON.parse(line);
  } catch {
    const fields = { message: `Ignored a line that is not JSON-RPC: ${line.slice(0, 200)}` };
    process.stderr.write(`${JSON.stringify({ level: 'WARN', target: 'schema_engine::rpc', fields })}\n`);
    return null;
  }
}

function createRpcChannel() {
  const pending = new Map();
  let nextId = 1;
  return {
    send(message) {
      process.stdout.write(`${JSON.stringify(message)}\n`);
    },
    /** Asks the CLI to run a method (only `print` exists) and waits for its reply. */
    request(method, params) {
      const id = `engine-${nextId++}`;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        this.send({ jsonrpc: '2.0', id, method, params });
      });
    },
    settle(reply) {
      pending.get(reply.id)?.(reply);
      pending.delete(reply.id);
    },
  };
}

async function runMethod(engine, { method, params }, rpc) {
  switch (method) {
    case 'getDatabaseVersion':
      return engine.version(params);
    case 'diff':
      return diff(engine, params, rpc);
    case 'evaluateDataLoss':
    case 'createMigration':
      return withShadowDatabaseRetry(engine, method, params);
    default:
      if (typeof wasmBindings.SchemaEngine.prototype[method] !== 'function' || method === 'free') {
        throw Object.assign(new Error(`Unknown schema engine method: ${method}`), { rpcCode: -32601 });
      }
      return engine[method](params);
  }
}

/** The native engine prints the diff itself through the CLI, which is what makes `--output` work. */
async function diff(engine, params, rpc) {
  const { stdout, ...result } = await engine.diff(params);
  if (stdout) await rpc.request('print', { content: stdout.replace(/\n$/, '') });
  return { ...result, stdout: null };
}

/**
 * Right after `migrate dev` has applied pending migrations, the wasm engine fails these two methods
 * with "shadow DB must be provided through an external factory". Diagnosing the migration history
 * with the shadow database allowed restores it; one retry then succeeds.
 */
async function withShadowDatabaseRetry(engine, method, params) {
  try {
    return await engine[method](params);
  } catch (error) {
    if (!/shadow DB must be provided/i.test(error?.message ?? '')) throw error;
    await engine.diagnoseMigrationHistory({
      migrationsList: params.migrationsList,
      optInToShadowDatabase: true,
      filters: params.filters,
    });
    return engine[method](params);
  }
}

/** The error shape the CLI expects: `data.message`, a Prisma `error_code` when known, `is_panic`. */
function toRpcError(error) {
  if (error instanceof WebAssembly.RuntimeError) {
    const message = globalThis.PRISMA_WASM_PANIC_REGISTRY.get() || error.message;
    return { code: RPC_SERVER_ERROR, message, data: { message, is_panic: true } };
  }
  const message = error?.message ?? String(error);
  const data = { message, is_panic: false };
  if (typeof error?.code === 'string' && /^P\d{4}$/.test(error.code)) {
    data.error_code = error.code;
    data.meta = error.meta;
  }
  return { code: error?.rpcCode ?? RPC_SERVER_ERROR, message, data };
}
