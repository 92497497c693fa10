import { formatList } from '../../../platform/i18n/format.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import { DetailList } from '../../../platform/views/components/detail-list.tsx';
import { ErrorSummary, Form, type FormState } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { pairingForAnswer } from '../matching.repository.ts';

type Pairing = NonNullable<Awaited<ReturnType<typeof pairingForAnswer>>>;

/**
 * The answer page of a published pairing, for one of its two people: who the other person is, the answers so far,
 * and (while the pairing is open) the choice to accept or decline.
 */
export function AnswerPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  pairing: Pairing;
  side: 'mentee' | 'mentor';
  url: string;
  state: FormState;
}) {
  const { ctx, pairing: x } = p;
  const { t } = ctx;
  const topics = (keys: readonly string[]) =>
    formatList(
      ctx.locale,
      keys.map((k) => t(`mentoring.topic.${k}`)),
    );
  const mine = p.side === 'mentee' ? x.menteeAnswer : x.mentorAnswer;
  const theirs = p.side === 'mentee' ? x.mentorAnswer : x.menteeAnswer;
  const answerText = (a: string | null) => t(`mentoring.answer.state.${a ?? 'open'}`);
  const other =
    p.side === 'mentee'
      ? [
          [t('mentoring.answer.field.mentor'), <bdi>{x.mentorName}</bdi>] as const,
          [t('mentoring.answer.field.body'), x.mentorBody] as const,
          x.mentorFaction !== null && ([t('mentoring.answer.field.faction'), x.mentorFaction] as const),
          [t('mentoring.answer.field.topics'), topics(x.mentorTopics)] as const,
        ]
      : [
          [t('mentoring.answer.field.mentee'), <bdi>{x.menteeName}</bdi>] as const,
          [t('mentoring.answer.field.topics'), topics(x.menteeTopics)] as const,
          [
            t('mentoring.answer.field.availability'),
            formatList(
              ctx.locale,
              x.menteeAvailability.map((k) => t(`mentoring.availability.${k}`)),
            ),
          ] as const,
        ];
  const labels = { answer: t('mentoring.answer.legend') };
  const err = p.state.errors.answer;
  return (
    <Layout ctx={ctx} title={t('mentoring.answer.title')}>
      <h1 class="kern-heading-large">{t('mentoring.answer.title')}</h1>
      <p class="kern-body">{t(`mentoring.answer.intro.${p.side}`)}</p>
      <DetailList
        rows={[
          ...other,
          [t('mentoring.answer.field.status'), t(`mentoring.matching.status.${x.status}`)],
          [t('mentoring.answer.field.mine'), answerText(mine)],
          [t('mentoring.answer.field.theirs'), answerText(theirs)],
        ]}
      />
      {x.status === 'published' && mine === null && (
        <>
          <ErrorSummary ctx={ctx} state={p.state} labels={labels} />
          <Form ctx={ctx} action={p.url} label={t('mentoring.answer.legend')}>
            <fieldset class="kern-fieldset" id="answer" aria-describedby={err ? 'answer-error' : undefined}>
              <legend class="kern-label">{t('mentoring.answer.legend')}</legend>
              {err && (
                <p class="kern-error" id="answer-error">
                  {t(err.key, err.values)}
                </p>
              )}
              <div class="kern-fieldset__body">
                {(['accepted', 'declined'] as const).map((a) => (
                  <div class="kern-form-check">
                    <input class="kern-form-check__radio" type="radio" name="answer" value={a} id={`answer-${a}`} />
                    <label class="kern-label" for={`answer-${a}`}>
                      {t(`mentoring.answer.choice.${a}`)}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
            <button type="submit" class="kern-btn kern-btn--primary">
              <span class="kern-label">{t('mentoring.answer.submit')}</span>
            </button>
          </Form>
        </>
      )}
    </Layout>
  );
}
