import type { GeoJsonGeometry, ProviderKind } from '../directory.tables.ts';

// The demo's municipalities, Quartiere and providers. Names of places and of the kinds of organisation are
// real; residents figures are rounded estimates; boundaries are schematic rectangles around the right area,
// not surveyed lines; every e-mail address is under the reserved demo domain. See docs/demo.md.

export interface DemoMunicipality {
  slug: string;
  ags: string;
  name: string;
  district: string;
}

export const DEMO_MUNICIPALITIES: readonly DemoMunicipality[] = [
  { slug: 'meppen', ags: '03454035', name: 'Meppen', district: 'Landkreis Emsland' },
  { slug: 'osnabrueck', ags: '03404000', name: 'Osnabrück', district: 'Kreisfreie Stadt Osnabrück' },
  {
    slug: 'asendorf',
    ags: '03251002',
    name: 'Asendorf',
    district: 'Landkreis Diepholz (Samtgemeinde Bruchhausen-Vilsen)',
  },
  { slug: 'hannover', ags: '03241001', name: 'Hannover', district: 'Region Hannover' },
];

export interface DemoQuartier {
  municipality: string;
  slug: string;
  name: string;
  areaDescription: string;
  approxResidents: number | null;
  boundary: GeoJsonGeometry | null;
}

