import type { FormValues } from '../../../platform/http/forms.ts';
import { LOCALES } from '../../../platform/i18n/locales.ts';
import { languageName } from '../../../platform/views/components/content-texts.tsx';
import { type FormState, SelectField, TextArea, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { CheckboxGroup } from '../../community/index.ts';
import type { PracticeRow, PracticeText } from '../practice.repository.ts';
import { PRACTICE_TAGS } from '../welcome.tables.ts';

const FIELDS = [
  'title',
  'what',
  'forWhom',
  'results',
  'placeName',
  'providerName',
  'tags',
  'contactName',
  'contactEmail',
  'website',
  'startedYear',
  'trLocale',
  'trTitle',
  'trWhat',
  'trForWhom',
  'trResults',
] as const;

const LABEL: Record<(typeof FIELDS)[number], string> = {
  title: 'welcome.practice.field.title',
  what: 'welcome.practice.field.what',
  forWhom: 'welcome.practice.field.forWhom',
  results: 'welcome.practice.field.results',
  placeName: 'welcome.practice.field.placeName',
  providerName: 'welcome.practice.field.providerName',
  tags: 'welcome.practice.field.tags',
  contactName: 'welcome.practice.field.contactName',
  contactEmail: 'welcome.practice.field.contactEmail',
  website: 'welcome.practice.field.website',
  startedYear: 'welcome.practice.field.startedYear',
  trLocale: 'welcome.practice.field.trLocale',
  trTitle: 'welcome.practice.field.title',
  trWhat: 'welcome.practice.field.what',
  trForWhom: 'welcome.practice.field.forWhom',
  trResults: 'welcome.practice.field.results',
};

/** The form's field labels, for the error summary. */
export const practiceLabels = (ctx: ViewContext) =>
  Object.fromEntries(FIELDS.map((f) => [f, ctx.t(LABEL[f])])) as Record<string, string>;

/** The form's values of a stored example: its facts and German text (the translation block starts empty). */
export function practiceFormValues(row: PracticeRow, german: PracticeText | undefined): FormValues {
  return {
    title: german?.title ?? '',
    what: german?.what ?? '',
    forWhom: german?.forWhom ?? '',
    results: german?.results ?? '',
    placeName: row.placeName,
    providerName: row.providerName ?? '',
    tags: [...row.tags],
    contactName: row.contactName ?? '',
    contactEmail: row.contactEmail ?? '',
    website: row.website ?? '',
    startedYear: row.startedYear === null ? '' : String(row.startedYear),
  };
}

/** The fields of an example: the German text, the facts and tags, then one optional translation. */
export function PracticeFields({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  const { t } = ctx;
  const f = (name: (typeof FIELDS)[number]) => ({ ctx, state, name, label: t(LABEL[name]) });
  return (
    <>
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{t('welcome.practice.form.german')}</legend>
        <div class="kern-fieldset__body">
          <TextField {...f('title')} required />
          <TextArea {...f('what')} required rows={6} hint={t('welcome.practice.form.paragraphs')} />
          <TextArea {...f('forWhom')} rows={3} />
          <TextArea {...f('results')} rows={4} />
        </div>
      </fieldset>
      <TextField {...f('placeName')} required />
      <TextField {...f('providerName')} />
      <CheckboxGroup
        ctx={ctx}
        state={state}
        name="tags"
        legend={t('welcome.practice.field.tags')}
        options={PRACTICE_TAGS.map((k) => [k, t(`welcome.tag.${k}`)])}
      />
      <TextField {...f('contactName')} />
      <TextField {...f('contactEmail')} type="email" autocomplete="off" />
      <TextField {...f('website')} type="url" />
      <TextField {...f('startedYear')} inputmode="numeric" />
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{t('welcome.practice.form.translation')}</legend>
        <div class="kern-fieldset__body">
          <SelectField
            {...f('trLocale')}
            options={LOCALES.filter((l) => l !== 'de').map((l) => [l, languageName(ctx, l)])}
          />
          <TextField {...f('trTitle')} />
          <TextArea {...f('trWhat')} rows={6} />
          <TextArea {...f('trForWhom')} rows={3} />
          <TextArea {...f('trResults')} rows={4} />
        </div>
      </fieldset>
    </>
  );
}
