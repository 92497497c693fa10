import { direction } from '../../../platform/i18n/locales.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import { Form, type FormState, FormWithSummary, SubmitButton } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import { Checkbox } from '../../community/index.ts';
import { providerLanguage } from '../translations.provider.ts';
import type { EditorData } from '../translations.service.ts';
import type { SourceLine } from '../translations.state.ts';
import { cleanHtml } from '../welcome.html.ts';
import type { TextLocale } from '../welcome.tables.ts';
import { TextInLanguage } from './translations-fields.tsx';
import { StateLabel, translationLanguage, translationUrls } from './translations-parts.tsx';

/** A message the editor shows above everything after a failed action (machine service off, slow or failing). */
export interface EditorAlert {
  key: string;
}

/**
 * The side-by-side editor: the German source (read-only) beside the translation form; when outdated, the source's
 * changed lines since the version the translation was made from; the machine draft and the approval.
 */
export function TranslationEditorPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  data: EditorData;
  state: FormState;
  machineOn: boolean;
  alert?: EditorAlert;
}) {
  const { ctx, data } = p;
  const { t } = ctx;
  const lang = data.status.locale;
  const urls = translationUrls(ctx, p.tenant);
  const action = urls.editor(data.page.id, lang);
  const language = translationLanguage(ctx, lang);
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: p.tenant }}
      current="welcome.translations"
      title={t('welcome.translations.editor.title', { language })}
    >
      <BackLink href={urls.overview}>{t('welcome.translations.editor.back')}</BackLink>
      {p.alert && (
        <div class="kern-alert kern-alert--danger" role="alert">
          <div class="kern-alert__header">
            <p class="kern-title">{t(p.alert.key)}</p>
          </div>
        </div>
      )}
      <p class="kern-body" id="translation-state">
        {t('welcome.translations.editor.state')} <StateLabel ctx={ctx} status={data.status} />
      </p>
      {data.status.state === 'outdated' && <SourceChanges ctx={ctx} changes={data.changes} />}
      <div class="z-side-by-side">
        <section aria-labelledby="source-title">
          <h2 class="kern-heading-medium" id="source-title">
            {t('welcome.translations.editor.source', { version: data.source?.version ?? 0 })}
          </h2>
          {data.source ? (
            <div lang="de" dir="ltr">
              <h3 class="kern-heading-small">{data.source.title}</h3>
              <div class="kern-body" dangerouslySetInnerHTML={{ __html: cleanHtml(data.source.body) }} />
              <details>
                <summary class="kern-body">{t('welcome.translations.editor.sourceHtml')}</summary>
                <pre class="z-source-html">{cleanHtml(data.source.body)}</pre>
              </details>
            </div>
          ) : (
            <p class="kern-body">{t('welcome.translations.noSource')}</p>
          )}
        </section>
        <section aria-labelledby="target-title">
          <h2 class="kern-heading-medium" id="target-title">
            {t('welcome.translations.editor.target', { language })}
          </h2>
          <TranslationForm ctx={ctx} data={data} state={p.state} action={action} />
        </section>
      </div>
      <MachineSection ctx={ctx} data={data} action={action} machineOn={p.machineOn} />
    </StaffPage>
  );
}

function TranslationForm(p: { ctx: ViewContext; data: EditorData; state: FormState; action: string }) {
  const { ctx, data, state } = p;
  const { t } = ctx;
  const lang = data.status.locale as TextLocale;
  const labels = {
    title: t('welcome.translations.field.title'),
    body: t('welcome.translations.field.body'),
    stillCurrent: t('welcome.translations.field.stillCurrent'),
  };
  const dir = direction(lang);
  return (
    <FormWithSummary ctx={ctx} state={state} labels={labels} action={p.action} submit={t('staff.save')}>
      <TextInLanguage ctx={ctx} state={state} name="title" label={labels.title} lang={lang} dir={dir} required />
      <TextInLanguage
        ctx={ctx}
        state={state}
        name="body"
        label={labels.body}
        hint={t('welcome.translations.field.bodyHint')}
        lang={lang}
        dir={dir}
        rows={16}
      />
      {data.status.state === 'outdated' && <Checkbox state={state} name="stillCurrent" label={labels.stillCurrent} />}
    </FormWithSummary>
  );
}

/** The changed lines of the German text, each with its label in words (not colour or strike-through alone). */
function SourceChanges({ ctx, changes }: { ctx: ViewContext; changes: SourceLine[] | null }) {
  const { t } = ctx;
  const changed = changes?.filter((c) => c.kind !== 'same') ?? [];
  return (
    <section aria-labelledby="changes-title">
      <h2 class="kern-heading-medium" id="changes-title">
        {t('welcome.translations.changes.title')}
      </h2>
      {changes === null ? (
        <p class="kern-body">{t('welcome.translations.changes.unknown')}</p>
      ) : changed.length === 0 ? (
        <p class="kern-body">{t('welcome.translations.changes.none')}</p>
      ) : (
        <ul class="kern-list z-diff" lang="de">
          {changed.map((c) =>
            c.kind === 'added' ? (
              <li>
                <strong lang={ctx.locale}>{t('welcome.translations.changes.added')}</strong> <ins>{c.text}</ins>
              </li>
            ) : (
              <li>
                <strong lang={ctx.locale}>{t('welcome.translations.changes.removed')}</strong> <del>{c.text}</del>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}

function MachineSection(p: { ctx: ViewContext; data: EditorData; action: string; machineOn: boolean }) {
  const { ctx, data } = p;
  const { t } = ctx;
  const supported = providerLanguage(data.status.locale) !== null;
  const hint = !p.machineOn
    ? 'welcome.translations.machine.off'
    : !supported
      ? 'welcome.translations.machine.noLanguage'
      : 'welcome.translations.machine.hint';
  return (
    <section aria-labelledby="machine-title">
      <h2 class="kern-heading-medium" id="machine-title">
        {t('welcome.translations.machine.title')}
      </h2>
      {data.text?.machine && (
        <>
          <p class="kern-body">{t('welcome.translations.machine.unreviewed')}</p>
          <Form ctx={ctx} action={`${p.action}/approve`} label={t('welcome.translations.machine.approve')}>
            <SubmitButton>{t('welcome.translations.machine.approve')}</SubmitButton>
          </Form>
        </>
      )}
      <p class="kern-body">{t(hint)}</p>
      <Form ctx={ctx} action={`${p.action}/machine`} label={t('welcome.translations.machine.draft')}>
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('welcome.translations.machine.draft')}</span>
        </button>
      </Form>
    </section>
  );
}
