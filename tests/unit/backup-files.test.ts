import { describe, expect, it } from 'vitest';
import { BackupError, backupFileNames, backupKindOf, describeSize, mediaArchiveBeside } from '@/lib/backup/backup-files';
import { libpqEnvironment, urlForDatabase } from '@/lib/backup/libpq-environment';

const dumpHeader = Buffer.from('PGDMP\u0001\u000f\u0000');
const tarHeader = Buffer.concat([Buffer.alloc(257), Buffer.from('ustar\u000000')]);

describe('backup file names', () => {
  it('name the moment in UTC, the database file by its kind and the media archive beside it', () => {
    const moment = new Date('2026-12-02T19:05:09.871+09:00');
    expect(backupFileNames('dump', moment)).toEqual({
      database: 'dateline-20261202T100509Z.dump',
      media: 'dateline-20261202T100509Z.media.tar',
    });
    expect(backupFileNames('cluster', moment).database).toBe('dateline-20261202T100509Z.pgdata.tar');
    expect(mediaArchiveBeside('/var/backups/dateline/dateline-20261202T100509Z.pgdata.tar')).toBe(
      '/var/backups/dateline/dateline-20261202T100509Z.media.tar',
    );
  });
});

describe('telling what a backup file is', () => {
  it('knows a dump and a copy of the embedded cluster by name and content', () => {
    expect(backupKindOf('b/dateline-x.dump', dumpHeader)).toBe('dump');
    expect(backupKindOf('b/dateline-x.pgdata.tar', tarHeader)).toBe('cluster');
  });

  it('refuses with a sentence what is not one', () => {
    expect(() => backupKindOf('notes.txt', dumpHeader)).toThrow(
      new BackupError('notes.txt is not a Dateline backup: its name should end in .dump or .pgdata.tar.'),
    );
    expect(() => backupKindOf('x.dump', Buffer.from('-- PostgreSQL database dump'))).toThrow(
      'x.dump is not a Dateline backup: its content is not a pg_dump archive.',
    );
    expect(() => backupKindOf('x.pgdata.tar', dumpHeader)).toThrow('its content is not a tar archive');
    expect(() => backupKindOf('x.dump', Buffer.alloc(0))).toThrow(BackupError);
    expect(() => backupKindOf('x.media.tar', tarHeader)).toThrow(
      'x.media.tar is the media archive of a backup: name its database file (.dump or .pgdata.tar) instead.',
    );
  });
});

describe('sizes', () => {
  it('read as an operator reads them', () => {
    expect(describeSize(512)).toBe('512 bytes');
    expect(describeSize(77_003)).toBe('77.0 kB');
    expect(describeSize(48_640_000)).toBe('48.6 MB');
  });
});

describe('the settings pg_dump and pg_restore get for DATABASE_URL', () => {
  it('carry the password in the environment, decoded, and leave out what libpq does not know', () => {
    expect(
      libpqEnvironment('postgresql://dateline:p%40ss%20word@db.example:6432/dateline?schema=public&connection_limit=5&sslmode=require'),
    ).toEqual({
      PGHOST: 'db.example',
      PGPORT: '6432',
      PGUSER: 'dateline',
      PGPASSWORD: 'p@ss word',
      PGDATABASE: 'dateline',
      PGSSLMODE: 'require',
    });
  });

  it('take a Unix socket from the host parameter, and refuse what is no PostgreSQL address', () => {
    expect(libpqEnvironment('postgresql://dateline@localhost/dateline?host=/var/run/postgresql')).toEqual({
      PGHOST: '/var/run/postgresql',
      PGUSER: 'dateline',
      PGDATABASE: 'dateline',
    });
    expect(() => libpqEnvironment('mysql://dateline@db/dateline')).toThrow(new BackupError('DATABASE_URL is not a postgresql:// address.'));
    expect(() => libpqEnvironment('dateline')).toThrow(BackupError);
  });

  it('name another database of the same server for --into-database', () => {
    expect(urlForDatabase('postgresql://dateline:secret@db.example:5432/dateline?sslmode=require', 'dateline_check')).toBe(
      'postgresql://dateline:secret@db.example:5432/dateline_check?sslmode=require',
    );
  });
});
