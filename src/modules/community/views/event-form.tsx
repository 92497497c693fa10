import { toFloating } from '../../../lib/calendar/index.ts';
import { dateTimeFormat } from '../../../platform/i18n/format.ts';
import { LOCALE_NAMES, LOCALES } from '../../../platform/i18n/locales.ts';
import { type FormState, SelectField, TextArea, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import type { EventRow } from '../events.repository.ts';
import { MONTH_WEEKS, recurrenceOf, WEEKDAYS } from '../events.rrule.ts';
import { EVENT_LANGUAGES } from '../events.schema.ts';
import type { EventText } from '../events.texts.ts';
import { Checkbox, CheckboxGroup, DayTimeFields } from './form-controls.tsx';

/** What the form offers to choose from: types, rooms, Quartiere and the person's providers, as [value, label]. */
export interface EventChoices {
  types: [string, string][];
  rooms: [string, string][];
  quartiere: [string, string][];
  providers: [string, string][];
}

const FLAGS = [
  'wheelchairAccessible',
  'stepFree',
  'signLanguage',
  'hearingLoop',
  'familyFriendly',
  'childcare',
] as const;
const MONDAY = Date.UTC(2024, 0, 1, 12);
const WHEN = ['startDate', 'startTime', 'endTime'] as const;

/** The labels of every field (the error summary names them). */
export function eventLabels(ctx: ViewContext): Record<string, string> {
  const { t } = ctx;
  const names = [
    'typeKey',
    'sourceLocale',
    'title',
    'description',
    'organiserName',
    'providerId',
    'quartierId',
    'place',
    'roomId',
    'address',
    'languages',
    ...FLAGS,
    'cost',
    'startDate',
    'startTime',
    'endTime',
    'repeat',
    'interval',
    'weekdays',
    'monthWeek',
    'monthDay',
    'ends',
    'until',
    'count',
    'capacity',
    'registration',
  ];
  return Object.fromEntries(names.map((n) => [n, t(`community.events.field.${n}`)]));
}

function weekdayOptions(ctx: ViewContext): [string, string][] {
  const f = dateTimeFormat(ctx.locale, { weekday: 'long', timeZone: 'UTC' });
  return WEEKDAYS.map((d, i): [string, string] => [d, f.format(new Date(MONDAY + i * 86_400_000))]);
}

function RepeatFields({ ctx, state }: { ctx: ViewContext; state: FormState }) {
  const { t } = ctx;
  const l = (n: string) => t(`community.events.field.${n}`);
  const opt = (prefix: string, keys: readonly string[]) => keys.map((k): [string, string] => [k, t(`${prefix}.${k}`)]);
  // Each choice names the kind of repetition it belongs to in its hint (weekly or monthly); the schema checks them.
  const select = (name: string, options: [string, string][], hint?: 'weeklyHint' | 'monthlyHint', required?: true) => (
    <SelectField
      ctx={ctx}
      state={state}
      name={name}
      label={l(name)}
      hint={hint && t(`community.events.form.${hint}`)}
      options={options}
      required={required}
    />
  );
  return (
    <fieldset class="kern-fieldset">
      <legend class="kern-label">{t('community.events.form.repeatLegend')}</legend>
      <div class="kern-fieldset__body">
        {select('repeat', opt('community.events.repeat', ['once', 'weekly', 'monthly']), undefined, true)}
        {select('interval', opt('community.events.interval', ['1', '2', '3', '4']), 'weeklyHint')}
        <CheckboxGroup
          ctx={ctx}
          state={state}
          name="weekdays"
          legend={l('weekdays')}
          hint={t('community.events.form.weeklyHint')}
          options={weekdayOptions(ctx)}
        />
        {select('monthWeek', opt('community.events.monthWeek', MONTH_WEEKS), 'monthlyHint')}
        {select('monthDay', weekdayOptions(ctx), 'monthlyHint')}
        {select('ends', opt('community.events.ends', ['never', 'until', 'count']))}
        <TextField ctx={ctx} state={state} name="until" label={l('until')} type="date" />
        <TextField ctx={ctx} state={state} name="count" label={l('count')} inputmode="numeric" />
      </div>
    </fieldset>
  );
}

/** The organiser's form for a series: text, place, time and repetition, access, places. */
export function EventFields({ ctx, state, choices }: { ctx: ViewContext; state: FormState; choices: EventChoices }) {
  const { t } = ctx;
  const l = (n: string) => t(`community.events.field.${n}`);
  const names = new Intl.DisplayNames([ctx.locale], { type: 'language', fallback: 'code' });
  const locales = LOCALES.map((x): [string, string] => [x, LOCALE_NAMES[x]]);
  const places: [string, string][] = [
    ['room', t('community.events.placeKind.room')],
    ['address', t('community.events.placeKind.address')],
  ];
  const registration: [string, string][] = [
    ['required', t('community.events.registrationKind.required')],
    ['none', t('community.events.registrationKind.none')],
  ];
  return (
    <>
      <SelectField ctx={ctx} state={state} name="typeKey" label={l('typeKey')} options={choices.types} required />
      <SelectField
        ctx={ctx}
        state={state}
        name="sourceLocale"
        label={l('sourceLocale')}
        hint={t('community.events.form.sourceHint')}
        options={locales}
        required
      />
      <TextField ctx={ctx} state={state} name="title" label={l('title')} required />
      <TextArea ctx={ctx} state={state} name="description" label={l('description')} rows={6} />
      <TextField ctx={ctx} state={state} name="organiserName" label={l('organiserName')} required />
      <SelectField ctx={ctx} state={state} name="providerId" label={l('providerId')} options={choices.providers} />
      <SelectField ctx={ctx} state={state} name="quartierId" label={l('quartierId')} options={choices.quartiere} />
      <SelectField ctx={ctx} state={state} name="place" label={l('place')} options={places} required />
      <SelectField
        ctx={ctx}
        state={state}
        name="roomId"
        label={l('roomId')}
        hint={t('community.events.form.roomHint')}
        options={choices.rooms}
      />
      <TextField ctx={ctx} state={state} name="address" label={l('address')} />
      <DayTimeFields
        ctx={ctx}
        state={state}
        names={WHEN}
        labels={Object.fromEntries(WHEN.map((n) => [n, l(n)]))}
        timeHint={t('community.events.form.timeHint')}
      />
      <RepeatFields ctx={ctx} state={state} />
      <CheckboxGroup
        ctx={ctx}
        state={state}
        name="languages"
        legend={l('languages')}
        options={EVENT_LANGUAGES.map((x): [string, string] => [x, names.of(x) ?? x])}
      />
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{t('community.events.form.accessLegend')}</legend>
        <div class="kern-fieldset__body">
          {FLAGS.map((f) => (
            <Checkbox state={state} name={f} label={l(f)} />
          ))}
        </div>
      </fieldset>
      <TextField
        ctx={ctx}
        state={state}
        name="cost"
        label={l('cost')}
        hint={t('community.events.form.costHint')}
        inputmode="decimal"
      />
      <SelectField
        ctx={ctx}
        state={state}
        name="registration"
        label={l('registration')}
        options={registration}
        required
      />
      <TextField
        ctx={ctx}
        state={state}
        name="capacity"
        label={l('capacity')}
        hint={t('community.events.form.capacityHint')}
        inputmode="numeric"
      />
    </>
  );
}

const on = (b: boolean) => (b ? 'on' : '');

/** The form values of a stored series and its source text (a rule the form did not write keeps "once" blank). */
export function eventFormValues(e: EventRow, source: EventText | undefined): Record<string, string | string[]> {
  const r = recurrenceOf(e.rrule);
  const end = new Date(new Date(`${e.startsLocal}Z`).getTime() + e.durationMinutes * 60_000);
  const ending = r && r.kind !== 'once' ? r.ending : null;
  return {
    typeKey: e.typeKey,
    sourceLocale: e.sourceLocale,
    title: source?.title ?? '',
    description: source?.description ?? '',
    organiserName: e.organiserName,
    providerId: e.organiserProviderId ?? '',
    quartierId: e.quartierId ?? '',
    place: e.roomId ? 'room' : 'address',
    roomId: e.roomId ?? '',
    address: e.address ?? '',
    languages: e.languages,
    ...Object.fromEntries(FLAGS.map((f) => [f, on(e[f])])),
    cost: e.costCents === null ? '' : (e.costCents / 100).toFixed(2).replace(/\.00$/, '').replace('.', ','),
    startDate: e.startsLocal.slice(0, 10),
    startTime: e.startsLocal.slice(11, 16),
    endTime: end.toISOString().slice(11, 16),
    repeat: r?.kind ?? '',
    interval: r?.kind === 'weekly' ? String(r.interval) : '',
    weekdays: r?.kind === 'weekly' ? r.days : [],
    monthWeek: r?.kind === 'monthly' ? r.week : '',
    monthDay: r?.kind === 'monthly' ? r.day : '',
    ends: ending?.kind ?? '',
    until: ending?.kind === 'until' ? ending.day : '',
    count: ending?.kind === 'count' ? String(ending.count) : '',
    capacity: e.capacity === null ? '' : String(e.capacity),
    registration: e.registration,
  };
}

/** The form values of one date: its Berlin day and times, its own places. */
export function occurrenceFormValues(o: { startsAt: Date; endsAt: Date; capacity: number | null }) {
  const s = toFloating(o.startsAt, 'Europe/Berlin').toISOString();
  const e = toFloating(o.endsAt, 'Europe/Berlin').toISOString();
  return {
    date: s.slice(0, 10),
    startTime: s.slice(11, 16),
    endTime: e.slice(11, 16),
    places: o.capacity === null ? '' : String(o.capacity),
  };
}
