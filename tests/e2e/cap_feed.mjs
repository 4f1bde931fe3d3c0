// CAP messages as Sveriges Radio's VMA API sends them, for browser tests that rewrite the
// served feed file (serve.py --feed-file).
import { writeFileSync } from 'node:fs';

export const ISO = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

export const OREBRO = { areaDesc: 'Örebro kommun', geocode: [{ valueName: 'Kommun', value: '1880' }] };
export const KIRUNA = { areaDesc: 'Kiruna kommun', geocode: [{ valueName: 'Kommun', value: '2584' }] };

// One alert; `area` is a CAP area (Örebro kommun by its SCB code unless given).
export function cap(identifier, msgType, sentMs, headline, { references = '', status = 'Actual', area = OREBRO } = {}) {
  return {
    identifier, sender: 'sr.se', sent: ISO(sentMs), status, msgType, scope: 'Public', references,
    info: {
      event: 'Viktigt meddelande till allmänheten', severity: 'Severe', urgency: 'Immediate',
      senderName: 'Sveriges Radio', headline, description: 'Brand i industribyggnad med kraftig rök.',
      instruction: 'Gå inomhus och stäng dörrar, fönster och ventilation.', expires: ISO(sentMs + 6 * 3600000),
      area: [area],
    },
  };
}

export const writeCapFeed = (file, alerts) => writeFileSync(file, JSON.stringify({ alerts }));
