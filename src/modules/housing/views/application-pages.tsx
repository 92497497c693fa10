import { isolate } from '../../../platform/i18n/format.ts';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import {
  ErrorSummary,
  Form,
  type FormState,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../platform/views/components/form.tsx';
import { FormPage } from '../../../platform/views/components/form-page.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { NewProfileButton } from './household-page.tsx';
import { LinesOrNone } from './lists.tsx';
import { Layout } from '../../../platform/views/layout.tsx';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { ApplicantFit } from '../applications.fit.ts';
import type { ApplicantRow, FlatForApplication } from '../applications.repository.ts';
import type { SlotRow } from '../viewings.repository.ts';

function FlatFacts({ ctx, flat }: { ctx: ViewContext; flat: FlatForApplication }) {
  const { t } = ctx;
  return (
    <p class="kern-body">
      {t('housing.apply.flatFacts', {
        street: flat.street,
        postcode: flat.postcode,
        city: flat.city,
        rooms: Number(flat.rooms),
        area: Number(flat.area_m2),
        rent: ctx.money((flat.cold_rent_cents + flat.service_charges_cents) / 100),
      })}
    </p>
  );
}

/** The apply page of a flat: a short message and the button; without a profile, the way to make one first. */
export function ApplyPage(props: {
  ctx: ViewContext;
  tenant: PageTenant;
  flat: FlatForApplication;
  hasHousehold: boolean;
  state: FormState;
}) {
  const { ctx, tenant, flat, hasHousehold, state } = props;
  const { t } = ctx;
  const title = t('housing.apply.title');
  if (!hasHousehold) {
    return (
      <Layout ctx={ctx} title={title}>
        <h1 class="kern-heading-large">{title}</h1>
        <FlatFacts ctx={ctx} flat={flat} />
        <p class="kern-body">{t('housing.apply.needProfile')}</p>
        <NewProfileButton ctx={ctx} tenant={tenant} />
      </Layout>
    );
  }
  return (
    <FormPage
      ctx={ctx}
      title={title}
      state={state}
      labels={{ message: t('housing.apply.message') }}
      action={`/${ctx.locale}/m/${tenant.slug}/flats/${flat.id}/apply`}
      submit={t('housing.apply.submit')}
      intro={<FlatFacts ctx={ctx} flat={flat} />}
    >
      <p class="kern-body">{t('housing.apply.shared')}</p>
      <TextArea
        ctx={ctx}
        state={state}
        name="message"
        label={t('housing.apply.message')}
        hint={t('housing.apply.messageHint')}
        rows={4}
      />
    </FormPage>
  );
}

export interface FlatWithApplicants {
  id: string;
  street: string;
  city: string;
  rooms: string | number;
  status: string;
  waiting: number | null;
  total: number | null;
}

/** The landlord's flats that have applicants, with how many wait for a first look. */
export function ApplicantsOverviewPage({
  ctx,
  tenant,
  flats,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  flats: FlatWithApplicants[];
}) {
  const { t } = ctx;
  const base = `/${ctx.locale}/m/${tenant.slug}/admin/housing/flats`;
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="housing.applicants"
      title={t('housing.apply.applicantsTitle')}
    >
      <DataTable
        caption={t('housing.apply.applicantsTitle')}
        captionHidden
        empty={t('housing.apply.noFlats')}
        rows={flats}
        columns={[
          {
            header: t('housing.apply.flat'),
            rowHeader: true,
            cell: (f) => (
              <a class="kern-link" href={`${base}/${f.id}/applicants`}>
                {t('housing.apply.flatLine', {
                  street: isolate(f.street),
                  city: isolate(f.city),
                  rooms: Number(f.rooms),
                })}
              </a>
            ),
          },
          { header: t('housing.apply.waiting'), numeric: true, cell: (f) => ctx.number(Number(f.waiting ?? 0)) },
          { header: t('housing.apply.total'), numeric: true, cell: (f) => ctx.number(Number(f.total ?? 0)) },
        ]}
      />
    </StaffPage>
  );
}

export interface ApplicantsData {
  flat: FlatForApplication;
  applicants: { row: ApplicantRow; fit: ApplicantFit }[];
  slots: SlotRow[];
}

function StepButton({ ctx, action, label }: { ctx: ViewContext; action: string; label: string }) {
  return (
    <Form ctx={ctx} action={action} label={label}>
      <button type="submit" class="kern-btn kern-btn--secondary">
        <span class="kern-label">{label}</span>
      </button>
    </Form>
  );
}

