import type { PageTenant } from '../../../platform/db/tenant.ts';
import { roleLabelKey } from '../../../platform/auth/session-user.ts';
import { LOCALE_NAMES, LOCALES } from '../../../platform/i18n/locales.ts';
import { type FormState, SelectField, TextArea, TextField } from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffFormPage, StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import { BOOKER_ROLES } from '../bookings.rules.ts';
import { ROOM_EQUIPMENT } from '../community.tables.ts';
import type { RoomRow, RoomText } from '../rooms.repository.ts';
import { Checkbox, CheckboxGroup, roomUrls } from './room-parts.tsx';

export const ROOMS_NAV = 'community.rooms.staff';

const FIELDS = [
  'name',
  'street',
  'postcode',
  'city',
  'quartierId',
  'capacity',
  'equipment',
  'wheelchairAccessible',
  'stepFree',
  'accessibleToilet',
  'hearingLoop',
  'openingHours',
  'bookableBy',
  'needsApproval',
  'maxBookingHours',
  'leadTimeHours',
  'bufferMinutes',
  'active',
  'sourceLocale',
  'description',
] as const;

/** Labels of the room form's fields. */
export function roomLabels(ctx: ViewContext): Record<string, string> {
  return Object.fromEntries(FIELDS.map((n) => [n, ctx.t(`community.rooms.field.${n}`)]));
}

/** The form values of a stored room and its source description. */
export function roomFormValues(r: RoomRow, description: string): Record<string, string | string[]> {
  const on = (b: boolean) => (b ? 'on' : '');
  return {
    name: r.name,
    street: r.street,
    postcode: r.postcode,
    city: r.city,
    quartierId: r.quartierId ?? '',
    capacity: String(r.capacity),
    equipment: r.equipment,
    wheelchairAccessible: on(r.wheelchairAccessible),
    stepFree: on(r.stepFree),
    accessibleToilet: on(r.accessibleToilet),
    hearingLoop: on(r.hearingLoop),
    openingHours: r.openingHours ?? '',
    bookableBy: r.bookableBy,
    needsApproval: on(r.needsApproval),
    maxBookingHours: String(Math.round(r.maxBookingMinutes / 60)),
    leadTimeHours: String(r.leadTimeHours),
    bufferMinutes: String(r.bufferMinutes),
    active: on(r.active),
    sourceLocale: r.sourceLocale,
    description,
  };
}

/** What a new room's form starts with: the usual rules of a Quartier's room. */
export const NEW_ROOM_VALUES = {
  bookableBy: ['volunteer', 'quartier_manager'],
  needsApproval: 'on',
  maxBookingHours: '4',
  leadTimeHours: '24',
  bufferMinutes: '0',
  active: 'on',
  sourceLocale: 'de',
};

/** The room's fields (create and edit). */
function RoomFields({ ctx, state, quartiere }: { ctx: ViewContext; state: FormState; quartiere: [string, string][] }) {
  const { t } = ctx;
  const l = roomLabels(ctx);
  const text = (name: string, required = false, inputmode?: 'numeric', hint?: string) => (
    <TextField
      ctx={ctx}
      state={state}
      name={name}
      label={l[name]!}
      required={required}
      inputmode={inputmode}
      hint={hint}
    />
  );
  const equipment = ROOM_EQUIPMENT.map((e): [string, string] => [e, t(`community.equipment.${e}`)]);
  const roles = BOOKER_ROLES.map((r): [string, string] => [r, t(roleLabelKey(r))]);
  const langs = LOCALES.map((x): [string, string] => [x, LOCALE_NAMES[x]]);
  return (
    <>
      {text('name', true)}
      {text('street', true)}
      {text('postcode', true, 'numeric')}
      {text('city', true)}
      <SelectField ctx={ctx} state={state} name="quartierId" label={l.quartierId!} options={quartiere} />
      {text('capacity', true, 'numeric')}
      <CheckboxGroup ctx={ctx} state={state} name="equipment" legend={l.equipment!} options={equipment} />
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{t('community.rooms.field.accessibility')}</legend>
        {(['wheelchairAccessible', 'stepFree', 'accessibleToilet', 'hearingLoop'] as const).map((k) => (
          <Checkbox state={state} name={k} label={l[k]!} />
        ))}
      </fieldset>
      {text('openingHours', false, undefined, t('community.rooms.hint.openingHours'))}
      <fieldset class="kern-fieldset">
        <legend class="kern-label">{t('community.rooms.rules.title')}</legend>
        <CheckboxGroup ctx={ctx} state={state} name="bookableBy" legend={l.bookableBy!} options={roles} />
        <Checkbox state={state} name="needsApproval" label={l.needsApproval!} />
        {text('maxBookingHours', true, 'numeric')}
        {text('leadTimeHours', true, 'numeric')}
        {text('bufferMinutes', true, 'numeric', t('community.rooms.hint.buffer'))}
        <Checkbox state={state} name="active" label={l.active!} />
      </fieldset>
      <SelectField ctx={ctx} state={state} name="sourceLocale" label={l.sourceLocale!} options={langs} required />
      <TextArea ctx={ctx} state={state} name="description" label={l.description!} rows={6} />
    </>
  );
}

