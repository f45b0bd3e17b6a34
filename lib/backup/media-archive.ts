import '#server-only';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { runTool } from './run-tool';

/** Writes the media folder (photos are files, not rows) as a tar archive; a folder not made yet gives an empty one. */
export async function archiveMedia(mediaDir: string, file: string): Promise<void> {
  const what = existsSync(mediaDir) ? ['--directory', mediaDir, '.'] : ['--files-from', '/dev/null'];
  await runTool('tar', ['--create', '--file', file, ...what], { failure: `Could not archive the media folder ${mediaDir}.` });
}

/** Refuses an archive tar cannot read, before anything is restored. */
export async function checkMediaArchive(file: string): Promise<void> {
  await runTool('tar', ['--list', '--file', file], { failure: `${file} is not a readable media archive.` });
}

/**
 * Puts the archived photos back into the media folder, over files of the same name. Photos added since the backup
 * stay: nothing in the restored database points at them, and keeping them means a restore never deletes a file.
 */
export async function restoreMedia(file: string, mediaDir: string): Promise<void> {
  await mkdir(mediaDir, { recursive: true });
  await runTool('tar', ['--extract', '--file', file, '--directory', mediaDir], {
    failure: `Could not put the photos back into ${mediaDir}.`,
  });
}
