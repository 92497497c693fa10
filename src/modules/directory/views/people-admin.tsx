import { roleLabelKey } from '../../../platform/auth/session-user.ts';
import { FormWithSummary, type FormState, SelectField } from '../../../platform/views/components/form.tsx';
import { type Column, DataTable } from '../../../platform/views/components/table.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { canEditDirectory, mayRevoke } from '../directory.policy.ts';
import type { GrantRow, PersonRow } from '../../../platform/identity/grants.repository.ts';
import type { ProviderRow } from '../providers.repository.ts';
import type { QuartierRow } from '../quartiere.repository.ts';
import { mBase, type PageTenant } from './parts.tsx';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import { InviteForm, RoleSelect } from './fields.tsx';

export interface PeopleData {
  people: PersonRow[];
  quartiere: QuartierRow[];
  providers: ProviderRow[];
}

function GrantItem({
  ctx,
  tenant,
  g,
  who,
  edit,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  g: GrantRow;
  who: string;
  edit: boolean;
}) {
  const scope = g.quartierName ?? g.providerName;
  const label = `${ctx.t(roleLabelKey(g.role))}${scope ? ` (${scope})` : ''}`;
  return (
    <li>
      {label}
      {edit && !g.pending && ctx.user && mayRevoke(ctx.user.id, g) && (
        <form
          method="post"
          action={`${mBase(ctx, tenant.slug)}/admin/people/grants/${g.id}/revoke`}
          class="z-inline-form"
        >
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />{' '}
          {/* The name says which grant: a visually hidden span would escape the table's scroll box. */}
          <button
            type="submit"
            class="z-linkbutton"
            aria-label={`${ctx.t('directory.people.revoke')}: ${label} – ${who}`}
          >
            {ctx.t('directory.people.revoke')}
          </button>
        </form>
      )}
    </li>
  );
}

function PeopleTable({
  ctx,
  tenant,
  people,
  edit,
}: {
  ctx: ViewContext;
  tenant: PageTenant;
  people: PersonRow[];
  edit: boolean;
}) {
  const { t } = ctx;
  const columns: Column<PersonRow>[] = [
    { header: t('directory.people.name'), rowHeader: true, cell: (p) => <bdi>{p.displayName}</bdi> },
    {
      header: t('directory.people.status'),
      cell: (p) =>
        t(p.disabled ? 'directory.people.disabled' : p.active ? 'directory.people.active' : 'directory.people.invited'),
    },
    {
      header: t('directory.people.roles'),
      cell: (p) => (
        <ul class="kern-list">
          {p.grants.map((g) => (
            <GrantItem ctx={ctx} tenant={tenant} g={g} who={p.displayName} edit={edit} />
          ))}
        </ul>
      ),
    },
    // The address last: on a phone the name and the roles (with their revoke buttons) come first.
    ...(edit ? [{ header: t('directory.people.email'), cell: (p: PersonRow) => p.email }] : []),
  ];
  return <DataTable caption={t('directory.admin.people')} captionHidden empty="" rows={people} columns={columns} />;
}

/** What the people page and its grant form show. */
interface PeopleProps {
  ctx: ViewContext;
  tenant: PageTenant;
  data: PeopleData;
  state: FormState;
}

function GrantForm({ ctx, tenant, data, state }: PeopleProps) {
  const { t } = ctx;
  const labels = {
    userId: t('directory.people.person'),
    role: t('directory.people.role'),
    quartierId: t('directory.people.quartier'),
    providerId: t('directory.people.provider'),
  };
  return (
    <section aria-labelledby="grant-title">
      <h2 class="kern-heading-medium" id="grant-title">
        {t('directory.people.grantTitle')}
      </h2>
      <FormWithSummary
        ctx={ctx}
        state={state}
        labels={labels}
        action={`${mBase(ctx, tenant.slug)}/admin/people/grants`}
        submit={t('directory.people.grant')}
      >
        <SelectField
          ctx={ctx}
          state={state}
          name="userId"
          label={labels.userId}
          required
          options={data.people.map((p): [string, string] => [p.id, `${p.displayName} <${p.email}>`])}
        />
        <RoleSelect ctx={ctx} state={state} label={labels.role} />
        <SelectField
          ctx={ctx}
          state={state}
          name="quartierId"
          label={labels.quartierId}
          hint={t('directory.people.quartierHint')}
          options={data.quartiere.map((q): [string, string] => [q.id, q.name])}
        />
        <SelectField
          ctx={ctx}
          state={state}
          name="providerId"
          label={labels.providerId}
          hint={t('directory.people.providerHint')}
          options={data.providers.map((p): [string, string] => [p.id, p.name])}
        />
      </FormWithSummary>
    </section>
  );
}

/** The people of a municipality with their roles; administrators may grant, revoke and invite. */
export function PeoplePage({ ctx, tenant, data, state }: PeopleProps) {
  const { t } = ctx;
  const edit = canEditDirectory(ctx.user, tenant.municipalityId);
  const invite = { href: `${mBase(ctx, tenant.slug)}/admin/people/invite`, label: t('directory.people.invite') };
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="directory.people"
      title={t('directory.admin.people')}
      action={edit && invite}
    >
      <PeopleTable ctx={ctx} tenant={tenant} people={data.people} edit={edit} />
      {edit && data.people.length > 0 && <GrantForm ctx={ctx} tenant={tenant} data={data} state={state} />}
    </StaffPage>
  );
}

/** Invite a person by e-mail with a role in this municipality. */
export function InvitePage({ ctx, tenant, state }: { ctx: ViewContext; tenant: PageTenant; state: FormState }) {
  return (
    <StaffPage
      ctx={ctx}
      area={{ municipality: tenant }}
      current="directory.people"
      title={ctx.t('directory.people.invite')}
    >
      <InviteForm ctx={ctx} state={state} action={`${mBase(ctx, tenant.slug)}/admin/people/invite`} withRole />
    </StaffPage>
  );
}