/** What a landlord may do next with one applicant, by the application's state. */
function Steps(props: {
  ctx: ViewContext;
  tenant: PageTenant;
  row: ApplicantRow;
  state: FormState;
  active: string | null;
}) {
  const { ctx, tenant, row, state, active } = props;
  const { t } = ctx;
  const base = `/${ctx.locale}/m/${tenant.slug}/admin/housing/applications/${row.id}`;
  const s = row.status;
  const own = active === row.id ? state : { values: {}, errors: {} };
  return (
    <div class="z-steps">
      {s === 'submitted' && (
        <StepButton ctx={ctx} action={`${base}/shortlist`} label={t('housing.apply.step.shortlist')} />
      )}
      {s === 'shortlisted' && (
        <StepButton ctx={ctx} action={`${base}/viewing`} label={t('housing.apply.step.viewing')} />
      )}
      {(s === 'shortlisted' || s === 'viewing') && (
        <Form ctx={ctx} action={`${base}/offer`} label={t('housing.apply.step.offer')}>
          <TextArea
            ctx={ctx}
            state={own}
            name="offerReason"
            label={t('housing.apply.offerReasonLabel')}
            required
            rows={2}
          />
          <SubmitButton>{t('housing.apply.step.offer')}</SubmitButton>
        </Form>
      )}
      {['submitted', 'shortlisted', 'viewing', 'offered'].includes(s) && (
        <StepButton ctx={ctx} action={`${base}/reject`} label={t('housing.apply.step.reject')} />
      )}
    </div>
  );
}

const fitText = (ctx: ViewContext, f: string) => ctx.t(`housing.apply.fit.${f}`);

/**
 * The applicants of one flat: the fit of each, and who they are only once shortlisted (before, a number);
 * the viewing slots, and a form for a new one.
 */
export function ApplicantsPage(props: {
  ctx: ViewContext;
  tenant: PageTenant;
  data: ApplicantsData;
  state: FormState;
  active: string | null;
}) {
  const { ctx, tenant, data, state, active } = props;
  const { t } = ctx;
  const shown = (r: ApplicantRow) => !['submitted', 'withdrawn'].includes(r.status);
  const slotState = active === 'slot' ? state : { values: {}, errors: {} };
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="housing.applicants"
      title={t('housing.apply.applicantsOf')}
    >
      <FlatFacts ctx={ctx} flat={data.flat} />
      <ErrorSummary
        ctx={ctx}
        state={state}
        labels={{ offerReason: t('housing.apply.offerReasonLabel'), startsAt: t('housing.apply.slotStarts') }}
      />
      <DataTable
        caption={t('housing.apply.applicantsOf')}
        captionHidden
        empty={t('housing.apply.noApplicants')}
        rows={data.applicants}
        columns={[
          {
            header: t('housing.apply.applicant'),
            rowHeader: true,
            cell: ({ row }, i = data.applicants.findIndex((a) => a.row.id === row.id)) =>
              shown(row)
                ? t('housing.apply.contact', {
                    name: row.contact_name ?? '',
                    email: row.contact_email ?? '',
                    phone: row.contact_phone ?? '',
                  })
                : t('housing.apply.applicantNo', { n: i + 1 }),
          },
          { header: t('housing.households.persons'), numeric: true, cell: ({ fit }) => ctx.number(fit.persons) },
          { header: t('housing.apply.fitSize'), cell: ({ fit }) => fitText(ctx, fit.size) },
          { header: t('housing.apply.fitRent'), cell: ({ fit }) => fitText(ctx, fit.rent) },
          { header: t('housing.apply.fitAccess'), cell: ({ fit }) => fitText(ctx, fit.accessibility) },
          { header: t('housing.apply.waitingDays'), numeric: true, cell: ({ fit }) => ctx.number(fit.waitingDays) },
          { header: t('housing.apply.statusLabel'), cell: ({ row }) => t(`housing.apply.status.${row.status}`) },
          {
            header: t('housing.apply.next'),
            action: true,
            cell: ({ row }) => <Steps ctx={ctx} tenant={tenant} row={row} state={state} active={active} />,
          },
        ]}
      />
      <h2 class="kern-heading-medium">{t('housing.apply.slots')}</h2>
      <LinesOrNone
        none={t('housing.apply.noSlots')}
        lines={data.slots.map((s) =>
          t(s.application_id ? 'housing.apply.slotBooked' : 'housing.apply.slotFree', {
            when: ctx.date(s.starts_at, true),
            minutes: s.minutes,
          }),
        )}
      />
      <Form
        ctx={ctx}
        action={`/${ctx.locale}/m/${tenant.slug}/admin/housing/flats/${data.flat.id}/slots`}
        label={t('housing.apply.newSlot')}
      >
        <TextField
          ctx={ctx}
          state={slotState}
          name="startsAt"
          label={t('housing.apply.slotStarts')}
          type="datetime-local"
          required
        />
        <TextField
          ctx={ctx}
          state={slotState}
          name="minutes"
          label={t('housing.apply.slotMinutes')}
          inputmode="numeric"
        />
        <SubmitButton>{t('housing.apply.newSlot')}</SubmitButton>
      </Form>
    </StaffPage>
  );
}
