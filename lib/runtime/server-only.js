// `import '#server-only'` marks a module as server code: it reaches the database, Redis or a secret. On the server
// (Next.js, the app's own server, scripts and tests) the mark is this empty module; a browser bundle cannot resolve
// it (package.json "imports": browser is null), so a client component or an island that reaches such a module fails
// the build instead of shipping it. Not the `server-only` package: Next.js refuses that one in anything the Pages
// Router imports, and the reader pages, which load the database, are Pages Router pages.
