#!/usr/bin/env node
/**
 * Prisma's schema engine, run from its WebAssembly build.
 *
 * The Prisma CLI (`prisma migrate …`, `prisma db …`) drives a native "schema engine" binary that it
 * downloads from Prisma's binary host on first use. Air-gapped newsrooms and CI cannot reach that
 * host, so `prisma.config.ts` points `PRISMA_SCHEMA_ENGINE_BINARY` at this script instead. It speaks
 * the binary's protocol and hands the work to the same engine compiled to WebAssembly
 * (`@prisma/schema-engine-wasm`), which reaches PostgreSQL through `@prisma/adapter-pg`.
 *
 * The CLI runs it in two ways:
 *   schema-engine.mjs --datasource '{"url":…}' cli can-connect-to-database | create-database
 *     One-off checks, answered with `pg` directly. On failure the CLI skips the first stderr line
 *     and reads a JSON log line carrying the Prisma error code (P1001 and so on).
 *   schema-engine.mjs --datamodels <schema file>… --datasource '{"url":…,"shadowDatabaseUrl":…}'
 *     A JSON-RPC 2.0 server: one JSON object per line on stdin/stdout, logs as JSON lines on stderr.
 *
 * `@prisma/schema-engine-wasm` must be the engine build of the installed `prisma` version: upgrade
 * them together.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import readline from 'node:readline';

import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as wasmBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';

// pg's own URL parser, resolved through pg so that both always agree.
const requireFromPg = createRequire(createRequire(import.meta.url).resolve('pg'));
const { parseIntoClientConfig } = requireFromPg('pg-connection-string');

const DEFAULT_CONNECT_TIMEOUT_SECONDS = 5; // Prisma's default for `?connect_timeout=`
const RPC_SERVER_ERROR = 4466; // what the native engine answers failed requests with
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

await main(process.argv.slice(2));

async function main(argv) {
  const { datasource, datamodelPaths, cliCommand, version } = parseArguments(argv);
  if (version) {
    process.stdout.write(`schema-engine-cli ${(await loadWasmEngine()).version()}\n`);
  } else if (cliCommand) {
    await runCliCommand(cliCommand, datasource.url);
  } else {
    const adapterFactory = createAdapterFactory(datasource);
    serveJsonRpc({
      engine: startEngine(adapterFactory, datamodelPaths),
      errorRegistry: adapterFactory.errorRegistry,
      url: datasource.url,
    });
  }
}

function parseArguments(argv) {
  const args = { datasource: {}, datamodelPaths: [], cliCommand: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--datasource') args.datasource = JSON.parse(argv[++i]);
    else if (argv[i] === '--datamodels') args.datamodelPaths.push(argv[++i]);
    else if (argv[i] === 'cli') args.cliCommand = argv[++i];
    else if (argv[i] === '--version') args.version = true;
    // The wasm engine has no use for the other options (--enabled-preview-features, --extension-types).
    else if (argv[i].startsWith('--')) i++;
  }
  return args;
}

// ---------------------------------------------------------------------------------------------
// One-off commands: `cli can-connect-to-database` and `cli create-database`

async function runCliCommand(command, url) {
  let config;
  try {
    config = connectionConfig(url);
  } catch (error) {
    const message = `The provided database string is invalid. ${error.message}`;
    reportCliFailure({ code: 'P1013', message });
    return;
  }
  try {
    if (command === 'can-connect-to-database') {
      await withClient(config, () => {});
    } else if (command === 'create-database') {
      const maintenanceDatabase = { ...config, database: 'postgres' };
      await withClient(maintenanceDatabase, (client) => client.query(`CREATE DATABASE ${pg.escapeIdentifier(config.database)}`));
    } else {
      throw new Error(`Unsupported schema engine command: cli ${command}`);
    }
  } catch (error) {
    reportCliFailure(describeConnectionError(error, config));
  }
}

/** The CLI skips the first stderr line and parses each following line as a JSON log entry. */
function reportCliFailure({ code, message }) {
  const fields = code ? { error_code: code, message } : { message };
  process.stderr.write(`Schema engine error: ${message.split('\n')[0]}\n`);
  process.stderr.write(JSON.stringify({ level: 'ERROR', target: 'schema_engine::logger', fields }));
  process.exitCode = 1;
}

