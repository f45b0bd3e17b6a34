/**
 * `npm run db:restore -- FILE [--into-database NAME] [--no-media]`: puts a backup of `npm run db:backup` back, with
 * every app instance stopped. --into-database restores a dump into another, empty database of the same server, to
 * check it first (the photos are then left alone).
 */
import path from 'node:path';
import { restoreBackup } from '@/lib/backup/backup';
import { BackupError } from '@/lib/backup/backup-files';
import { urlForDatabase } from '@/lib/backup/libpq-environment';
import { loadSettings, parseCommandLine, runCommand } from './settings';

const USAGE = 'Usage: npm run db:restore -- FILE [--into-database NAME] [--no-media]';

runCommand(async () => {
  const { values, positionals } = parseCommandLine(
    { allowPositionals: true, options: { 'into-database': { type: 'string' }, 'no-media': { type: 'boolean', default: false } } },
    USAGE,
  );
  if (positionals.length !== 1) throw new BackupError(`Name one backup file to restore. ${USAGE}`);
  const { target, mediaDir } = loadSettings();
  const into = values['into-database'];
  if (into && target.kind !== 'server') {
    throw new BackupError(
      '--into-database needs DATABASE_URL: the embedded database is restored in place, the previous one kept beside it.',
    );
  }
  const report = await restoreBackup({
    // npm runs scripts in the project folder; a relative FILE means one from where npm was started.
    file: path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!),
    target: into && target.kind === 'server' ? { kind: 'server', url: urlForDatabase(target.url, into) } : target,
    mediaDir: values['no-media'] || into ? undefined : mediaDir,
    intoNewDatabase: Boolean(into),
  });
  console.log(`Restored the database from ${report.database}${into ? ` into ${into}` : ''}.`);
  if (report.previousDataDir) {
    console.log(`The previous embedded database is kept in ${report.previousDataDir}; delete it once the restore is checked.`);
  }
  if (report.media) console.log(`Put the photos of ${report.media} back into ${mediaDir}.`);
});
