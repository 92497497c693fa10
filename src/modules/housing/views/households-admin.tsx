import type { PageTenant } from '../../../platform/db/tenant.ts';
import {
  ErrorSummary,
  Form,
  type FormState,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../platform/views/components/form.tsx';
import { DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { HouseholdView } from '../households.service.ts';
import { DescriptionList } from './lists.tsx';

export interface HouseholdListRow {
  id: string;
  contact_name: string | null;
  urgency: number;
  waiting_since: string | Date;
  consent_at: Date;
  persons: number | null;
}

const day = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d);

/** Households for the counsellor (those they created) or the housing office (all), most urgent first. */
export function HouseholdsAdminPage({
  ctx,
  tenant,
  rows,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  rows: HouseholdListRow[];
}) {
  const { t } = ctx;
  const base = `/${ctx.locale}/m/${tenant.slug}/admin/housing/households`;
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="housing.households"
      title={t('housing.households.adminTitle')}
      action={{ href: `${base}/new`, label: t('housing.households.counselledTitle') }}
    >
      <DataTable
        caption={t('housing.households.adminTitle')}
        captionHidden
        empty={t('housing.households.adminEmpty')}
        rows={rows}
        columns={[
          {
            header: t('housing.households.field.contactName'),
            rowHeader: true,
            cell: (r) => (
              <a class="kern-link" href={`${base}/${r.id}`}>
                {r.contact_name ?? t('housing.households.unnamed')}
              </a>
            ),
          },
          { header: t('housing.households.persons'), numeric: true, cell: (r) => ctx.number(Number(r.persons ?? 0)) },
          { header: t('housing.households.urgency'), cell: (r) => t(`housing.households.urgencyLevel.${r.urgency}`) },
          { header: t('housing.households.waitingSince'), cell: (r) => ctx.date(day(r.waiting_since)) },
          { header: t('housing.households.consentGiven'), cell: (r) => ctx.date(r.consent_at) },
        ]}
      />
    </StaffPage>
  );
}

/** One household for staff (the read is audited): profile, contact, consent, and the urgency form. */
export function HouseholdAdminPage(props: {
  ctx: ViewContext;
  tenant: PageTenant;
  view: HouseholdView;
  state: FormState;
}) {
  const { ctx, tenant, view, state } = props;
  const { t } = ctx;
  const h = view.household;
  const action = `/${ctx.locale}/m/${tenant.slug}/admin/housing/households/${h.id}/urgency`;
  const levels = [0, 1, 2, 3].map((u): [string, string] => [String(u), t(`housing.households.urgencyLevel.${u}`)]);
  const labels = {
    urgency: t('housing.households.urgency'),
    urgencyReason: t('housing.households.field.urgencyReason'),
    mustLeaveBy: t('housing.households.field.mustLeaveBy'),
    waitingSince: t('housing.households.waitingSince'),
  };
  const facts: [string, string][] = [
    [t('housing.households.field.contactName'), h.contact_name ?? t('housing.households.unnamed')],
    [t('housing.households.field.contactEmail'), h.contact_email ?? t('housing.households.none')],
    [t('housing.households.field.contactPhone'), h.contact_phone ?? t('housing.households.none')],
    [t('housing.households.consentGiven'), ctx.date(h.consent_at)],
    [t('housing.households.persons'), ctx.number(view.members.length)],
    [
      t('housing.households.field.permitCategory'),
      h.permit_category ? t(`housing.check.residence.${h.permit_category}`) : t('housing.households.none'),
    ],
    [
      t('housing.households.field.permitValidUntil'),
      h.permit_valid_until ? ctx.date(day(h.permit_valid_until)) : t('housing.households.none'),
    ],
  ];
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="housing.households"
      title={h.contact_name ?? t('housing.households.unnamed')}
    >
      <DescriptionList rows={facts} />
      <h2 class="kern-heading-medium">{t('housing.households.urgencyTitle')}</h2>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      <Form ctx={ctx} action={action}>
        <SelectField ctx={ctx} state={state} name="urgency" label={labels.urgency} required options={levels} />
        <TextArea ctx={ctx} state={state} name="urgencyReason" label={labels.urgencyReason} rows={3} />
        <TextField ctx={ctx} state={state} name="mustLeaveBy" label={labels.mustLeaveBy} type="date" />
        <TextField ctx={ctx} state={state} name="waitingSince" label={labels.waitingSince} type="date" />
        <SubmitButton>{t('housing.households.urgencySave')}</SubmitButton>
      </Form>
    </StaffPage>
  );
}

/** The urgency form's values from the stored profile. */
export function urgencyValues(view: HouseholdView): Record<string, string> {
  const h = view.household;
  const d = (v: string | Date | null) =>
    v === null ? '' : typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10);
  return {
    urgency: String(h.urgency),
    urgencyReason: h.urgency_reason ?? '',
    mustLeaveBy: d(h.must_leave_by),
    waitingSince: d(h.waiting_since),
  };
}