/** Maps a failure to connect with `pg` to the Prisma error the native engine reports. */
function describeConnectionError(error, config) {
  const server = `${config.host ?? 'localhost'}:${config.port ?? 5432}`;
  const unreachable = {
    code: 'P1001',
    message: `Can't reach database server at \`${server}\`\n\nPlease make sure your database server is running at \`${server}\`.`,
  };
  switch (error.code) {
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return unreachable;
    case '3D000':
      return {
        code: 'P1003',
        message: `Database \`${config.database}\` does not exist on the database server at \`${server}\`.`,
      };
    case '28P01':
    case '28000':
      return {
        code: 'P1000',
        message: `Authentication failed against database server at \`${server}\`, the provided database credentials for \`${config.user}\` are not valid.`,
      };
    case '42P04':
      return {
        code: 'P1009',
        message: `Database \`${config.database}\` already exists on the database server at \`${server}\`.`,
      };
  }
  if (/timeout/i.test(error.message)) {
    const message = `The database server at \`${server}\` was reached but timed out.\n\nPlease try again.`;
    return { code: 'P1002', message };
  }
  if (/Connection terminated unexpectedly/.test(error.message)) return unreachable;
  return { message: error.message };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL connections

/**
 * A `pg` config parsed from the datasource URL. It has to be explicit fields: `pg` lets a
 * `connectionString` override `database`, which silently turned the main database into the shadow one.
 */
function connectionConfig(url) {
  if (!url) {
    throw new Error('The datasource URL is empty: set DATABASE_URL (prisma.config.ts reads it).');
  }
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error('This schema engine supports PostgreSQL URLs only (postgresql://…).');
  }
  const { schema, connect_timeout: timeoutSeconds = DEFAULT_CONNECT_TIMEOUT_SECONDS, ...config } = parseIntoClientConfig(url);
  return {
    ...config,
    connectionTimeoutMillis: Number(timeoutSeconds) * 1000,
    // The engine's SQL leaves tables unqualified, so `?schema=` has to become the search_path.
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

async function createSchemaIfMissing(config, schema) {
  if (schema === 'public') return;
  const quoted = pg.escapeIdentifier(schema);
  await withClient(config, (client) => client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`));
}

/**
 * The engine reads PostgreSQL catalogue columns of the internal `"char"` type (OID 18), which
 * `@prisma/adapter-pg` refuses to decode. Its text form is a one-character string, so this process
 * relabels such columns as `text` before `pg` picks their parsers.
 */
function readCharColumnsAsText() {
  const { addFields } = pg.Result.prototype;
  pg.Result.prototype.addFields = function addFieldsReadingCharAsText(fieldDescriptions) {
    for (const field of fieldDescriptions) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
    return addFields.call(this, fieldDescriptions);
  };
}

// ---------------------------------------------------------------------------------------------
// The driver adapter the engine runs its SQL through

/**
 * Connections are made on demand, so a bad URL surfaces as the answer to the CLI's first request.
 * JavaScript errors thrown in here reach the engine as "External error id#N", kept in `errorRegistry`.
 */
function createAdapterFactory({ url, shadowDatabaseUrl }) {
  return bindMigrationAwareSqlAdapterFactory({
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connectToDatabase(url),
    connectToShadowDb: () =>
      shadowDatabaseUrl ? connectToConfiguredShadowDatabase(shadowDatabaseUrl, url) : connectToTemporaryShadowDatabase(url),
  });
}

async function connectToDatabase(url) {
  const config = connectionConfig(url);
  const schema = schemaOf(url);
  await createSchemaIfMissing(config, schema);
  return runScriptsWhole(await new PrismaPg(config, { schema }).connect());
}

/**
 * Without `shadowDatabaseUrl`, migrate commands replay the migrations in a database made for the
 * occasion. Its pool must be closed before the drop, or PostgreSQL refuses to drop it.
 */
async function connectToTemporaryShadowDatabase(mainUrl) {
  const mainConfig = connectionConfig(mainUrl);
  const schema = schemaOf(mainUrl);
  const database = `prisma_migrate_shadow_db_${randomUUID()}`;
  const quoted = pg.escapeIdentifier(database);
  await withClient(mainConfig, (client) => client.query(`CREATE DATABASE ${quoted}`));
  const shadowConfig = { ...mainConfig, database };
  await createSchemaIfMissing(shadowConfig, schema);
  const adapter = await new PrismaPg(shadowConfig, { schema }).connect();
  return runScriptsWhole(adapter, () => withClient(mainConfig, (client) => client.query(`DROP DATABASE IF EXISTS ${quoted}`)));
}

/** A configured shadow database is reused, so it must start each use empty (else P3006 next time). */
async function connectToConfiguredShadowDatabase(shadowUrl, mainUrl) {
  const shadowConfig = connectionConfig(shadowUrl);
  const mainConfig = connectionConfig(mainUrl);
  if (['host', 'port', 'database'].every((key) => shadowConfig[key] === mainConfig[key])) {
    throw new Error('The shadow database you configured appears to be the same as the main database.');
  }
  const schema = schemaOf(shadowUrl);
  const quoted = pg.escapeIdentifier(schema);
  await withClient(shadowConfig, (client) => client.query(`DROP SCHEMA IF EXISTS ${quoted} CASCADE; CREATE SCHEMA ${quoted}`));
  return runScriptsWhole(await new PrismaPg(shadowConfig, { schema }).connect());
}

/**
 * `@prisma/adapter-pg` splits scripts at every `;`, which breaks migrations with function bodies,
 * `DO` blocks or semicolons in strings. Like the native engine, send each script whole as one simple
 * query: PostgreSQL runs it as a single implicit transaction, so a failed migration leaves no half.
 * `afterDispose` runs once the adapter's pool is closed.
 */
function runScriptsWhole(adapter, afterDispose) {
  const pool = adapter.underlyingDriver();
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      adapter.onError(error); // the adapter's own translation of pg errors; it always throws
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

/** The package is built for bundlers: in Node the module is instantiated and wired up by hand. */
async function loadWasmEngine() {
  const glueModuleUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasm = await readFile(new URL('schema_engine_bg.wasm', glueModuleUrl));
  const { instance } = await WebAssembly.instantiate(wasm, { './schema_engine_bg.js': wasmBindings });
  wasmBindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return wasmBindings;
}

async function startEngine(adapterFactory, datamodelPaths) {
  readCharColumnsAsText();
  globalThis.PRISMA_WASM_PANIC_REGISTRY = createPanicRegistry();
  const { SchemaEngine } = await loadWasmEngine();
  const datamodels = await Promise.all(datamodelPaths.map(async (path) => [path, await readFile(path, 'utf8')]));
  const writeLog = (line) => process.stderr.write(`${line.trimEnd()}\n`);
  // `datamodels` must be left out rather than empty.
  const options = { datamodels: datamodels.length > 0 ? datamodels : undefined };
  return SchemaEngine.new(options, writeLog, adapterFactory);
}

/** The engine's glue code records a Rust panic's message here before the wasm trap surfaces. */
function createPanicRegistry() {
  let message = '';
  return {
    get: () => message,
    set_message: (text) => {
      message = `RuntimeError: ${text}`;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC over stdin/stdout

/**
 * Requests run one at a time, in order. The CLI's replies to our own `print` requests can arrive
 * while a request runs, so they are matched as soon as they are read.
 */
function serveJsonRpc({ engine, errorRegistry, url }) {
  const rpc = createRpcChannel();
  // A failed start (unreachable server, bad URL) becomes the answer to every request: exiting
  // instead would make the CLI fail with exit code 1 and no message.
  const ready = engine.then(
    (instance) => ({ instance }),
    (error) => ({ startError: explainStartError(originalError(error, errorRegistry), url) }),
  );
  let queue = Promise.resolve();

  async function answer(request) {
    try {
      const { instance, startError } = await ready;
      if (startError) throw startError;
      const result = await runMethod(instance, request, rpc);
      // Methods such as `reset` return nothing, but a reply without `result` leaves the CLI waiting.
      rpc.send({ jsonrpc: '2.0', id: request.id, result: result ?? null });
    } catch (error) {
      const rpcError = toRpcError(originalError(error, errorRegistry));
      rpc.send({ jsonrpc: '2.0', id: request.id, error: rpcError });
    }
  }

  readline
    .createInterface({ input: process.stdin, crlfDelay: Infinity })
    .on('line', (line) => {
      const message = parseMessage(line);
      if (!message) return;
      if (message.method === undefined) rpc.settle(message);
      else queue = queue.then(() => answer(message));
    })
    .on('close', () => queue.then(() => process.exit(0)));
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
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
  return {
    send,
    /** Asks the CLI to run a method (it has one: `print`) and waits for its reply. */
    request(method, params) {
      const id = `engine-${nextId++}`;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        send({ jsonrpc: '2.0', id, method, params });
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
      if (method === 'free' || typeof wasmBindings.SchemaEngine.prototype[method] !== 'function') {
        throw Object.assign(new Error(`Unknown schema engine method: ${method}`), { rpcCode: -32601 });
      }
      return engine[method](params);
  }
}

/** The diff has to be printed by the CLI itself, which is what makes `migrate diff --output` work. */
async function diff(engine, params, rpc) {
  const { stdout, ...result } = await engine.diff(params);
  if (stdout) await rpc.request('print', { content: stdout.replace(/\n$/, '') }); // the CLI adds one
  return { ...result, stdout: null };
}

/**
 * Right after `migrate dev` applied pending migrations, the wasm engine fails these two methods with
 * "PostgreSQL shadow DB must be provided through an external factory". Diagnosing the migration
 * history with the shadow database allowed sets it up again, and the retry succeeds.
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

/** Swaps the engine's "External error id#N" for the JavaScript error the adapter threw. */
function originalError(error, errorRegistry) {
  const id = /External error id#(\d+)/.exec(error?.message ?? '')?.[1];
  return (id !== undefined && errorRegistry.consumeError(Number(id))?.error) || error;
}

/** Connection failures the engine could not name itself (a timeout, say) get their Prisma code. */
function explainStartError(error, url) {
  if (/^P\d{4}$/.test(error?.code)) return error;
  let config;
  try {
    config = connectionConfig(url);
  } catch {
    return error; // the URL itself is the problem, and the error says so
  }
  const { code, message } = describeConnectionError(error, config);
  return Object.assign(new Error(message), code && { code });
}

/** The error shape the CLI reads: `data.message`, a Prisma `error_code` when known, `is_panic`. */
function toRpcError(error) {
  if (error instanceof WebAssembly.RuntimeError) {
    const message = globalThis.PRISMA_WASM_PANIC_REGISTRY.get() || error.message;
    return { code: RPC_SERVER_ERROR, message, data: { message, is_panic: true } };
  }
  const message = error?.message ?? String(error);
  const data = { message, is_panic: false };
  if (/^P\d{4}$/.test(error?.code)) Object.assign(data, { error_code: error.code, meta: error.meta });
  return { code: error?.rpcCode ?? RPC_SERVER_ERROR, message, data };
}