/** The rooms staff keep, with links to the requests and the usage figures. */
export function RoomsAdminPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  rooms: readonly RoomRow[];
  pending: number;
}) {
  const { ctx, tenant } = p;
  const { t } = ctx;
  const urls = roomUrls(ctx, tenant.slug);
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current={ROOMS_NAV}
      title={t('community.rooms.staff.title')}
      action={{ href: `${urls.admin}/new`, label: t('community.rooms.staff.new') }}
    >
      <p class="kern-body z-actions">
        <a class="kern-link" href={urls.queue}>
          {t('community.rooms.queue.linkCount', { count: p.pending })}
        </a>
        <a class="kern-link" href={urls.usage}>
          {t('community.rooms.usage.title')}
        </a>
      </p>
      <DataTable
        caption={t('community.rooms.staff.title')}
        captionHidden
        rows={p.rooms}
        empty={t('community.rooms.staff.empty')}
        columns={[
          {
            header: t('community.rooms.field.name'),
            rowHeader: true,
            cell: (r) => (
              <a class="kern-link" href={`${urls.admin}/${r.id}/edit`}>
                <bdi lang="de">{r.name}</bdi>
              </a>
            ),
          },
          { header: t('community.rooms.field.capacity'), numeric: true, cell: (r) => ctx.number(r.capacity) },
          {
            header: t('community.rooms.field.needsApproval'),
            cell: (r) => t(r.needsApproval ? 'community.rooms.yes' : 'community.rooms.no'),
          },
          {
            header: t('community.rooms.field.active'),
            cell: (r) => t(r.active ? 'community.rooms.yes' : 'community.rooms.no'),
          },
        ]}
      />
    </StaffPage>
  );
}

/** Add a room, or change one (then with its descriptions per language). */
export function RoomFormPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  state: FormState;
  quartiere: [string, string][];
  edit?: { id: string; texts: readonly RoomText[]; sourceLocale: string };
}) {
  const { ctx, tenant, edit } = p;
  const { t } = ctx;
  const urls = roomUrls(ctx, tenant.slug);
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current={ROOMS_NAV}
      title={t(edit ? 'community.rooms.staff.edit' : 'community.rooms.staff.new')}
      state={p.state}
      labels={roomLabels(ctx)}
      action={edit ? `${urls.admin}/${edit.id}` : urls.admin}
      after={
        edit && (
          <>
            <p class="kern-body">
              <a class="kern-link" href={`${urls.admin}/${edit.id}/photos`}>
                {t('community.rooms.photo.manage')}
              </a>
            </p>
            <section aria-labelledby="texts-title">
              <h2 class="kern-heading-medium" id="texts-title">
                {t('community.rooms.texts.title')}
              </h2>
              <ul class="kern-list">
                {LOCALES.filter((x) => x !== edit.sourceLocale).map((x) => (
                  <li>
                    <a class="kern-link" href={`${urls.admin}/${edit.id}/texts/${x}`}>
                      {LOCALE_NAMES[x]}
                    </a>
                    {': '}
                    {t(
                      edit.texts.some((tx) => tx.locale === x && tx.description !== '')
                        ? 'community.rooms.texts.present'
                        : 'community.rooms.texts.missing',
                    )}
                  </li>
                ))}
              </ul>
            </section>
          </>
        )
      }
    >
      <RoomFields ctx={ctx} state={p.state} quartiere={p.quartiere} />
    </StaffFormPage>
  );
}

/** A room's description in one more language, with the source beside it. */
export function RoomTextPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  roomId: string;
  lang: string;
  source: string;
  sourceLang: string;
  state: FormState;
}) {
  const { ctx, tenant } = p;
  const { t } = ctx;
  const urls = roomUrls(ctx, tenant.slug);
  return (
    <StaffFormPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current={ROOMS_NAV}
      title={t('community.rooms.texts.edit', { language: LOCALE_NAMES[p.lang as keyof typeof LOCALE_NAMES] })}
      state={p.state}
      labels={{ description: t('community.rooms.field.description') }}
      action={`${urls.admin}/${p.roomId}/texts/${p.lang}`}
    >
      <h2 class="kern-heading-medium">{t('community.rooms.texts.source')}</h2>
      <div class="z-prose" lang={p.sourceLang}>
        <p>{p.source}</p>
      </div>
      <TextArea ctx={ctx} state={p.state} name="description" label={t('community.rooms.field.description')} rows={6} />
    </StaffFormPage>
  );
}
