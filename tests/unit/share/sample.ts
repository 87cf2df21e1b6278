/**
 * Deterministic sample states for the share tests and the benchmark: a council
 * proposal set of 50 polygons × 20 vertices with realistic attributes.
 */
import type { Position } from 'geojson';
import { toWgs84 } from '../../../src/geo/crs.ts';
import { createRandom as createSeededRandom } from '../../../src/generator/random.ts';
import { MILIEUCATEGORIEEN, PROPOSAL_STATUSES, PROPOSAL_USES } from '../../../src/domain/domain.ts';
import type { Proposal, SharedState } from '../../../src/share/state.ts';

/**
 * A seeded stream of uniform numbers in [0, 1), so every run sees the same data: the
 * generator's one seeded random source (mulberry32).
 */
export function createRandom(seed: number): () => number {
  return createSeededRandom(seed).next;
}

const AREAS = [
  'Havenkwartier',
  'Spoorzone',
  'Kanaalzone',
  'Stationsgebied',
  'Binnenhaven',
  'Veilingterrein',
];
const VERBS = ['Herontwikkeling', 'Transformatie', 'Verdichting', 'Uitbreiding'];
const NOTES = [
  'Bestaande bedrijven blijven; woningen alleen aan de kanaalzijde na akoestisch onderzoek.',
  'Afstemmen met de provincie over de milieuzonering van de betonmortelcentrale.',
  'Eerst verplaatsing van de groothandel, daarna fasegewijs woningbouw vanaf 2029.',
  'Menging met kleinschalige bedrijvigheid tot categorie 2 op de begane grond.',
  'Geen woningen binnen 100 m van de scheepswerf; zie advies omgevingsdienst.',
];

/** Shape of the generated outlines. */
export interface OutlineShape {
  /** Smallest and largest mean radius, metres. */
  radiusM: [number, number];
  /** Radial jitter per vertex, as a fraction of the radius. */
  jitter: number;
}

/**
 * Plan areas as a council sees them: 0.5–3.8 ha (mean radius 40–110 m), the
 * outline drawn along streets and parcels (vertices ±10 % off a circle).
 */
export const COUNCIL_SHAPE: OutlineShape = { radiusM: [40, 110], jitter: 0.1 };
/** Harder input for the benchmark: 1–15 ha, spiky outlines (±20 %). */
export const LARGE_SHAPE: OutlineShape = { radiusM: [60, 220], jitter: 0.2 };

/**
 * A polygon of `n` vertices around an RD centre, rounded to the centimetre as a click would give.
 */
function makeRing(
  random: () => number,
  cx: number,
  cy: number,
  n: number,
  shape: OutlineShape,
): Position[] {
  const [rMin, rMax] = shape.radiusM;
  const radius = rMin + random() * (rMax - rMin);
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const angle = (i / n) * 2 * Math.PI + (random() - 0.5) * 0.3;
    const r = radius * (1 - shape.jitter + random() * 2 * shape.jitter);
    const x = Math.round((cx + r * Math.cos(angle)) * 100) / 100;
    const y = Math.round((cy + r * Math.sin(angle)) * 100) / 100;
    ring.push(toWgs84([x, y]));
  }
  ring.push([...ring[0]!]);
  return ring;
}

/**
 * Proposals in six plan areas of a 5 × 5 km town near Utrecht (RD 136000, 456000);
 * the parts of one area ("Havenkwartier deel 12") lie within 600 m of each other.
 * @param count number of proposals
 * @param vertices vertices per polygon (without the closing one)
 * @param seed PRNG seed
 * @param shape outline size and roughness
 * @returns the proposals, WGS84
 */
export function makeProposals(
  count = 50,
  vertices = 20,
  seed = 1,
  shape = COUNCIL_SHAPE,
): Proposal[] {
  const random = createRandom(seed);
  const areas = AREAS.map((name) => ({
    name,
    x: 136000 + random() * 5000,
    y: 456000 + random() * 5000,
  }));
  const out: Proposal[] = [];
  for (let i = 0; i < count; i++) {
    const area = areas[Math.floor(random() * areas.length)]!;
    const cx = area.x + (random() - 0.5) * 1200;
    const cy = area.y + (random() - 0.5) * 1200;
    const use = PROPOSAL_USES[Math.floor(random() * PROPOSAL_USES.length)]!;
    const homes = use === 'bedrijventerrein' ? 0 : Math.floor(random() * 60) * 5;
    const business = use !== 'woningbouw';
    out.push({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [makeRing(random, cx, cy, vertices, shape)] },
      properties: {
        id: `p-${String(i + 1).padStart(3, '0')}`,
        name: `${VERBS[i % VERBS.length]} ${area.name} deel ${i + 1}`,
        use,
        homes,
        bvoM2: business ? Math.round(random() * 200) * 50 : 0,
        ...(business ? { maxMilieucategorie: MILIEUCATEGORIEEN[Math.floor(random() * 4)]! } : {}),
        status: PROPOSAL_STATUSES[Math.floor(random() * PROPOSAL_STATUSES.length)]!,
        note: NOTES[Math.floor(random() * NOTES.length)]!,
      },
    });
  }
  return out;
}

/** A full state with every part set, for round trips. */
export function makeFullState(proposals = makeProposals()): SharedState {
  return {
    camera: { center: [5.0612, 52.0987], zoom: 14.25, bearing: -12.5, pitch: 30 },
    layers: {
      bedrijventerreinen: { visible: true, opacity: 0.8 },
      woonwerkzones: { visible: true, opacity: 1 },
      woningen: { visible: false, opacity: 0.5 },
      'base-water': { visible: true, opacity: 1 },
    },
    language: 'en',
    check: {
      program: { kind: 'activity', activityId: 'bakkerij' },
      place: { type: 'Point', coordinates: [5.0623, 52.0991] },
    },
    surface: { program: { kind: 'category', milieucategorie: '3.1' } },
    selected: { layerId: 'bedrijven', featureId: 'b-0042' },
    savedViews: [
      {
        name: 'Havenkwartier van dichtbij',
        camera: { center: [5.07, 52.1], zoom: 16, bearing: 0, pitch: 0 },
        layers: { woningen: { visible: true, opacity: 1 } },
        program: { kind: 'housing' },
      },
      {
        name: 'Overzicht',
        camera: { center: [5.06, 52.09], zoom: 12.5, bearing: 10, pitch: 0 },
        layers: {},
      },
    ],
    proposals,
    presentation: true,
    title: 'Raadsinformatiebijeenkomst 3 december',
  };
}
