#!/usr/bin/env bash
# npm run test:package: the package as a user gets it. Packs it (npm pack runs the build),
# installs the tarball into an empty folder, runs the installed `newsfacts` on a small drop,
# and type-checks and runs a script that imports the library against the shipped .d.ts.
# Needs the npm registry (the tarball's dependencies install as for any user).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "check-package: packing"
tarball="$(cd "$repo" && npm pack --silent --pack-destination "$work" | tail -n 1)"
# The start-up data the build writes (without them the command still runs, but loads compromise and OpenCC).
listing="$(tar -tzf "$work/$tarball")"
for data in dist/extractors/entities/en/compromise-lexicon.json dist/extractors/entities/script-forms.json; do
  grep -qx "package/$data" <<<"$listing" || { echo "check-package: $data missing from the tarball"; exit 1; }
done
mkdir "$work/app" "$work/app/drop"
cd "$work/app"
npm init -y >/dev/null
echo "check-package: installing $tarball into an empty folder"
npm install --no-audit --no-fund --loglevel=error "$work/$tarball" typescript@5 @types/node@20 >/dev/null

cp "$repo/fixtures/seeds/"* drop/
echo "check-package: npx newsfacts run"
npx --no-install newsfacts --version
npx --no-install newsfacts run drop --db store.sqlite --quiet
npx --no-install newsfacts report --db store.sqlite --format json --out report.json
node -e "
const r = JSON.parse(require('fs').readFileSync('report.json', 'utf8'));
if (r.articles.length !== 5 || !r.facts.length) { console.error('check-package: unexpected report', r.articles.length, r.facts.length); process.exit(1); }
console.log('check-package: report with', r.articles.length, 'articles and', r.facts.length, 'facts');
"

cat > consumer.ts <<'TS'
import { extract, ExtractOutputSchema, openStore, buildReport, ReportSchema, type MoneyMention } from 'newsfacts';

const result = extract('Toshiba will invest $2.1 billion in a plant in Ohio on October 27, 2025.', { lang: 'en' });
const money: MoneyMention[] = result.money;
if (money[0]?.value !== 2_100_000_000 || money[0].currency !== 'USD') throw new Error(`unexpected money ${JSON.stringify(money)}`);
ExtractOutputSchema.parse({ id: 'x', ...result });
const db = openStore('store.sqlite', { readonly: true });
const report = ReportSchema.parse(buildReport(db));
db.close();
console.log(`check-package: library import ok (${money[0].text}; report of ${report.articles.length} articles validates)`);
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext", "strict": true, "outDir": "out", "types": ["node"] }, "files": ["consumer.ts"] }
JSON
npm pkg set type=module >/dev/null
echo "check-package: type-checking a consumer against the shipped .d.ts"
npx --no-install tsc -p tsconfig.json
node out/consumer.js
echo "check-package: ok"
