import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { TextState } from '../../../platform/i18n/content-texts.ts';
import type { Locale } from '../../../platform/i18n/locales.ts';
import {
  languageName,
  TitledTranslationForm,
  TranslationStates,
} from '../../../platform/views/components/content-texts.tsx';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import { type FormState, TextArea, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffFormPage, StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import { CheckGroup, YesBox } from './application-parts.tsx';

const k = (key: string) => `mentoring.programmes.form.${key}`;

/** The programme edited: its slug and the state of each translation of its title and aim. */
export interface ProgrammeEdit {
  slug: string;
  states: readonly [Locale, TextState][];
}

/** A programme's form: its German text, organiser, what the matching asks, its staff list. */
export function ProgrammeFormPage({
  ctx,
  tenant,
  state,
  people,
  edit,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  state: FormState;
  people: { id: string; displayName: string }[];
  /** The programme edited; null for a new one. */
  edit: ProgrammeEdit | null;
}) {
  const base = `/${ctx.locale}/m/${tenant.slug}/admin/mentoring`;
  const labels = {
    slug: ctx.t(k('slug')),
    title: ctx.t(k('title')),
    aim: ctx.t(k('aim')),
    organiser: ctx.t(k('organiser')),
    asksPolitical: ctx.t(k('asksPolitical')),
    womenTargetPercent: ctx.t(k('womenTargetPercent')),
    contactEmail: ctx.t(k('contactEmail')),
    active: ctx.t(k('active')),
    staff: ctx.t(k('staff')),
  };
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="mentoring.programmes.staff"
      title={ctx.t(edit ? k('editTitle') : k('newTitle'))}
      state={state}
      labels={labels}
      action={edit ? `${base}/${edit.slug}/edit` : `${base}/new`}
      after={
        edit && (
          <TranslationStates
            ctx={ctx}
            title={ctx.t('mentoring.programmes.text.title')}
            base={`${base}/${edit.slug}`}
            states={edit.states}
            stateKey={(s) => `mentoring.programmes.text.${s}`}
          />
        )
      }
    >
      <TextField ctx={ctx} state={state} name="title" label={labels.title} hint={ctx.t(k('titleHint'))} required />
      <TextField ctx={ctx} state={state} name="slug" label={labels.slug} hint={ctx.t(k('slugHint'))} required />
      <TextArea ctx={ctx} state={state} name="aim" label={labels.aim} required />
      <TextField ctx={ctx} state={state} name="organiser" label={labels.organiser} required />
      <TextField ctx={ctx} state={state} name="contactEmail" type="email" label={labels.contactEmail} />
      <YesBox ctx={ctx} state={state} name="asksPolitical" label={ctx.t(k('asksPoliticalText'))} />
      <TextField
        ctx={ctx}
        state={state}
        name="womenTargetPercent"
        type="number"
        inputmode="numeric"
        label={labels.womenTargetPercent}
        hint={ctx.t(k('womenTargetHint'))}
      />
      <YesBox ctx={ctx} state={state} name="active" label={labels.active} />
      <CheckGroup
        ctx={ctx}
        state={state}
        name="staff"
        legend={labels.staff}
        options={people.map((p) => [p.id, p.displayName] as [string, string])}
      />
    </StaffFormPage>
  );
}

const TEXT_KEYS = {
  title: 'mentoring.programmes.text.fieldTitle',
  description: 'mentoring.programmes.text.fieldAim',
  hint: 'mentoring.programmes.text.hint',
};

/** A programme's title and aim in one language other than German, the German text above the form. */
export function ProgrammeTextPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  slug: string;
  lang: Locale;
  /** The German title and aim (the aim as `description`, the translation form's name for it). */
  source: { locale: string; title: string; description: string } | undefined;
  state: FormState;
}) {
  const { ctx } = p;
  const back = `/${ctx.locale}/m/${p.tenant.slug}/admin/mentoring/${p.slug}`;
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: p.tenant }}
      current="mentoring.programmes.staff"
      title={ctx.t('mentoring.programmes.text.into', { language: languageName(ctx, p.lang) })}
    >
      <BackLink href={`${back}/edit`}>{ctx.t('mentoring.programmes.text.back')}</BackLink>
      <TitledTranslationForm
        ctx={ctx}
        state={p.state}
        source={p.source}
        action={`${back}/texts/${p.lang}`}
        lang={p.lang}
        keys={TEXT_KEYS}
        required
      />
    </StaffPage>
  );
}
