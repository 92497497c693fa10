import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import pg from 'pg';
import { testDatabase } from '../../testing/db.ts';
import { assertCaseFolding } from './character-type.ts';
import { connect } from './connection.ts';

const SERVER = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

describe('the database folds the case of every script the search meets', () => {
  test('the test database (either engine) passes the check', async () => {
    const conn = await testDatabase();
    try {
      await assertCaseFolding(conn.db);
    } finally {
      await conn.close();
    }
  });

  test('a server database with the plain C character type is refused with a message that says how to fix it', {
    skip: SERVER ? false : 'needs a PostgreSQL server (TEST_DATABASE_URL)',
  }, async () => {
    const name = `zuhause_ctype_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: SERVER });
    await admin.connect();
    await admin.query(`create database ${name} template template0 encoding 'UTF8' lc_ctype 'C' lc_collate 'C'`);
    const url = new URL(SERVER ?? '');
    url.pathname = `/${name}`;
    const conn = await connect({ url: url.toString(), poolSize: 1 });
    try {
      await assert.rejects(assertCaseFolding(conn.db), /LC_CTYPE C\b.*lc_ctype 'C\.UTF-8'/s);
    } finally {
      await conn.close();
      await admin.query(`drop database ${name}`);
      await admin.end();
    }
  });
});
