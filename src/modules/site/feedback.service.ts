import type { Locale } from '../../platform/i18n/locales.ts';
import type { Translate } from '../../platform/i18n/messages.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import type { UseCase } from '../../platform/usecase/run-use-case.ts';
import type { FeedbackInput } from './feedback.schema.ts';
import { insertFeedback } from './feedback.repository.ts';

export interface FeedbackNotice {
  /** Where the team reads feedback. */
  to: string;
  /** Translator in the team's language (German). */
  t: Translate;
}

/** The bare address of a `Name <address>` sender, or the string itself. */
export function mailAddress(from: string): string {
  return /<([^<>\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? from.trim();
}

/** Stores feedback and queues the notice to the team, in one transaction: both or neither. */
export async function submitFeedback(
  uc: UseCase,
  input: FeedbackInput,
  locale: Locale,
  notice: FeedbackNotice,
): Promise<string> {
  const { tx } = uc;
  const id = await insertFeedback(tx, {
    message: input.message,
    pageUrl: input.page ?? null,
    email: input.email ?? null,
    locale,
  });
  const none = notice.t('site.feedback.mail.none');
  await queueMail(tx, {
    to: notice.to,
    subject: notice.t('site.feedback.mail.subject', { id: id.slice(0, 8) }),
    text: notice.t('site.feedback.mail.body', {
      message: input.message,
      page: input.page ?? none,
      email: input.email ?? none,
      locale,
      id,
    }),
  });
  // Feedback is anonymous free text: the audit keeps only that it came, in which language, with an address or not.
  const after = { locale, withEmail: input.email !== undefined, withPage: input.page !== undefined };
  uc.record({ action: 'create', subjectType: 'site.feedback', subjectId: id, after });
  return id;
}
