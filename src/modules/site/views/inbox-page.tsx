import { DateRangeFilters, ListFrame, type ListPageProps } from '../../../platform/views/staff/list-frame.tsx';
import { areaBase, type StaffArea } from '../../../platform/views/staff/staff-area.ts';
import { FormWithSummary, type FormState, SelectField, TextField } from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { FEEDBACK_STATUSES, type FeedbackSummary } from '../feedback.repository.ts';

const title = (ctx: ViewContext, area: StaffArea) =>
  area.municipality
    ? ctx.t('site.inbox.title', { municipality: area.municipality.name })
    : ctx.t('site.inbox.stateTitle');

/** The team address of a municipality's inbox: shown, and editable by its admin. */
export interface TeamAddressProps {
  current: string | null;
  state: FormState;
}

function TeamAddress({ ctx, area, team }: { ctx: ViewContext; area: StaffArea; team: TeamAddressProps }) {
  const { t } = ctx;
  const label = t('site.inbox.team.email');
  return (
    <section aria-labelledby="team-address" class="z-flow">
      <h2 class="kern-heading-medium" id="team-address">
        {t('site.inbox.team.title')}
      </h2>
      <p class="kern-body">
        {team.current
          ? t('site.inbox.team.current', { municipality: area.municipality?.name ?? '', email: team.current })
          : t('site.inbox.team.none')}
      </p>
      <FormWithSummary
        ctx={ctx}
        state={team.state}
        labels={{ email: label }}
        action={`${areaBase(ctx.locale, area)}/feedback/team-address`}
        label={t('site.inbox.team.title')}
        submit={t('site.inbox.team.save')}
      >
        <TextField
          ctx={ctx}
          state={team.state}
          name="email"
          label={label}
          hint={t('site.inbox.team.hint')}
          type="email"
          autocomplete="email"
        />
      </FormWithSummary>
    </section>
  );
}

/** An inbox: a municipality's feedback or the state's, filtered by status and date, newest first. */
export function InboxPage(props: ListPageProps<FeedbackSummary> & { team?: TeamAddressProps }) {
  const { ctx, area, data, state, team } = props;
  const { t } = ctx;
  const labels = {
    status: t('site.inbox.status'),
    from: t('site.inbox.from'),
    to: t('site.inbox.to'),
  };
  return (
    <ListFrame
      {...props}
      current="site.feedback"
      action={`${areaBase(ctx.locale, area)}/feedback`}
      title={title(ctx, area)}
      intro={t(area.municipality ? 'site.inbox.intro' : 'site.inbox.stateIntro')}
      count={t('site.inbox.count', { count: data.total })}
      labels={labels}
      filters={
        <>
          <SelectField
            ctx={ctx}
            state={state}
            name="status"
            label={labels.status}
            options={FEEDBACK_STATUSES.map((s) => [s, t(`site.inbox.statusValue.${s}`)])}
          />
          <DateRangeFilters ctx={ctx} state={state} labels={labels} />
        </>
      }
      caption={t('site.inbox.caption')}
      empty={t('site.inbox.empty')}
      columns={[
        {
          header: t('site.inbox.received'),
          rowHeader: true,
          cell: (f) => (
            <a class="kern-link" href={`${areaBase(ctx.locale, area)}/feedback/${f.id}`}>
              {ctx.date(f.createdAt, true)}
            </a>
          ),
        },
        { header: t('site.inbox.status'), cell: (f) => t(`site.inbox.statusValue.${f.status}`) },
        { header: t('site.inbox.message'), cell: (f) => <span dir="auto">{f.excerpt}</span> },
        { header: t('site.inbox.reply'), cell: (f) => (f.hasEmail ? t('site.inbox.replyWanted') : '') },
      ]}
      after={team ? <TeamAddress ctx={ctx} area={area} team={team} /> : undefined}
    />
  );
}
