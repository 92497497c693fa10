import { tenant } from '../../platform/db/tenant.ts';
import { photoFromSvg } from '../../platform/media/image.ts';
import type { ManifestSeedStep } from '../../platform/modules/manifest.ts';
import { seedId } from '../../platform/modules/seed-context.ts';
import { insertRoomPhoto } from './rooms.photos.repository.ts';

// Drawings made here (no text in them, no download, no binary file in the repository), rendered by the same
// encoder as uploads, so the demo's room pages and list show real images.

const sky = (w: number, h: number) =>
  `<rect width="${w}" height="${h}" fill="#cfe6f5"/><rect y="${h * 0.72}" width="${w}" height="${h * 0.28}" fill="#8dbf6a"/>`;
const windows = (xs: readonly number[], y: number, w: number, h: number) =>
  xs
    .map(
      (x) =>
        `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#fdf6d8" stroke="#fff" stroke-width="8"/>` +
        `<line x1="${x + w / 2}" y1="${y}" x2="${x + w / 2}" y2="${y + h}" stroke="#fff" stroke-width="6"/>`,
    )
    .join('');

/** Asendorf's village hall: a long brick hall under a red gable roof, a wide door, a lime tree beside it. */
const VILLAGE_HALL = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
  ${sky(1200, 800)}
  <circle cx="1010" cy="130" r="60" fill="#ffe08a"/>
  <polygon points="170,330 560,120 950,330" fill="#b2452f"/>
  <rect x="200" y="330" width="720" height="280" fill="#c8704f"/>
  ${windows([250, 390, 700, 820], 390, 80, 110)}
  <rect x="510" y="420" width="110" height="190" fill="#6b4227"/>
  <rect x="480" y="400" width="170" height="14" fill="#8a5a3a"/>
  <rect x="1020" y="420" width="30" height="200" fill="#6b4a2f"/>
  <circle cx="1035" cy="380" r="110" fill="#4f8a3c"/>
  <rect x="0" y="610" width="1200" height="40" fill="#b9b3a6"/>
</svg>`;

/** Meppen's Quartiersbüro Esterfeld: a shop front in a row of houses, big windows, a bench and a bicycle stand. */
const QUARTIERSBUERO = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
  ${sky(1200, 800)}
  <rect x="120" y="160" width="960" height="460" fill="#e9e2d3"/>
  <rect x="120" y="140" width="960" height="30" fill="#7a7a7a"/>
  ${windows([180, 340, 700, 860], 210, 120, 120)}
  <rect x="160" y="400" width="880" height="20" fill="#2f6d8f"/>
  <rect x="180" y="430" width="380" height="170" fill="#bcd9e8" stroke="#2f6d8f" stroke-width="10"/>
  <rect x="620" y="430" width="110" height="190" fill="#2f6d8f"/>
  <rect x="780" y="430" width="240" height="170" fill="#bcd9e8" stroke="#2f6d8f" stroke-width="10"/>
  <rect x="240" y="640" width="240" height="18" fill="#8a5a3a"/>
  <rect x="255" y="658" width="14" height="40" fill="#555"/><rect x="450" y="658" width="14" height="40" fill="#555"/>
  <path d="M800 700 q40 -60 80 0 M900 700 q40 -60 80 0" stroke="#555" stroke-width="10" fill="none"/>
  <rect x="0" y="620" width="1200" height="20" fill="#b9b3a6"/>
</svg>`;

/** Inside the Quartiersbüro: a long table with chairs, a window, a shelf and a coffee corner. */
const MEETING_ROOM = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
  <rect width="1200" height="800" fill="#f4efe4"/>
  <rect y="560" width="1200" height="240" fill="#c9b08a"/>
  <rect x="80" y="120" width="360" height="260" fill="#cfe6f5" stroke="#fff" stroke-width="14"/>
  <rect x="880" y="140" width="240" height="300" fill="#9c7a54"/>
  <rect x="900" y="200" width="200" height="10" fill="#6b4a2f"/><rect x="900" y="290" width="200" height="10" fill="#6b4a2f"/>
  <rect x="260" y="470" width="680" height="40" fill="#8a5a3a"/>
  <rect x="290" y="510" width="20" height="130" fill="#6b4a2f"/><rect x="890" y="510" width="20" height="130" fill="#6b4a2f"/>
  ${[320, 470, 620, 770].map((x) => `<rect x="${x}" y="400" width="90" height="70" rx="10" fill="#2f6d8f"/><rect x="${x}" y="560" width="90" height="20" fill="#2f6d8f"/>`).join('')}
  <rect x="500" y="150" width="200" height="140" fill="#fff" stroke="#999" stroke-width="6"/>
</svg>`;

const DEMO_ROOM_PHOTOS = [
  {
    room: 'asendorf/dorfgemeinschaftshaus',
    svg: VILLAGE_HALL,
    alt: 'Zeichnung des Dorfgemeinschaftshauses: langes Backsteinhaus mit rotem Satteldach, breiter Eingangstür und einer Linde daneben',
  },
  {
    room: 'meppen/quartiersbuero-esterfeld',
    svg: QUARTIERSBUERO,
    alt: 'Zeichnung des Quartiersbüros: Ladenlokal mit großen Fenstern und blauer Tür im Erdgeschoss, davor eine Bank und Fahrradbügel',
  },
  {
    room: 'meppen/quartiersbuero-esterfeld',
    svg: MEETING_ROOM,
    alt: 'Zeichnung des Besprechungsraums im Quartiersbüro: langer Tisch mit acht Stühlen, ein Fenster, ein Regal und eine Tafel',
  },
] as const;

/** A photo of Asendorf's village hall, two of Meppen's Quartiersbüro (outside, inside), drawn at seed time. */
export const roomPhotosSeed: ManifestSeedStep = {
  name: 'community.rooms.photos',
  order: 301,
  async run(tx, ctx) {
    const positions = new Map<string, number>();
    for (const p of DEMO_ROOM_PHOTOS) {
      const t = tenant(seedId(ctx, 'municipality', p.room.split('/')[0]!));
      const image = await photoFromSvg(p.svg);
      const position = (positions.get(p.room) ?? 0) + 1;
      positions.set(p.room, position);
      await insertRoomPhoto(tx, t, { roomId: seedId(ctx, 'room', p.room), position, image, altText: p.alt });
    }
  },
};
