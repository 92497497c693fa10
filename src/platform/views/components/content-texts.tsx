import type { TextState } from '../../i18n/content-texts.ts';
import { direction, LOCALE_NAMES, type Locale } from '../../i18n/locales.ts';
import type { ViewContext } from '../context.ts';
import { type FormState, FormWithSummary, TextArea, TextField } from './form.tsx';

/** A language's name in the reader's language (its own name where the runtime knows none). */
export function languageName(ctx: ViewContext, l: Locale): string {
  return new Intl.DisplayNames([ctx.locale], { type: 'language' }).of(l) ?? LOCALE_NAMES[l];
}

/**
 * The notes above a translatable text: shown in the original because the translation is missing, or older than
 * the original. The messages are the module's, so that each says what kind of text it is.
 */
export function TextNotes(p: {
  ctx: ViewContext;
  shown: { missing: boolean; outdated: boolean } | null;
  /** Without a `missing` message, a text shown in the original goes without a note. */
  messages: { missing?: string; outdated: string };
}) {
  const { ctx, shown, messages } = p;
  return (
    <>
      {shown?.missing && messages.missing && <p class="kern-body">{ctx.t(messages.missing)}</p>}
      {shown?.outdated && <p class="kern-body">{ctx.t(messages.outdated)}</p>}
    </>
  );
}

/** The staff list of a text's languages, each a link to its translation form (`<base>/texts/<l>`) and its state. */
export function TranslationStates(p: {
  ctx: ViewContext;
  title: string;
  base: string;
  states: readonly [Locale, TextState][];
  /** The message key of a state, e.g. `(s) => \`housing.flats.text.${s}\``. */
  stateKey: (s: TextState) => string;
}) {
  const { ctx } = p;
  return (
    <section aria-labelledby="texts-title">
      <h2 class="kern-heading-medium" id="texts-title">
        {p.title}
      </h2>
      <ul class="kern-list">
        {p.states.map(([l, s]) => (
          <li>
            <a class="kern-link" href={`${p.base}/texts/${l}`}>
              {languageName(ctx, l)}
            </a>
            {': '}
            {ctx.t(p.stateKey(s))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The source a translator works from: its title (if the text has one) and its text, in its own language. */
export function SourceText(p: { source: { locale: string; title?: string; description: string } | undefined }) {
  const { source } = p;
  if (!source) return null;
  return (
    <blockquote class="kern-body" lang={source.locale} dir={direction(source.locale)}>
      {source.title !== undefined && (
        <p>
          <strong>{source.title}</strong>
        </p>
      )}
      <p>{source.description}</p>
    </blockquote>
  );
}

/**
 * A title-and-description translation: the source above, then the form. `keys` are the module's message keys of
 * the two labels and of the title's hint (that an empty title removes the translation).
 */
export function TitledTranslationForm(p: {
  ctx: ViewContext;
  state: FormState;
  source: { locale: string; title: string; description: string } | undefined;
  action: string;
  /** The language the translation is written in: its fields take its `lang` and direction. */
  lang: string;
  keys: { title: string; description: string; hint: string };
  /** Both fields must be filled (a translation that cannot be removed by emptying it); default: optional. */
  required?: boolean;
}) {
  const { ctx, state, keys } = p;
  const labels = { title: ctx.t(keys.title), description: ctx.t(keys.description) };
  return (
    <>
      <SourceText source={p.source} />
      <FormWithSummary ctx={ctx} state={state} labels={labels} action={p.action} submit={ctx.t('staff.save')}>
        <TextField
          ctx={ctx}
          state={state}
          name="title"
          label={labels.title}
          hint={ctx.t(keys.hint)}
          required={p.required}
          lang={p.lang}
        />
        <TextArea
          ctx={ctx}
          state={state}
          name="description"
          label={labels.description}
          rows={6}
          required={p.required}
          lang={p.lang}
        />
      </FormWithSummary>
    </>
  );
}
