/** `npm run db:backup [-- --no-media]`: the database and the media folder, into BACKUP_DIR (default var/backups). */
import path from 'node:path';
import { backUp } from '@/lib/backup/backup';
import { describeSize } from '@/lib/backup/backup-files';
import { loadSettings, parseCommandLine, runCommand } from './settings';

runCommand(async () => {
  const { values } = parseCommandLine(
    { options: { 'no-media': { type: 'boolean', default: false } } },
    'Usage: npm run db:backup [-- --no-media]',
  );
  const { target, mediaDir, backupDir } = loadSettings();
  const written = await backUp({ target, mediaDir: values['no-media'] ? undefined : mediaDir, backupDir });
  console.log(
    `Backed up ${target.kind === 'server' ? 'the database' : 'the embedded database'}${values['no-media'] ? '' : ` and ${mediaDir}`}:`,
  );
  for (const { file, bytes } of written) console.log(`  ${shortPath(file)}  ${describeSize(bytes)}`);
});

function shortPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}
