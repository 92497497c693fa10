import type { Generated } from 'kysely';
import type { Executor } from '../../platform/db/types.ts';
import type { Locale } from '../../platform/i18n/locales.ts';

export interface FeedbackTable {
  id: Generated<string>;
  message: string;
  page_url: string | null;
  email: string | null;
  locale: string;
  created_at: Generated<Date>;
  handled_at: Date | null;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    feedback: FeedbackTable;
  }
}

export interface NewFeedback {
  message: string;
  pageUrl: string | null;
  email: string | null;
  locale: Locale;
}

/** Stores one feedback message; returns its id. */
export async function insertFeedback(db: Executor, f: NewFeedback): Promise<string> {
  const row = await db
    .insertInto('feedback')
    .values({ message: f.message, page_url: f.pageUrl, email: f.email, locale: f.locale })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The feedback not yet dealt with, oldest first. */
export async function listOpenFeedback(db: Executor, limit = 100) {
  return db
    .selectFrom('feedback')
    .select(['id', 'message', 'page_url', 'email', 'locale', 'created_at'])
    .where('handled_at', 'is', null)
    .orderBy('created_at')
    .limit(limit)
    .execute();
}
