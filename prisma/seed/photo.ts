import sharp from 'sharp';

const width = 1200;
const height = 800;

function participantTile(x: number, y: number, hue: number): string {
  return `
    <rect x="${x}" y="${y}" width="520" height="320" rx="18" fill="hsl(${hue} 30% 22%)"/>
    <circle cx="${x + 260}" cy="${y + 130}" r="58" fill="hsl(${hue} 25% 70%)"/>
    <path d="M${x + 150} ${y + 320} q110 -150 220 0 z" fill="hsl(${hue} 25% 62%)"/>`;
}

/**
 * The original press photo is not available, so the seed makes a stand-in: a video call's
 * four tiles, drawn as SVG and encoded as a real JPEG like any upload.
 */
export async function renderSeedPhoto(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#0f2742"/><stop offset="1" stop-color="#1d4d5c"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#bg)"/>
    ${participantTile(60, 60, 210)}${participantTile(620, 60, 30)}
    ${participantTile(60, 420, 150)}${participantTile(620, 420, 0)}
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}