/** A closed rectangle [west, south] – [east, north] as a GeoJSON polygon. */
function box(west: number, south: number, east: number, north: number): GeoJsonGeometry {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

export const DEMO_QUARTIERE: readonly DemoQuartier[] = [
  {
    municipality: 'meppen',
    slug: 'esterfeld',
    name: 'Esterfeld',
    areaDescription:
      'Großer Wohnstadtteil mit Einfamilienhäusern, Mehrfamilienhäusern aus den 1960er- und 1970er-Jahren, Grundschule, Kitas und Sportplätzen.\n\nHier wohnen viele Familien, die in den letzten Jahren nach Meppen gekommen sind. Das Begegnungscafé im Gemeindehaus ist donnerstags geöffnet.',
    approxResidents: 9000,
    boundary: box(7.305, 52.69, 7.34, 52.71),
  },
  {
    municipality: 'meppen',
    slug: 'innenstadt',
    name: 'Innenstadt',
    areaDescription:
      'Altstadt zwischen Ems und Hase mit Rathaus, Markt, Geschäften, Stadtbibliothek und Ärztehäusern. Das Integrationsbüro der Stadt ist im Rathaus.',
    approxResidents: 4500,
    boundary: null,
  },
  {
    municipality: 'osnabrueck',
    slug: 'schinkel',
    name: 'Schinkel',
    areaDescription:
      'Früher Arbeiterstadtteil im Osten der Stadt, gewachsen mit Bahn und Industrie; heute sehr vielfältig, mit vielen Sprachen auf dem Schulhof.\n\nDas Stadtteilbüro lädt zum Runden Tisch und zu Sprechstunden ein.',
    approxResidents: 13000,
    boundary: box(8.06, 52.27, 8.1, 52.29),
  },
  {
    municipality: 'osnabrueck',
    slug: 'dodesheide',
    name: 'Dodesheide',
    areaDescription:
      'Stadtteil im Nordosten mit Siedlungen der Nachkriegszeit, Schulen, Kleingärten und guter Busanbindung in die Innenstadt.',
    approxResidents: 6500,
    boundary: null,
  },
  {
    municipality: 'asendorf',
    slug: 'ortskern',
    name: 'Ortskern Asendorf',
    areaDescription:
      'Dorfmitte mit Kirche, Grundschule, Dorfgemeinschaftshaus und Sportverein. Hier treffen sich der Runde Tisch und das Begegnungscafé; die Landfrauen laden zu internationalen Kochabenden ein.',
    approxResidents: 1600,
    boundary: box(8.99, 52.765, 9.02, 52.78),
  },
  {
    municipality: 'asendorf',
    slug: 'ortsteile',
    name: 'Ortsteile (Brebber, Graue, Haendorf, Hohenmoor, Uepsen …)',
    areaDescription:
      'Die kleinen Ortsteile rund um den Kernort, mit Höfen, Vereinen und Feuerwehren. Ohne Auto hilft oft die Nachbarschaft beim Weg zum Arzt oder zur Behörde.',
    approxResidents: 1300,
    boundary: null,
  },
  {
    municipality: 'hannover',
    slug: 'muehlenberg',
    name: 'Mühlenberg',
    areaDescription:
      'Großwohnsiedlung der 1960er- und 1970er-Jahre im Stadtbezirk Ricklingen, Fördergebiet der Städtebauförderung (Soziale Stadt / Sozialer Zusammenhalt).\n\nMit Stadtteilzentrum, Gesamtschule und viel Grün; das Quartiersmanagement hat ein Büro am Mühlenberger Markt.',
    approxResidents: 7000,
    boundary: box(9.7, 52.33, 9.725, 52.345),
  },
  {
    municipality: 'hannover',
    slug: 'sahlkamp',
    name: 'Sahlkamp',
    areaDescription:
      'Stadtteil im Norden (Stadtbezirk Bothfeld-Vahrenheide) mit Hochhäusern der 1970er-Jahre, Fördergebiet der Sozialen Stadt, mit Nachbarschaftstreff und Familienzentrum.',
    approxResidents: 13000,
    boundary: null,
  },
];

export interface DemoProvider {
  municipality: string;
  key: string;
  name: string;
  kind: ProviderKind;
  email: string | null;
  website: string | null;
}

const mail = (local: string) => `${local}@demo.zuhause.example`;

export const DEMO_PROVIDERS: readonly DemoProvider[] = [
  // Meppen
  {
    municipality: 'meppen',
    key: 'caritas',
    name: 'Caritas – Migrationsberatung Meppen',
    kind: 'charity',
    email: mail('caritas.meppen'),
    website: null,
  },
  {
    municipality: 'meppen',
    key: 'diakonie',
    name: 'Diakonie Emsland – Flüchtlingssozialarbeit',
    kind: 'charity',
    email: mail('diakonie.meppen'),
    website: null,
  },
  {
    municipality: 'meppen',
    key: 'integrationsbuero',
    name: 'Stadt Meppen – Integrationsbüro („MEPPEN MAG DICH!“)',
    kind: 'municipal',
    email: mail('integration.meppen'),
    website: 'https://www.meppen.de',
  },
  {
    municipality: 'meppen',
    key: 'emsland-wohnbau',
    name: 'Emsland Wohnbau eG (Demo)',
    kind: 'housing_company',
    email: mail('wohnbau.meppen'),
    website: null,
  },
  // Osnabrück
  {
    municipality: 'osnabrueck',
    key: 'migrationsbeirat',
    name: 'Migrationsbeirat der Stadt Osnabrück',
    kind: 'municipal',
    email: mail('migrationsbeirat.osnabrueck'),
    website: 'https://www.osnabrueck.de',
  },
  {
    municipality: 'osnabrueck',
    key: 'awo',
    name: 'AWO Osnabrück – Migrationsberatung',
    kind: 'charity',
    email: mail('awo.osnabrueck'),
    website: null,
  },
  {
    municipality: 'osnabrueck',
    key: 'caritas',
    name: 'Caritasverband Osnabrück – Jugendmigrationsdienst',
    kind: 'charity',
    email: mail('caritas.osnabrueck'),
    website: null,
  },
  {
    municipality: 'osnabrueck',
    key: 'wio',
    name: 'WiO – Wohnen in Osnabrück',
    kind: 'housing_company',
    email: mail('wio.osnabrueck'),
    website: null,
  },
  {
    municipality: 'osnabrueck',
    key: 'stadtteilbuero-schinkel',
    name: 'Stadtteilbüro Schinkel',
    kind: 'municipal',
    email: mail('schinkel.osnabrueck'),
    website: null,
  },
  // Asendorf
  {
    municipality: 'asendorf',
    key: 'landfrauen',
    name: 'Landfrauen Asendorf',
    kind: 'association',
    email: mail('landfrauen.asendorf'),
    website: null,
  },
  {
    municipality: 'asendorf',
    key: 'runder-tisch',
    name: 'Runder Tisch Asendorf – Begegnungscafé',
    kind: 'association',
    email: mail('rundertisch.asendorf'),
    website: null,
  },
  {
    municipality: 'asendorf',
    key: 'kirchengemeinde',
    name: 'Ev.-luth. Kirchengemeinde Asendorf',
    kind: 'church',
    email: mail('kirche.asendorf'),
    website: null,
  },
  {
    municipality: 'asendorf',
    key: 'diakonie',
    name: 'Diakonie im Landkreis Diepholz – Migrationsberatung',
    kind: 'charity',
    email: mail('diakonie.asendorf'),
    website: null,
  },
  {
    municipality: 'asendorf',
    key: 'gemeinde',
    name: 'Gemeinde Asendorf',
    kind: 'municipal',
    email: mail('gemeinde.asendorf'),
    website: 'https://www.asendorf.info',
  },
  // Hannover
  {
    municipality: 'hannover',
    key: 'caritas',
    name: 'Caritasverband Hannover – Migrationsdienst',
    kind: 'charity',
    email: mail('caritas.hannover'),
    website: null,
  },
  {
    municipality: 'hannover',
    key: 'diakonie',
    name: 'Diakonisches Werk Hannover',
    kind: 'charity',
    email: mail('diakonie.hannover'),
    website: null,
  },
  {
    municipality: 'hannover',
    key: 'awo',
    name: 'AWO Region Hannover',
    kind: 'charity',
    email: mail('awo.hannover'),
    website: null,
  },
  {
    municipality: 'hannover',
    key: 'hanova',
    name: 'hanova WOHNEN (städtische Wohnungsgesellschaft)',
    kind: 'housing_company',
    email: mail('hanova.hannover'),
    website: null,
  },
  {
    municipality: 'hannover',
    key: 'qm-muehlenberg',
    name: 'Quartiersmanagement Mühlenberg',
    kind: 'municipal',
    email: mail('qm-buero.hannover'),
    website: 'https://www.hannover.de',
  },
];
