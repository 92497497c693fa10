import { z } from 'zod';
import { isoDay, locale, pageNumber, slug } from '../../platform/http/params.ts';
import { LOCALES } from '../../platform/i18n/locales.ts';

/** Query of the events API: a range of days in German local time, a type, a Quartier, the language of texts. */
export const eventsApiQuery = z.object({
  from: isoDay('community.feeds.api.dayInvalid').optional(),
  to: isoDay('community.feeds.api.dayInvalid').optional(),
  type: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,40}$/, { error: 'community.feeds.api.typeInvalid' })
    .optional(),
  quartier: slug.optional(),
  lang: locale.optional(),
  page: pageNumber,
});
export type EventsApiQuery = z.infer<typeof eventsApiQuery>;

export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  requestId: z.string(),
  fields: z.record(z.string(), z.object({ code: z.string(), message: z.string() })).optional(),
});

export const occurrenceSchema = z
  .object({
    id: z.uuid().describe('The date (occurrence)'),
    eventId: z.uuid().describe('The series it belongs to'),
    uid: z.string().describe('iCalendar UID of the series'),
    url: z.string().describe('The event’s public page, in the language asked for'),
    icsUrl: z.string().describe('The series as an iCalendar file'),
    type: z.string().describe('Event type key (built-in or the municipality’s own)'),
    title: z.string(),
    description: z.string(),
    lang: z.string().describe('The language title and description are in (the source language when not translated)'),
    translated: z.boolean().describe('True when the text is in the language asked for'),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    originalStart: z.iso.datetime().describe('When the series’ rule put this date (iCalendar RECURRENCE-ID)'),
    timeZone: z.string().describe('IANA zone the series is planned in'),
    status: z.enum(['scheduled', 'cancelled']).describe('cancelled: this date or the whole series is called off'),
    moved: z.boolean().describe('The date takes place at another time than the rule gave'),
    place: z.object({
      room: z.string().nullable(),
      address: z.string(),
    }),
    quartier: z.object({ slug: z.string(), name: z.string() }).nullable(),
    organiser: z.string(),
    languages: z.array(z.string()).describe('Languages spoken (BCP 47)'),
    accessibility: z.object({
      wheelchairAccessible: z.boolean(),
      stepFree: z.boolean(),
      signLanguage: z.boolean(),
      hearingLoop: z.boolean(),
    }),
    familyFriendly: z.boolean(),
    childcare: z.boolean(),
    costCents: z.number().int().nullable().describe('null: free'),
    registration: z.enum(['required', 'none']),
    places: z.number().int().nullable().describe('Places of this date; null: no limit'),
    placesLeft: z.number().int().nullable(),
  })
  .meta({ id: 'EventOccurrence' });

export const occurrenceList = z.object({
  from: z.iso.date(),
  to: z.iso.date().describe('Last day included'),
  lang: z.enum(LOCALES),
  items: z.array(occurrenceSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
